using System.IO;
using CompliancePolicy.Reporting.Html;

namespace CompliancePolicy.Tests.Reporting
{
    /// <summary>Text from policies and records is escaped on its way into HTML, and characters that could disguise it are shown.</summary>
    public class HtmlWriterTests
    {
        private static string Text(string text)
        {
            using var output = new StringWriter();
            new HtmlWriter(output).Text(text);
            return output.ToString();
        }

        [Theory]
        [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
        [InlineData("a & \"b\" 'c'", "a &amp; &quot;b&quot; &#39;c&#39;")]
        [InlineData("证书 ✓", "证书 ✓")]
        public void Markup_characters_become_entities_and_other_text_stays_as_it_is(string text, string html)
        {
            Assert.Equal(html, Text(text));
        }

        [Theory]
        [InlineData("AS-01", '\u202E', "U+202E")] // right-to-left override: would show the rest reversed
        [InlineData("AS-01", '\u2067', "U+2067")] // right-to-left isolate
        [InlineData("AS-01", '\u200B', "U+200B")] // zero-width space: two IDs that look the same
        [InlineData("line", '\u2028', "U+2028")]  // line separator
        [InlineData("bell", '\u0007', "U+0007")]
        public void Characters_that_disguise_text_are_shown_as_their_code_point(string text, char disguising, string codePoint)
        {
            var html = Text(text + disguising + "10-SA");

            Assert.Equal($"{text}<span class=\"cc\" title=\"an invisible or control character in the data\">{codePoint}</span>10-SA", html);
            Assert.DoesNotContain(disguising, html);
        }

        [Fact]
        public void Attribute_values_are_escaped_and_spell_disguising_characters_in_brackets()
        {
            Assert.Equal("&quot; onload=&quot;x[U+202E]&lt;", HtmlWriter.AttributeValue("\" onload=\"x\u202E<"));
        }
    }
}
