using System.Collections.Concurrent;
using CompliancePolicy.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>Editing one policy file re-parses that file only: unchanged files keep their parse, even read anew.</summary>
    public class ParseCacheTests
    {
        private const string Text = "policy \"Cached\"\nschema S {\n  id: text\n}\n";

        [Fact]
        public void The_same_content_at_the_same_path_is_parsed_once_even_from_a_new_text()
        {
            var path = "/cache/" + System.Guid.NewGuid().ToString("N") + ".policy";
            var first = PolicyParseCache.Parse(_ => null, path, SourceText.From(Text), default);
            var again = PolicyParseCache.Parse(_ => null, path, SourceText.From(Text), default);
            var edited = PolicyParseCache.Parse(_ => null, path, SourceText.From(Text + "# edited\n"), default);
            var elsewhere = PolicyParseCache.Parse(_ => null, path + ".copy.policy", SourceText.From(Text), default);

            Assert.Same(first, again);
            Assert.NotSame(first, edited);
            Assert.NotSame(first, elsewhere);
            Assert.Equal(path + ".copy.policy", elsewhere.Source.Path);
        }

        [Fact]
        public void The_compiler_cache_of_a_text_instance_is_used_first()
        {
            var path = "/cache/" + System.Guid.NewGuid().ToString("N") + ".policy";
            var byPath = new ConcurrentDictionary<string, PolicyFileSyntax>();
            var text = SourceText.From(Text);
            var first = PolicyParseCache.Parse(_ => byPath, path, text, default);

            Assert.Same(first, Assert.Single(byPath).Value);
            Assert.Same(first, PolicyParseCache.Parse(_ => byPath, path, text, default));
        }

        [Fact]
        public void Unchanged_policy_files_share_one_binding_across_analyzers_and_compilations()
        {
            var files = System.Collections.Immutable.ImmutableArray.Create<Microsoft.CodeAnalysis.AdditionalText>(
                new Support.TestAdditionalText("/cache/shared.policy", Text.Replace("Cached", "Shared")));
            var options = new Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions(files);
            var first = PolicyProject.Create(options, _ => null).GetCompilation(default);
            var second = PolicyProject.Create(options, _ => null).GetCompilation(default);
            // Each project configures severities itself; the parse and the binding under it are shared.
            Assert.Same(Assert.Single(first.Files), Assert.Single(second.Files));
            Assert.Same(Assert.Single(first.Policies), Assert.Single(second.Policies));
        }
    }
}
