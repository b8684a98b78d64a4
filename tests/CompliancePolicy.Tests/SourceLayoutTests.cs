using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests
{
    /// <summary>The folders under src are the namespaces, so a reader finds a type where its namespace says.</summary>
    public class SourceLayoutTests
    {
        [Fact]
        public void Every_source_file_declares_the_namespace_of_its_folder()
        {
            var src = Path.Combine(Repository.Root, "src");
            var misplaced = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(src, path).Replace('\\', '/'))
                // Build output, and the polyfill the compiler looks for in System.Runtime.CompilerServices.
                .Where(path => !Regex.IsMatch(path, "^[^/]+/(obj|bin|Polyfills)/"))
                .Select(path => (Path: path, Expected: Expected(path), Declared: Declared(Path.Combine(src, path))))
                .Where(file => file.Declared != file.Expected)
                .Select(file => $"{file.Path}: namespace {file.Declared}, expected {file.Expected}");

            Assert.Empty(misplaced);
        }

        private static string Expected(string relativePath) => Path.GetDirectoryName(relativePath)!.Replace('\\', '/').Replace('/', '.');

        private static string Declared(string path) =>
            Regex.Match(File.ReadAllText(path), @"^namespace ([\w.]+)", RegexOptions.Multiline).Groups[1].Value;
    }
}
