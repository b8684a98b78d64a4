using System.Globalization;
using System.Text.Json;

namespace CompliancePolicy.Text
{
    /// <summary>
    /// Says what is wrong with malformed JSON in its author's terms (a policy test, compliance.json), from the byte where
    /// reading stopped and the last token read. The JSON library's own messages speak of its reader options ("Change
    /// the reader options", "isFinalBlock"), which mean nothing to someone writing such a file.
    /// </summary>
    internal static class JsonSyntaxProblem
    {
        public const int MaxDepth = 64;

        /// <param name="bytes">The whole file.</param>
        /// <param name="start">Where the JSON starts (after a byte-order mark).</param>
        /// <param name="offset">Where reading stopped.</param>
        /// <param name="lastToken">The last token read before the problem.</param>
        /// <param name="depth">The nesting depth there.</param>
        /// <param name="documentRead">The first whole value was read: anything now is content after the document.</param>
        public static string Describe(byte[] bytes, int start, int offset, JsonTokenType lastToken, int depth, bool documentRead)
        {
            var previous = PreviousSignificant(bytes, start, offset);
            if (offset >= bytes.Length || IsBlankFrom(bytes, offset))
            {
                if (previous < 0) return "the file is empty";
                return "the file ends before the document does: an object or array is not closed";
            }
            var found = Show(bytes[offset]);
            if (documentRead) return $"{found} after the end of the document; the file holds one object";
            if (bytes[offset] == '/' || bytes[offset] == '#') return "comments are not allowed in JSON";
            if (depth >= MaxDepth - 1 && (bytes[offset] == '{' || bytes[offset] == '[')) return $"values are nested more than {MaxDepth} levels deep";
            if (previous >= 0 && bytes[previous] == ',' && (bytes[offset] == '}' || bytes[offset] == ']')) return $"a comma before the closing '{(char)bytes[offset]}'; remove it";
            if (offset > start && bytes[offset - 1] == '\\') return $"'\\{(char)bytes[offset]}' is not an escape; write \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX";
            if (bytes[offset] < 0x20 && bytes[offset] != '\n' && bytes[offset] != '\r' && bytes[offset] != '\t')
                return $"the control character {found} must be written as an escape (\\u{bytes[offset]:X4}) inside a string";
            var word = WordBefore(bytes, start, offset);
            if (word.Length > 0) return $"'{word}' is not a value; write true, false or null, or put text in double quotes";
            return $"unexpected {found}; {Expected(lastToken, bytes, start, offset)}";
        }

        private const string ExpectedValue = "expected a value: a string in double quotes, a number, true, false, null, an object or an array";

        private static string Expected(JsonTokenType lastToken, byte[] bytes, int start, int offset)
        {
            var previous = PreviousSignificant(bytes, start, offset);
            switch (lastToken)
            {
                case JsonTokenType.None: return "a policy test file is one JSON object, starting with '{'";
                case JsonTokenType.StartObject: return "expected a property name in double quotes, or '}'";
                case JsonTokenType.PropertyName: return previous >= 0 && bytes[previous] == ':' ? ExpectedValue : "expected ':' and then a value";
                case JsonTokenType.StartArray: return "expected a value, or ']'";
                default: return previous >= 0 && bytes[previous] == ',' ? ExpectedValue : "expected ',' or a closing '}' or ']'";
            }
        }

        /// <summary>The letters just before the offset: a misspelt literal (<c>tru</c>, <c>nul</c>) or a word without quotes.</summary>
        private static string WordBefore(byte[] bytes, int start, int offset)
        {
            var from = offset;
            while (from > start && IsLetter(bytes[from - 1])) from--;
            return System.Text.Encoding.ASCII.GetString(bytes, from, offset - from);
        }

        private static bool IsLetter(byte b) => (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');

        private static string Show(byte b)
        {
            if (b == '\n' || b == '\r') return "a line break";
            if (b < 0x20 || b == 0x7F) return "U+" + b.ToString("X4", CultureInfo.InvariantCulture);
            if (b >= 0x80) return "a non-ASCII character";
            return "'" + (char)b + "'";
        }

        private static bool IsBlankFrom(byte[] bytes, int offset)
        {
            for (var i = offset; i < bytes.Length; i++)
            {
                if (!IsBlank(bytes[i])) return false;
            }
            return true;
        }

        private static int PreviousSignificant(byte[] bytes, int start, int offset)
        {
            for (var i = System.Math.Min(offset, bytes.Length) - 1; i >= start; i--)
            {
                if (!IsBlank(bytes[i])) return i;
            }
            return -1;
        }

        private static bool IsBlank(byte b) => b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
