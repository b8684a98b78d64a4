using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Maps offsets in the value of a C# string literal to positions in the source: through escape sequences
    /// (<c>\n</c>, <c>\u00e9</c>, <c>\x41</c>), verbatim strings (<c>""</c>) and raw strings (delimiters, and
    /// the indentation that multi-line raw strings remove from every line).
    /// </summary>
    internal sealed class StringLiteralMap
    {
        // _starts[i] is where the source of value character i starts; _starts[value.Length] is the end of the content.
        private readonly int[] _starts;
        private readonly SyntaxKind _kind;
        private readonly bool _isVerbatim;
        private readonly int _quotes;
        private readonly string _indentation;

        private StringLiteralMap(int[] starts, SyntaxKind kind, bool isVerbatim, int quotes, string indentation)
        {
            _starts = starts;
            _kind = kind;
            _isVerbatim = isVerbatim;
            _quotes = quotes;
            _indentation = indentation;
        }

        /// <summary>The map of a string literal token, or null when the token is not one or its text cannot be replayed exactly.</summary>
        public static StringLiteralMap? Create(SyntaxToken token)
        {
            var starts = new List<int>();
            var value = new StringBuilder();
            var text = token.Text;
            var origin = token.SpanStart;
            bool ok;
            switch (token.Kind())
            {
                case SyntaxKind.StringLiteralToken:
                    ok = text.StartsWith("@", System.StringComparison.Ordinal)
                        ? Verbatim(text, origin, starts, value)
                        : Regular(text, origin, starts, value);
                    break;
                case SyntaxKind.SingleLineRawStringLiteralToken:
                    ok = SingleLineRaw(text, origin, starts, value);
                    break;
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    ok = MultiLineRaw(text, origin, starts, value);
                    break;
                default:
                    return null;
            }
            if (!ok || value.ToString() != token.ValueText) return null;
            var isVerbatim = token.IsKind(SyntaxKind.StringLiteralToken) && text.StartsWith("@", System.StringComparison.Ordinal);
            return new StringLiteralMap(starts.ToArray(), token.Kind(), isVerbatim, CountQuotes(text), ClosingIndentation(text));
        }

        /// <summary>
        /// The source text that stands for <paramref name="value"/> inside this literal (escaped, quotes doubled, a raw
        /// string's line breaks followed by its indentation), or null when the literal cannot hold it as written (a line
        /// break in a one-line raw string, a run of quotes that would end a raw string).
        /// </summary>
        public string? Encode(string value)
        {
            switch (_kind)
            {
                case SyntaxKind.StringLiteralToken:
                    return _isVerbatim ? value.Replace("\"", "\"\"") : Escape(value);
                case SyntaxKind.SingleLineRawStringLiteralToken:
                    return value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0 || value.Contains(new string('"', _quotes)) ? null : value;
                case SyntaxKind.MultiLineRawStringLiteralToken:
                    return value.Contains(new string('"', _quotes)) ? null : IndentLines(value, _indentation);
                default:
                    return null;
            }
        }

        /// <summary>A regular string's escapes for the characters that need one.</summary>
        private static string Escape(string value)
        {
            var escaped = new StringBuilder(value.Length);
            foreach (var c in value)
            {
                switch (c)
                {
                    case '\\': escaped.Append("\\\\"); break;
                    case '"': escaped.Append("\\\""); break;
                    case '\n': escaped.Append("\\n"); break;
                    case '\r': escaped.Append("\\r"); break;
                    case '\t': escaped.Append("\\t"); break;
                    default:
                        if (c < ' ') escaped.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        else escaped.Append(c);
                        break;
                }
            }
            return escaped.ToString();
        }

        /// <summary>Each line break followed by the indentation a multi-line raw string removes from its lines.</summary>
        private static string IndentLines(string value, string indentation)
        {
            var indented = new StringBuilder(value.Length);
            for (var i = 0; i < value.Length; i++)
            {
                indented.Append(value[i]);
                if (value[i] == '\r' && i + 1 < value.Length && value[i + 1] == '\n') indented.Append(value[++i]);
                if (value[i] == '\n' || value[i] == '\r') indented.Append(indentation);
            }
            return indented.ToString();
        }

        /// <summary>The white space before the closing quotes of a multi-line raw string (empty for any other literal).</summary>
        private static string ClosingIndentation(string text)
        {
            var lines = SplitLines(text);
            if (lines.Count < 3) return string.Empty;
            var closing = lines[lines.Count - 1];
            var length = 0;
            while (length < closing.Length && (text[closing.Start + length] == ' ' || text[closing.Start + length] == '\t')) length++;
            return text.Substring(closing.Start, length);
        }

        /// <summary>The source span of a span of the value.</summary>
        public TextSpan Map(int start, int length)
        {
            var last = _starts.Length - 1;
            var from = _starts[Clamp(start, last)];
            var to = _starts[Clamp(start + length, last)];
            return TextSpan.FromBounds(from, to < from ? from : to);
        }

        private static int Clamp(int value, int max) => value < 0 ? 0 : value > max ? max : value;

        private static bool Regular(string text, int origin, List<int> starts, StringBuilder value)
        {
            if (text.Length < 2 || text[0] != '"' || text[text.Length - 1] != '"') return false;
            var end = text.Length - 1;
            var i = 1;
            while (i < end)
            {
                var start = i;
                if (text[i] != '\\')
                {
                    Add(starts, value, origin + start, text[i]);
                    i++;
                    continue;
                }
                if (i + 1 >= end) return false;
                var escape = text[i + 1];
                i += 2;
                switch (escape)
                {
                    case '\'': Add(starts, value, origin + start, '\''); break;
                    case '"': Add(starts, value, origin + start, '"'); break;
                    case '\\': Add(starts, value, origin + start, '\\'); break;
                    case '0': Add(starts, value, origin + start, '\0'); break;
                    case 'a': Add(starts, value, origin + start, '\a'); break;
                    case 'b': Add(starts, value, origin + start, '\b'); break;
                    case 'e': Add(starts, value, origin + start, '\u001b'); break;
                    case 'f': Add(starts, value, origin + start, '\f'); break;
                    case 'n': Add(starts, value, origin + start, '\n'); break;
                    case 'r': Add(starts, value, origin + start, '\r'); break;
                    case 't': Add(starts, value, origin + start, '\t'); break;
                    case 'v': Add(starts, value, origin + start, '\v'); break;
                    case 'x':
                        var digits = 0;
                        while (digits < 4 && i + digits < end && IsHex(text[i + digits])) digits++;
                        if (digits == 0) return false;
                        Add(starts, value, origin + start, (char)int.Parse(text.Substring(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += digits;
                        break;
                    case 'u':
                        if (i + 4 > end) return false;
                        Add(starts, value, origin + start, (char)int.Parse(text.Substring(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        i += 4;
                        break;
                    case 'U':
                        if (i + 8 > end) return false;
                        var codePoint = int.Parse(text.Substring(i, 8), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                        foreach (var c in char.ConvertFromUtf32(codePoint)) Add(starts, value, origin + start, c);
                        i += 8;
                        break;
                    default:
                        return false;
                }
            }
            starts.Add(origin + end);
            return true;
        }

        private static bool Verbatim(string text, int origin, List<int> starts, StringBuilder value)
        {
            if (text.Length < 3 || text[1] != '"' || text[text.Length - 1] != '"') return false;
            var end = text.Length - 1;
            for (var i = 2; i < end; i++)
            {
                Add(starts, value, origin + i, text[i]);
                if (text[i] == '"') i++; // "" is one quote
            }
            starts.Add(origin + end);
            return true;
        }

        private static bool SingleLineRaw(string text, int origin, List<int> starts, StringBuilder value)
        {
            var quotes = CountQuotes(text);
            if (quotes < 3 || text.Length < 2 * quotes) return false;
            for (var i = quotes; i < text.Length - quotes; i++) Add(starts, value, origin + i, text[i]);
            starts.Add(origin + text.Length - quotes);
            return true;
        }

        /// <summary>
        /// The content lines lie between the opening line and the closing line; the closing line's leading white space
        /// is removed from each, and the line break before the closing line is not part of the value.
        /// </summary>
        private static bool MultiLineRaw(string text, int origin, List<int> starts, StringBuilder value)
        {
            var quotes = CountQuotes(text);
            if (quotes < 3) return false;
            var lines = SplitLines(text);
            if (lines.Count < 3) return false;
            var closing = lines[lines.Count - 1];
            var indentation = 0;
            while (indentation < closing.Length && (text[closing.Start + indentation] == ' ' || text[closing.Start + indentation] == '\t')) indentation++;

            for (var l = 1; l < lines.Count - 1; l++)
            {
                var line = lines[l];
                var contentStart = line.Start + System.Math.Min(indentation, line.Length);
                if (l > 1)
                {
                    // The line break that ended the previous content line belongs to the value.
                    var previous = lines[l - 1];
                    for (var b = previous.Start + previous.Length; b < line.Start; b++) Add(starts, value, origin + b, text[b]);
                }
                for (var i = contentStart; i < line.Start + line.Length; i++) Add(starts, value, origin + i, text[i]);
            }
            var lastContent = lines[lines.Count - 2];
            starts.Add(origin + lastContent.Start + lastContent.Length);
            return true;
        }

        private static List<(int Start, int Length)> SplitLines(string text)
        {
            var lines = new List<(int Start, int Length)>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '\r' && text[i] != '\n') continue;
                lines.Add((start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
            lines.Add((start, text.Length - start));
            return lines;
        }

        private static int CountQuotes(string text)
        {
            var count = 0;
            while (count < text.Length && text[count] == '"') count++;
            return count;
        }

        private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

        private static void Add(List<int> starts, StringBuilder value, int position, char c)
        {
            starts.Add(position);
            value.Append(c);
        }
    }
}
