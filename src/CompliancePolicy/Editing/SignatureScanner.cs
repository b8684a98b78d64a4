using CompliancePolicy.Syntax.Parsing;

namespace CompliancePolicy.Editing
{
    /// <summary>Finds the call whose parentheses enclose a position, in text that need not parse (strings and comments skipped).</summary>
    internal static class SignatureScanner
    {
        /// <summary>A call being written: its function name, where the name starts, and the index of the argument at the caret.</summary>
        internal sealed record CallSite(string Function, int NameStart, int Argument);

        public static CallSite? EnclosingCall(string text, int offset)
        {
            var depth = 0;
            var commas = 0;
            var lineStart = text.LastIndexOf('\n', System.Math.Max(0, offset - 1)) + 1;
            // Calls are written on one line or continue one; look back over a few lines at most.
            var limit = System.Math.Max(0, lineStart - 400);
            for (var i = offset - 1; i >= limit; i--)
            {
                var c = text[i];
                if (c == '"') i = StringStart(text, i);
                else if (c == ')' || c == ']') depth++;
                else if (c == '[' && depth > 0) depth--;
                else if (c == '(' && depth > 0) depth--;
                else if (c == ',' && depth == 0) commas++;
                else if (c == '(' || c == '[' || c == '{' || c == '}')
                {
                    if (c != '(') return null;
                    var nameEnd = i;
                    while (nameEnd > 0 && text[nameEnd - 1] == ' ') nameEnd--;
                    var nameStart = nameEnd;
                    while (nameStart > 0 && Lexical.IsIdentifierPart(text[nameStart - 1])) nameStart--;
                    if (nameStart == nameEnd || !Lexical.IsIdentifierStart(text[nameStart])) return null;
                    return new CallSite(text.Substring(nameStart, nameEnd - nameStart), nameStart, commas);
                }
            }
            return null;
        }

        /// <summary>The index of the quote that opens the string whose closing quote is at <paramref name="end"/> (on its line).</summary>
        private static int StringStart(string text, int end)
        {
            var i = end - 1;
            while (i >= 0 && text[i] != '\n' && !(text[i] == '"' && (i == 0 || text[i - 1] != '\\'))) i--;
            return i < 0 || text[i] == '\n' ? end : i;
        }
    }
}
