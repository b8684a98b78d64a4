using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;
using static CompliancePolicy.Tests.Formatting.FormattingAssert;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>Formatting keeps the meaning (the re-parsed tree equals the original, spans aside) and is idempotent.</summary>
    public class PolicyFormatterRoundTripTests
    {
        [Theory]
        [MemberData(nameof(FormattingCorpus.Names), MemberType = typeof(FormattingCorpus))]
        public void Policies_from_the_test_sources_keep_their_meaning_and_format_once(string name)
        {
            AssertRoundTrip(FormattingCorpus.Policies[name]);
        }

        [Theory]
        [MemberData(nameof(FormattingCorpus.Names), MemberType = typeof(FormattingCorpus))]
        public void Policies_with_a_comment_in_every_gap_keep_their_meaning_and_format_once(string name)
        {
            AssertRoundTrip(FormattingCorpus.WithCommentsInEveryGap(FormattingCorpus.Policies[name]));
        }

        [Theory]
        [MemberData(nameof(Seeds))]
        public void Generated_policies_keep_their_meaning_and_format_once(int seed)
        {
            AssertRoundTrip(PolicyGenerator.Generate(seed));
        }

        public static TheoryData<int> Seeds() => new TheoryData<int>(Enumerable.Range(1, 40));

        [Fact]
        public void The_generator_writes_messy_text_that_parses()
        {
            var text = PolicyGenerator.Generate(7);

            Assert.Empty(Parse(text).Diagnostics);
            Assert.Contains("\r\n", text);
            Assert.Contains("\t", text);
            Assert.Contains("#", text);
        }

        [Fact]
        public void The_longest_chains_are_formatted_without_recursing()
        {
            // As long as chains may be (CP0002): a tree as deep as the limit.
            var limit = CompliancePolicy.Syntax.Parsing.NestingLimit.Operators.Max;
            var terms = string.Join("\n  +", Enumerable.Range(0, limit).Select(i => "x" + i));

            var result = Format("policy \"P\"\nlet total = " + terms + "\nlet path = a" + string.Concat(Enumerable.Repeat(" . b", limit - 1)) + "\n");

            Assert.StartsWith("policy \"P\"\n\nlet total = x0 + x1 + x2 + ", result.Text);
            Assert.Contains("\nlet path = a.b.b.b", result.Text);
            AssertRoundTrip(result.Text);
        }

        [Fact]
        public void The_tree_comparison_ignores_spans_but_not_structure_or_values()
        {
            static PolicyFileSyntax Let(string value) => Parse("let x = " + value);

            Assert.Null(SyntaxTreeComparer.FindDifference(Let("a + b * c"), Let("a  +  b*c")));
            Assert.Equal(
                "Declarations[0].Value.Operator: expected Multiply, found Add",
                SyntaxTreeComparer.FindDifference(Let("(a + b) * c"), Let("a + b * c")));
            Assert.Equal(
                "Declarations[0].Value.Left: expected ParenthesizedExpressionSyntax, found NameExpressionSyntax",
                SyntaxTreeComparer.FindDifference(Let("(a) + b"), Let("a + b")));
            Assert.NotNull(SyntaxTreeComparer.FindDifference(Let("a - b - c"), Let("a - (b - c)")));
            Assert.NotNull(SyntaxTreeComparer.FindDifference(Let("70.00"), Let("70")));
            Assert.NotNull(SyntaxTreeComparer.FindDifference(Let("\"a\""), Let("\"b\"")));
        }

        private static void AssertRoundTrip(string text)
        {
            var original = Parse(text);
            Assert.True(original.Diagnostics.IsEmpty, string.Join("\n", original.Diagnostics) + "\n" + text);

            var formatted = PolicyFormatter.Format(new SourceText("test.policy", text));

            Assert.Empty(formatted.Diagnostics);
            AssertCanonicalText(formatted.Text);
            var reparsed = Parse(formatted.Text);
            Assert.True(reparsed.Diagnostics.IsEmpty, string.Join("\n", reparsed.Diagnostics) + "\n" + formatted.Text);
            var difference = SyntaxTreeComparer.FindDifference(original, reparsed);
            Assert.True(difference is null, difference + "\n--- input\n" + text + "\n--- output\n" + formatted.Text);
            Assert.Equal(CommentTexts(original), CommentTexts(reparsed));
            var again = Format(formatted.Text);
            Assert.Equal(formatted.Text, again.Text);
            Assert.False(again.Changed);
        }

        private static string[] CommentTexts(PolicyFileSyntax file) =>
            file.Comments.Select(c => c.Text.TrimEnd()).OrderBy(t => t, System.StringComparer.Ordinal).ToArray();
    }
}
