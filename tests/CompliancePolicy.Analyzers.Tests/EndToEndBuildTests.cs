using System;
using System.IO;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// A throw-away project that references the packed package (restored offline from a local folder, into its own
    /// packages folder), with one broken .policy file: dotnet build fails with the diagnostic on the right line;
    /// with the file fixed it builds clean. The package's build props alone make the file an AdditionalFile, make the
    /// compliance.json above the project folder one too (it raises CP1102 to an error), and let the project's
    /// CompliancePolicySeverity_CP1101 property reach the analyzer.
    /// </summary>
    [Collection(PackageCollection.Name)]
    public class EndToEndBuildTests
    {
        private const string Broken =
            "policy \"Eligibility\"\n" +
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "}\n" +
            "param spare: int = 1\n" + // CP1102, an error by the compliance.json above the project
            "clause C-1 \"Enough staff\"\n" +
            "  require staf >= 5\n"; // and no citation: CP1101, turned off by the project's severity property

        private readonly PackageFixture _package;

        public EndToEndBuildTests(PackageFixture package) => _package = package;

        [Fact]
        public async Task Dotnet_build_fails_on_a_broken_policy_file_and_passes_once_it_is_fixed()
        {
            var project = Path.Combine(_package.Directory, "consumer");
            Directory.CreateDirectory(Path.Combine(project, "policies"));
            File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $@"<Project Sdk=""Microsoft.NET.Sdk"">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <CompliancePolicySeverity_CP1101>none</CompliancePolicySeverity_CP1101>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include=""CompliancePolicy.Analyzers"" Version=""{_package.Version}"" />
  </ItemGroup>
</Project>
");
            File.WriteAllText(Path.Combine(project, "NuGet.config"), $@"<?xml version=""1.0"" encoding=""utf-8""?>
<configuration>
  <config>
    <add key=""globalPackagesFolder"" value=""{Path.Combine(_package.Directory, "packages")}"" />
  </config>
  <packageSources>
    <clear />
    <add key=""local"" value=""{_package.Directory}"" />
  </packageSources>
</configuration>
");
            File.WriteAllText(Path.Combine(project, "Class1.cs"), "namespace Consumer { public static class Marker { } }\n");
            File.WriteAllText(Path.Combine(_package.Directory, "compliance.json"), "{ \"severity\": { \"CP1102\": \"error\" } }\n");
            var policy = Path.Combine(project, "policies", "eligibility.policy");
            File.WriteAllText(policy, Broken);

            var (failedCode, failedOutput) = await BuildAsync(project);
            Assert.NotEqual(0, failedCode);
            Assert.Matches(new Regex(@"eligibility\.policy\(8,11\): error CP1001: The name 'staf' does not exist; did you mean 'staff'\?"), failedOutput);
            Assert.Matches(new Regex(@"eligibility\.policy\(6,7\): error CP1102: Parameter 'spare' is never used"), failedOutput);
            Assert.DoesNotContain("CP1101", failedOutput);

            File.WriteAllText(policy, Broken.Replace("staf >=", "staff >=").Replace("param spare: int = 1\n", string.Empty));
            var (fixedCode, fixedOutput) = await BuildAsync(project);
            Assert.True(fixedCode == 0, fixedOutput);
            Assert.DoesNotMatch(new Regex(@"(warning|error) (CP\d{4}|AD0001|CS8032)"), fixedOutput);
        }

        private static Task<(int ExitCode, string Output)> BuildAsync(string project) =>
            DotNet.RunAsync(project, TimeSpan.FromMinutes(4), "build", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-v:q", "-clp:NoSummary");
    }
}
