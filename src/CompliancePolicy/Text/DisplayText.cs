using System.Globalization;
using System.Text;

namespace CompliancePolicy.Text
{
    /// <summary>
    /// Text from an input (a policy, a record, a parameter value) as a message may quote it: invisible characters
    /// that could disguise the message (controls, bidirectional overrides such as U+202E, zero-width characters,
    /// byte order marks) are written as <c>&lt;U+202E&gt;</c>, and a long text is cut with an ellipsis and its length.
    /// </summary>
    internal static class DisplayText
    {
        /// <summary>How many characters of an input a message quotes before it cuts the text short.</summary>
        public const int MaxQuotedLength = 40;

        /// <summary>The text in single quotes, escaped and shortened, with its length when it was cut:
        /// <c>'12345…' (1,000,000 characters)</c>.</summary>
        public static string Quote(string text)
        {
            var quoted = "'" + Shorten(text) + "'";
            return text.Length <= MaxQuotedLength ? quoted
                : quoted + " (" + text.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
        }

        /// <summary>The text escaped, and cut with an ellipsis after <see cref="MaxQuotedLength"/> characters, for messages
        /// whose own wording quotes it.</summary>
        public static string Shorten(string text) => Shorten(text, MaxQuotedLength);

        /// <summary>As <see cref="Shorten(string)"/>, with another length.</summary>
        public static string Shorten(string text, int maxLength)
        {
            if (text.Length <= maxLength) return Escape(text);
            var builder = new StringBuilder(maxLength + 8);
            AppendEscaped(builder, text, maxLength - 1);
            return builder.Append('…').ToString();
        }

        /// <summary>The text with invisible characters escaped, not shortened (for texts already known to be short).</summary>
        public static string Escape(string text)
        {
            if (!NeedsEscaping(text)) return text;
            var builder = new StringBuilder(text.Length + 8);
            AppendEscaped(builder, text, text.Length);
            return builder.ToString();
        }

        /// <summary><c>U+202E</c>: how a message names a single character that it should not print as is.</summary>
        public static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

        /// <summary>True for characters that print as nothing, or that change how the text around them is shown.</summary>
        public static bool IsInvisible(string text, int index)
        {
            var c = text[index];
            if (char.IsHighSurrogate(c)) return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]);
            if (char.IsLowSurrogate(c)) return index == 0 || !char.IsHighSurrogate(text[index - 1]);
            switch (char.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control: // C0 and C1 controls, including line breaks and tabs
                case UnicodeCategory.Format: // U+200B..U+200F, U+202A..U+202E, U+2060..U+2069, U+FEFF, U+00AD...
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                    return true;
                default:
                    return false;
            }
        }

        private static bool NeedsEscaping(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsInvisible(text, i)) return true;
            }
            return false;
        }

        private static void AppendEscaped(StringBuilder builder, string text, int length)
        {
            // A cut must not split a surrogate pair: half of one would be escaped as if it were unpaired.
            if (length > 0 && length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
            for (var i = 0; i < length; i++)
            {
                if (IsInvisible(text, i)) builder.Append('<').Append(CodePoint(text[i])).Append('>');
                else builder.Append(text[i]);
            }
        }
    }
}
