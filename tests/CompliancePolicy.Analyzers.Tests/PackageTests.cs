using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using CompliancePolicy.Analyzers.Tests.Support;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>The one CompliancePolicy.Analyzers package: analyzers, code fixes and their DLLs, the build props, nothing for the runtime.</summary>
    [Collection(PackageCollection.Name)]
    public class PackageTests
    {
        private readonly PackageFixture _package;

        public PackageTests(PackageFixture package) => _package = package;

        [Fact]
        public void The_package_holds_the_analyzers_their_dependencies_and_the_build_props()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            var files = archive.Entries.Select(e => e.FullName)
                .Where(f => !f.StartsWith("_rels/") && !f.StartsWith("package/") && f != "[Content_Types].xml")
                .OrderBy(f => f, System.StringComparer.Ordinal)
                .ToArray();
            Assert.Equal(new[]
            {
                "CompliancePolicy.Analyzers.nuspec",
                "analyzers/dotnet/cs/CompliancePolicy.Analyzers.dll",
                "analyzers/dotnet/cs/CompliancePolicy.CodeFixes.dll",
                "analyzers/dotnet/cs/CompliancePolicy.dll",
                "analyzers/dotnet/cs/Sprache.dll",
                "build/CompliancePolicy.Analyzers.props",
            }, files);
        }

        [Fact]
        public void The_nuspec_declares_a_development_dependency_with_no_dependencies()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            using var stream = archive.GetEntry("CompliancePolicy.Analyzers.nuspec")!.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.Equal("CompliancePolicy.Analyzers", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
            Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
            Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
        }

        [Fact]
        public void The_packed_library_is_the_netstandard_build()
        {
            using var archive = ZipFile.OpenRead(_package.PackagePath);
            using var stream = archive.GetEntry("analyzers/dotnet/cs/CompliancePolicy.dll")!.Open();
            using var copy = new System.IO.MemoryStream();
            stream.CopyTo(copy);
            copy.Position = 0;
            using var reader = new System.Reflection.PortableExecutable.PEReader(copy);
            var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
            Assert.Contains("netstandard", references);
        }
    }
}
