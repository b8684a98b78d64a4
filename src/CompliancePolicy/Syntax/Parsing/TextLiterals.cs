using System.Collections.Generic;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// <c>"..."</c> literals on one line, with the escapes <c>\"</c>, <c>\\</c>, <c>\n</c> and <c>\t</c>. Besides the
    /// value, a literal keeps where each of its characters was written, so holes in an interpolated string can be
    /// parsed from the value and still get spans in the file.
    /// </summary>
    internal static class TextLiterals
    {
        public static readonly Parser<ScannedText> Token = i =>
        {
            var input = (SourceInput)i;
            if (input.CharAt(input.Index) != '"') return Lexical.Fail<ScannedText>(input, "text");
            var value = new StringBuilder();
            var offsets = new List<int>();
            var index = input.Index + 1;
            while (true)
            {
                var c = input.CharAt(index);
                if (index >= input.End || c == '\n' || c == '\r')
                {
                    input.Context.Failures.Fail(input.At(index), "the text is not closed: add '\"' before the end of the line");
                    return Lexical.Fail<ScannedText>(input, null);
                }
                if (c == '"') break;
                offsets.Add(input.OffsetOf(index));
                if (c == '\\')
                {
                    index = ReadEscape(input, index, value);
                }
                else
                {
                    value.Append(c);
                    index++;
                }
            }
            offsets.Add(input.OffsetOf(index));
            var end = index + 1;
            var literal = new StringLiteralSyntax(input.SpanOf(input.Index, end), value.ToString());
            return Result.Success(new ScannedText(literal, offsets.ToArray()), input.AfterToken(end));
        };

        public static readonly Parser<StringLiteralSyntax> String = Token.Select(token => token.Literal);

        /// <summary>Appends the character an escape at <paramref name="index"/> stands for; returns the index after it.</summary>
        private static int ReadEscape(SourceInput input, int index, StringBuilder value)
        {
            var next = input.CharAt(index + 1);
            switch (next)
            {
                case '"': value.Append('"'); return index + 2;
                case '\\': value.Append('\\'); return index + 2;
                case 'n': value.Append('\n'); return index + 2;
                case 't': value.Append('\t'); return index + 2;
            }
            if (index + 1 >= input.End || next == '\n' || next == '\r')
            {
                value.Append('\\');
                return index + 1;
            }
            input.Context.ReportInvalidLiteral(input.SpanOf(index, index + 2), DiagnosticMessages.UnknownEscape("\\" + next));
            value.Append(next);
            return index + 2;
        }
    }

    /// <summary>A string literal and the file offset of each character of its value (plus one for the closing quote).</summary>
    internal sealed class ScannedText
    {
        public ScannedText(StringLiteralSyntax literal, int[] offsets)
        {
            Literal = literal;
            Offsets = offsets;
        }

        public StringLiteralSyntax Literal { get; }
        public int[] Offsets { get; }
    }
}
