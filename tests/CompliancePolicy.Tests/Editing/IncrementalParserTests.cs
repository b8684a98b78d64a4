using System;
using System.Collections;
using System.IO;
using System.Linq;
using CompliancePolicy.Editing;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Editing
{
    /// <summary>
    /// The editor parses a new version of a file reusing the declarations an edit did not touch: the tree it gets must be
    /// exactly the one a fresh parse gives, spans included, for every kind of declaration the samples hold.
    /// </summary>
    public class IncrementalParserTests
    {
        public static TheoryData<string> Samples()
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.GetFiles(SamplesFolder(), "*.policy").OrderBy(f => f, StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
            return data;
        }

        [Theory]
        [MemberData(nameof(Samples))]
        public void A_keystroke_in_the_middle_gives_the_tree_a_fresh_parse_gives(string sample)
        {
            var text = File.ReadAllText(Path.Combine(SamplesFolder(), sample));
            var at = text.IndexOf("\nclause ", text.Length / 2, StringComparison.Ordinal) + 8;
            var previous = PolicyParser.Parse(new SourceText(sample, text));

            foreach (var edited in new[] { text.Insert(at, "X"), text.Remove(at, 1), text.Insert(at, "\n\n# a comment\n") })
            {
                var source = new SourceText(sample, edited);
                AssertSameTree(PolicyParser.Parse(source), IncrementalParser.Parse(source, previous), sample);
            }
        }

        [Fact]
        public void A_declaration_with_a_syntax_error_is_parsed_again_and_reports_its_error()
        {
            const string text = "policy \"P\"\n\nschema S { a: int }\n\nlet x = a +\n\nlet y = a\n";
            var previous = PolicyParser.Parse(new SourceText("p.policy", text));
            var fixedText = text.Replace("a +\n", "a + 1\n");

            var reparsed = IncrementalParser.Parse(new SourceText("p.policy", fixedText), previous);

            Assert.Single(previous.Diagnostics);
            Assert.Empty(reparsed.Diagnostics);
            Assert.Equal(4, reparsed.Declarations.Length);
        }

        private static void AssertSameTree(PolicyFileSyntax expected, PolicyFileSyntax actual, string where)
        {
            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), actual.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(expected.Declarations.Length, actual.Declarations.Length);
            for (var i = 0; i < expected.Declarations.Length; i++) AssertSameNode(expected.Declarations[i], actual.Declarations[i], $"{where} declaration {i}");
        }

        /// <summary>Syntax records compare their immutable arrays by reference, so the trees are walked property by property.</summary>
        private static void AssertSameNode(object? expected, object? actual, string path)
        {
            if (expected is null || actual is null)
            {
                Assert.True(expected is null && actual is null, $"{path}: {expected} vs {actual}");
                return;
            }
            Assert.Equal(expected.GetType(), actual.GetType());
            if (expected is SyntaxNode || expected.GetType().Name.StartsWith("ImmutableArray", StringComparison.Ordinal))
            {
                if (expected is IEnumerable items)
                {
                    var left = items.Cast<object?>().ToArray();
                    var right = ((IEnumerable)actual).Cast<object?>().ToArray();
                    Assert.True(left.Length == right.Length, $"{path}: {left.Length} vs {right.Length} items");
                    for (var i = 0; i < left.Length; i++) AssertSameNode(left[i], right[i], $"{path}[{i}]");
                    return;
                }
                foreach (var property in expected.GetType().GetProperties().Where(p => p.Name != "EqualityContract"))
                    AssertSameNode(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                return;
            }
            Assert.True(Equals(expected, actual), $"{path}: {expected} vs {actual}");
        }

        private static string SamplesFolder()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !Directory.Exists(Path.Combine(directory.FullName, "dsl-samples"))) directory = directory.Parent;
            return Path.Combine(directory!.FullName, "dsl-samples");
        }
    }
}
