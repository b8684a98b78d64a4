using System.Globalization;
using System.IO;
using System.Linq;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// Writes HTML to a text writer with every piece of text escaped on the way out: markup is only ever a constant of
    /// this library (<see cref="Raw"/>), and everything a policy or a record supplies goes through <see cref="Text(string)"/> or
    /// <see cref="Attr"/>. Characters that could disguise text (bidi overrides, invisible and control characters) are
    /// shown as their code point, so a hostile record ID cannot reorder or hide what the report says.
    /// </summary>
    internal sealed class HtmlWriter
    {
        public HtmlWriter(TextWriter output) => Output = output;

        public TextWriter Output { get; }

        /// <summary>Markup written as is: only constants of this library, never user text.</summary>
        public HtmlWriter Raw(string markup)
        {
            Output.Write(markup);
            return this;
        }

        /// <summary>Text content: escaped, with disguising characters made visible as <c>U+202E</c> in a marked span.</summary>
        public HtmlWriter Text(string? text)
        {
            if (text is null) return this;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                var entity = Entity(c);
                if (entity is null && !IsDisguising(c)) continue;
                if (i > start) Output.Write(text.Substring(start, i - start));
                if (entity != null) Output.Write(entity);
                else Output.Write($"<span class=\"cc\" title=\"an invisible or control character in the data\">{CodePoint(c)}</span>");
                start = i + 1;
            }
            Output.Write(start == 0 ? text : text.Substring(start));
            return this;
        }

        public HtmlWriter Text(int number) => Raw(number.ToString(CultureInfo.InvariantCulture));

        /// <summary>A table cell holding text: <c>&lt;td&gt;text&lt;/td&gt;</c>.</summary>
        public HtmlWriter Cell(string text) => Raw("<td>").Text(text).Raw("</td>");

        /// <summary>Writes <c> name="value"</c>, the value escaped, disguising characters spelled <c>[U+202E]</c>.</summary>
        public HtmlWriter Attr(string name, string value)
        {
            Output.Write(' ');
            Output.Write(name);
            Output.Write("=\"");
            Output.Write(AttributeValue(value));
            Output.Write('"');
            return this;
        }

        /// <summary><c>&lt;tag class="cls"&gt;text&lt;/tag&gt;</c>, the text escaped.</summary>
        public HtmlWriter Element(string tag, string? cls, string? text)
        {
            Output.Write('<');
            Output.Write(tag);
            if (cls != null) Attr("class", cls);
            Output.Write('>');
            Text(text);
            Output.Write("</");
            Output.Write(tag);
            Output.Write('>');
            return this;
        }

        /// <summary>An attribute value (or any text placed where no markup may appear) escaped for HTML and SVG.</summary>
        public static string AttributeValue(string value)
        {
            // Most values (coordinates, class names) need nothing: no copy for them.
            if (value.All(c => Entity(c) is null && !IsDisguising(c))) return value;
            var builder = new System.Text.StringBuilder(value.Length + 8);
            foreach (var c in value)
            {
                if (Entity(c) is { } entity) builder.Append(entity);
                else if (IsDisguising(c)) builder.Append('[').Append(CodePoint(c)).Append(']');
                else builder.Append(c);
            }
            return builder.ToString();
        }

        private static string? Entity(char c) => c switch
        {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&#39;",
            _ => null,
        };

        /// <summary>Control characters (other than tab and line breaks), bidi embeddings, overrides, isolates and marks,
        /// zero-width characters and the Unicode line and paragraph separators: none belongs in an ID or a message, and each
        /// can make text read differently from what it is.</summary>
        internal static bool IsDisguising(char c) =>
            (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
            || (c >= 0x7F && c <= 0x9F)
            || c == '\u061C' || c == '\u200B' || c == '\u200E' || c == '\u200F'
            || (c >= '\u2028' && c <= '\u202E')
            || (c >= '\u2060' && c <= '\u2069')
            || c == '\uFEFF';

        private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
