using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests
{
    /// <summary>The library's folders are its namespaces, so a reader finds a type where its namespace says.</summary>
    public class SourceLayoutTests
    {
        [Fact]
        public void Every_library_file_declares_the_namespace_of_its_folder()
        {
            var library = Path.Combine(Repository.Root, "src", "CompliancePolicy");
            var misplaced = Directory.GetFiles(library, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(library, path).Replace('\\', '/'))
                .Where(path => !path.StartsWith("obj/") && !path.StartsWith("bin/") && !path.StartsWith("Polyfills/"))
                .Select(path => (Path: path, Expected: Expected(path), Declared: Declared(Path.Combine(library, path))))
                .Where(file => file.Declared != file.Expected)
                .Select(file => $"{file.Path}: namespace {file.Declared}, expected {file.Expected}");

            Assert.Empty(misplaced);
        }

        private static string Expected(string relativePath)
        {
            var folder = Path.GetDirectoryName(relativePath)!.Replace('\\', '/');
            return folder.Length == 0 ? "CompliancePolicy" : "CompliancePolicy." + folder.Replace('/', '.');
        }

        private static string Declared(string path) =>
            Regex.Match(File.ReadAllText(path), @"^namespace ([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
    }
}
