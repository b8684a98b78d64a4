using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Formatting
{
    /// <summary>Shared steps of the formatting tests.</summary>
    internal static class FormattingAssert
    {
        public static PolicyFileSyntax Parse(string text) => PolicyParser.Parse(new SourceText("test.policy", text));

        public static FormatResult Format(string text) => PolicyFormatter.Format(new SourceText("test.policy", text));

        /// <summary>Formats a policy that must parse, and checks the result is the expected text.</summary>
        public static void AssertFormats(string input, string expected)
        {
            var result = Format(input);

            Assert.Empty(result.Diagnostics);
            Assert.Equal(expected, result.Text);
            Assert.Equal(input != expected, result.Changed);
            AssertCanonicalText(result.Text);
            Assert.Equal(expected, Format(expected).Text);
        }

        /// <summary>LF line breaks, no trailing white space, exactly one final newline (or nothing at all).</summary>
        public static void AssertCanonicalText(string text)
        {
            Assert.DoesNotContain("\r", text);
            Assert.DoesNotContain(" \n", text);
            Assert.DoesNotContain("\t\n", text);
            if (text.Length == 0) return;
            Assert.EndsWith("\n", text);
            Assert.False(text.EndsWith("\n\n", System.StringComparison.Ordinal), "more than one final newline");
            Assert.False(text.StartsWith("\n", System.StringComparison.Ordinal), "blank line at the start");
        }
    }
}
