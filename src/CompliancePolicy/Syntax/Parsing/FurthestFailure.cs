using System.Collections.Generic;
using System.Text;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// The furthest place any token parser failed, and everything expected there. Sprache reports only the last
    /// failure and forgets what optional parts could have matched; the furthest failure is where the author's
    /// text stopped making sense, so it gives the message "expected 'require' or 'unless', found 'requir'".
    /// </summary>
    internal sealed class FurthestFailure
    {
        private const int MaxFoundTextLength = 24;
        private readonly List<string> _expected = new List<string>();
        private SourceInput? _at;
        private string? _message;

        public void Expect(SourceInput at, string expectation)
        {
            if (!MoveTo(at)) return;
            if (!_expected.Contains(expectation)) _expected.Add(expectation);
        }

        /// <summary>A failure explained by a sentence rather than by a list of expected tokens.</summary>
        public void Fail(SourceInput at, string message)
        {
            if (MoveTo(at)) _message ??= message;
        }

        /// <summary>Marks the start of a rule, so <see cref="Rename"/> can replace what the rule expected with its name.</summary>
        public int Mark(SourceInput at) => _at != null && _at.Position == at.Position ? _expected.Count : 0;

        /// <summary>If the rule starting at <paramref name="at"/> failed at its first token, says "expected expression"
        /// rather than listing every token an expression may start with.</summary>
        public void Rename(SourceInput at, int mark, string name)
        {
            if (_at is null || _at.Position != at.Position || _expected.Count <= mark) return;
            _expected.RemoveRange(mark, _expected.Count - mark);
            if (!_expected.Contains(name)) _expected.Add(name);
        }

        /// <summary>Where to report the failure and what to say, or null if nothing failed.</summary>
        public (TextSpan Span, string Message)? Describe()
        {
            if (_at is null) return null;
            var (span, found) = DescribeFound(_at);
            if (_message != null) return (span, _message);
            if (_expected.Count == 0) return (span, "unexpected " + found);
            return (span, "expected " + JoinAlternatives(_expected) + ", found " + found);
        }

        private bool MoveTo(SourceInput at)
        {
            if (_at != null)
            {
                if (at.Position < _at.Position) return false;
                if (at.Position == _at.Position) return true;
            }
            _at = at;
            _expected.Clear();
            _message = null;
            return true;
        }

        private static (TextSpan Span, string Found) DescribeFound(SourceInput at)
        {
            // At the end of a declaration the missing part belongs right after its last token, not on a later line.
            if (at.AtEnd) return (new TextSpan(at.OffsetOf(at.PrecedingEnd), 0), at.EndDescription);
            var index = at.Index;
            var c = at.Text[index];
            if (c == '\n' || c == '\r') return (new TextSpan(at.Position, 0), "end of line");
            var end = TokenEnd(at, index);
            var span = at.SpanOf(index, end);
            var text = at.Text.Substring(index, end - index);
            if (text.Length > MaxFoundTextLength) text = text.Substring(0, MaxFoundTextLength) + "...";
            // Invisible characters (controls, bidirectional overrides, zero-width spaces) are named, never echoed.
            if (DisplayText.IsInvisible(at.Text, index)) return (span, "character " + DisplayText.CodePoint(c));
            text = DisplayText.Escape(text);
            if (c == '"') return (span, "text " + text);
            return (span, Lexical.IsKeyword(text) ? $"keyword '{text}'" : $"'{text}'");
        }

        private static int TokenEnd(SourceInput at, int index)
        {
            var c = at.Text[index];
            if (c == '"')
            {
                var end = index + 1;
                while (end < at.End && at.Text[end] != '"' && at.Text[end] != '\n') end += at.Text[end] == '\\' ? 2 : 1;
                return end < at.End && at.Text[end] == '"' ? end + 1 : System.Math.Min(end, at.End);
            }
            if (Lexical.IsIdentifierPart(c))
            {
                var end = index + 1;
                while (Lexical.IsIdentifierPart(at.CharAt(end)) || (at.CharAt(end) == '.' && Lexical.IsDigit(at.CharAt(end + 1)))) end++;
                return end;
            }
            return char.IsSurrogatePair(at.Text, index) ? index + 2 : index + 1;
        }

        /// <summary>"a", "a or b", "a, b or c".</summary>
        public static string JoinAlternatives(IReadOnlyList<string> items)
        {
            var builder = new StringBuilder(items[0]);
            for (var i = 1; i < items.Count; i++) builder.Append(i == items.Count - 1 ? " or " : ", ").Append(items[i]);
            return builder.ToString();
        }
    }
}
