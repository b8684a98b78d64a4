using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>Packs CompliancePolicy.Analyzers once (from the already built projects) into a temporary folder.</summary>
    public sealed class PackageFixture : IAsyncLifetime
    {
        public string Directory { get; } = Path.Combine(Path.GetTempPath(), "cp-analyzers-" + Guid.NewGuid().ToString("N"));

        public string PackagePath => System.IO.Directory.GetFiles(Directory, "CompliancePolicy.Analyzers.*.nupkg").Single();

        public string Version => Path.GetFileNameWithoutExtension(PackagePath).Substring("CompliancePolicy.Analyzers.".Length);

        public async Task InitializeAsync()
        {
            System.IO.Directory.CreateDirectory(Directory);
            var project = Repository.PathOf("src", "CompliancePolicy.Analyzers.Package", "CompliancePolicy.Analyzers.Package.csproj");
            var (exitCode, output) = await DotNet.RunAsync(Directory, TimeSpan.FromMinutes(3),
                "pack", project, "-c", Repository.Configuration, "--no-build", "--no-restore", "-o", Directory, "-nodeReuse:false");
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        }

        public Task DisposeAsync()
        {
            try
            {
                System.IO.Directory.Delete(Directory, recursive: true);
            }
            catch (IOException)
            {
                // A temporary folder left behind is harmless.
            }
            return Task.CompletedTask;
        }
    }

    [CollectionDefinition(Name)]
    public sealed class PackageCollection : ICollectionFixture<PackageFixture>
    {
        public const string Name = "Packed analyzers";
    }
}
