using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// A host sees only the public API: the C# programs of docs/public-api.md and README.md compile against
    /// CompliancePolicy.dll as an assembly of their own (no InternalsVisibleTo reaches it), and the host example of
    /// docs/public-api.md runs in a process of its own, on a policy and records with known verdicts.
    /// </summary>
    public class HostProgramTests
    {
        private static readonly string[] Documents = { "docs/public-api.md", "README.md" };

        public static IEnumerable<object[]> Examples() =>
            Documents.SelectMany(document => Blocks(document).Select((_, index) => new object[] { document, index }));

        [Fact]
        public void Each_document_shows_a_host_program() =>
            Assert.All(Documents, document => Assert.NotEmpty(Blocks(document)));

        [Theory]
        [MemberData(nameof(Examples))]
        public void The_example_compiles_against_the_public_API_alone(string document, int index)
        {
            var problems = Compile(Blocks(document)[index]).GetDiagnostics()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning)
                .ToList();
            Assert.True(problems.Count == 0, $"{document}, C# block {index + 1}:\n{string.Join("\n", problems)}");
        }

        [Fact]
        public void A_host_does_not_see_the_internals()
        {
            const string UsesTheParser = "var file = CompliancePolicy.Syntax.PolicyParser.Parse(new CompliancePolicy.Text.SourceText(\"a.policy\", \"\"));\n";
            var errors = Compile(UsesTheParser).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id);
            Assert.Contains("CS0122", errors); // inaccessible due to its protection level
        }

        [Fact]
        public async Task The_host_example_runs_and_reports_the_verdicts()
        {
            var folder = Directory.CreateTempSubdirectory("host-example-").FullName;
            try
            {
                var program = Emit(Blocks("docs/public-api.md")[0], folder);
                File.WriteAllText(Path.Combine(folder, "supplier.policy"), SupplierPolicy);
                File.WriteAllText(Path.Combine(folder, "suppliers.json"), Suppliers);

                var (exitCode, output) = await DotNet.RunAsync(folder, TimeSpan.FromMinutes(2), program, "supplier.policy", "suppliers.json", "report.sarif");

                Assert.True(exitCode == 1, $"exit code {exitCode} (1: a blocker fails):\n{output}");
                var lines = output.Replace("\r\n", "\n").Split('\n');
                Assert.Contains(lines, l => l.StartsWith("supplier.policy(13,9): Warning CP4002: State 'approved'", StringComparison.Ordinal));
                Assert.Contains("SUP-1: Compliant", lines);
                Assert.Contains("  approval: approved since 2026-03-01", lines);
                Assert.Contains("SUP-2: NonCompliant", lines);
                Assert.Contains(lines, l => l.StartsWith("  S-1 \"Enough staff\" (Blocker): ", StringComparison.Ordinal));
                Assert.Contains("    staff = 3", lines);
                Assert.Contains(lines, l => l.StartsWith("    to pass: staff", StringComparison.Ordinal));
                Assert.Contains("  approval: pending since 2026-02-01", lines);
                Assert.Contains("2 records, 1 non-compliant", lines);
                using var sarif = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "report.sarif")));
                Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        /// <summary>
        /// A policy with a blocker clause, an advisory one and a lifecycle: one supplier passes, one fails. State
        /// 'approved' has no way out and is not final, so the compilation has a warning to print (CP4002).
        /// </summary>
        private const string SupplierPolicy =
            "policy \"Supplier approval\"\n" +
            "event Audit { passed: bool }\n" +
            "schema Supplier key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "  registered: date\n" +
            "  events: history\n" +
            "}\n" +
            "lifecycle approval \"Approval\"\n" +
            "  history events\n" +
            "  initial pending on registered\n" +
            "  state pending\n" +
            "  state approved\n" +
            "  transition T-1 \"Approved by a passed audit\" pending -> approved\n" +
            "    on Audit\n" +
            "    when event.passed\n" +
            "    cites \"RD-1\"\n" +
            "  ignore Audit in approved \"later audits keep the approval\"\n" +
            "clause S-1 \"Enough staff\"\n" +
            "  cites \"RD-1\"\n" +
            "  severity blocker\n" +
            "  require staff >= 5\n" +
            "clause S-2 \"Approved\"\n" +
            "  cites \"RD-2\"\n" +
            "  severity advisory\n" +
            "  require approval.state = approval.approved\n";

        private const string Suppliers = @"[
  { ""id"": ""SUP-1"", ""staff"": 7, ""registered"": ""2026-01-05"", ""events"": [ { ""type"": ""Audit"", ""date"": ""2026-03-01"", ""passed"": true } ] },
  { ""id"": ""SUP-2"", ""staff"": 3, ""registered"": ""2026-02-01"", ""events"": [] }
]
";

        /// <summary>The <c>csharp</c> blocks of a document, in order.</summary>
        private static IReadOnlyList<string> Blocks(string document) =>
            Regex.Matches(File.ReadAllText(Repository.PathOf(document.Split('/'))).Replace("\r\n", "\n"), "```csharp\n(?<code>.*?)```", RegexOptions.Singleline)
                .Select(m => m.Groups["code"].Value)
                .ToList();

        /// <summary>A program of its own, referencing the framework and CompliancePolicy.dll only.</summary>
        private static CSharpCompilation Compile(string program) =>
            CSharpCompilation.Create(
                "HostExample",
                new[] { CSharpSyntaxTree.ParseText(program, new CSharpParseOptions(LanguageVersion.Latest)) },
                TestReferences.All,
                new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>Writes the program, its runtime configuration and the library beside it; returns the program's file name.</summary>
        private static string Emit(string program, string folder)
        {
            const string Name = "HostExample.dll";
            var result = Compile(program).Emit(Path.Combine(folder, Name));
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            var version = Environment.Version;
            File.WriteAllText(Path.Combine(folder, "HostExample.runtimeconfig.json"),
                $"{{\"runtimeOptions\":{{\"tfm\":\"net{version.Major}.{version.Minor}\",\"framework\":{{\"name\":\"Microsoft.NETCore.App\",\"version\":\"{version.Major}.{version.Minor}.0\"}}}}}}");
            var library = typeof(Policy).Assembly.Location;
            foreach (var dependency in new[] { library, Path.Combine(Path.GetDirectoryName(library)!, "Sprache.dll") })
                File.Copy(dependency, Path.Combine(folder, Path.GetFileName(dependency)));
            return Name;
        }
    }
}
