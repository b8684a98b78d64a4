using System.Linq;
using CompliancePolicy.Syntax.Parsing;

namespace CompliancePolicy.Editing
{
    /// <summary>What may be written at the caret, read from the text before it (which need not parse).</summary>
    internal enum CompletionPlace
    {
        Declaration,
        ClausePart,
        LifecyclePart,
        LookupArm,
        Nothing,
        Member,
        Type,
        EventType,
        State,
        Severity,
        ClauseId,
        RoundingMode,
        Expression,
    }

    /// <summary>The text around the caret: the word being typed, the tokens before it, and the declaration it is in.</summary>
    internal sealed class CompletionContext
    {
        private readonly string _text;

        public CompletionContext(string text, int offset)
        {
            _text = text;
            Offset = offset;
            PrefixStart = offset;
            while (PrefixStart > 0 && Lexical.IsIdentifierPart(text[PrefixStart - 1])) PrefixStart--;
            LineStart = text.LastIndexOf('\n', System.Math.Max(0, PrefixStart - 1)) + 1;
            if (PrefixStart == 0) LineStart = 0;
            Before = SkipBack(PrefixStart);
            PreviousWord = WordEndingAt(Before);
            Declaration = EnclosingDeclaration();
            Call = SignatureScanner.EnclosingCall(text, offset);
        }

        public int Offset { get; }

        /// <summary>Where the identifier being typed starts (the caret itself when none is).</summary>
        public int PrefixStart { get; }

        public int LineStart { get; }

        /// <summary>The index just after the last character before the word, white space skipped (0 at the start).</summary>
        public int Before { get; }

        public string? PreviousWord { get; }

        /// <summary>The keyword of the declaration the caret is in (<c>clause</c>, <c>lifecycle</c>...), or null before any.</summary>
        public string? Declaration { get; }

        /// <summary>The call whose parentheses the caret is in, and which argument it is at.</summary>
        public SignatureScanner.CallSite? Call { get; }

        public bool AtLineStart => _text.Substring(LineStart, PrefixStart - LineStart).Trim().Length == 0;

        public char PreviousChar => Before > 0 ? _text[Before - 1] : '\0';

        /// <summary>The trimmed text of the caret's line before the word.</summary>
        public string LineBefore => _text.Substring(LineStart, PrefixStart - LineStart).Trim();

        public CompletionPlace Place()
        {
            if (PrefixStart > 0 && _text[PrefixStart - 1] == '.') return CompletionPlace.Member;
            if (AtLineStart)
            {
                if (PrefixStart == LineStart) return CompletionPlace.Declaration;
                return Declaration switch
                {
                    "clause" => CompletionPlace.ClausePart,
                    "lifecycle" => CompletionPlace.LifecyclePart,
                    "table" => CompletionPlace.LookupArm,
                    "tiers" => CompletionPlace.LookupArm,
                    "record" => CompletionPlace.Nothing,
                    "schema" => CompletionPlace.Nothing,
                    "event" => CompletionPlace.Nothing,
                    "enum" => CompletionPlace.Nothing,
                    _ => CompletionPlace.Declaration,
                };
            }
            if (Call is { } call)
            {
                if (call.Function == "passed" || call.Function == "failed") return CompletionPlace.ClauseId;
                if (call.Function == "failures") return CompletionPlace.Severity;
                if (call.Function == "history" || call.Function == "streak") return CompletionPlace.EventType;
                if (call.Function == "round" && call.Argument == 2) return CompletionPlace.RoundingMode;
            }
            if (PreviousWord == "severity") return CompletionPlace.Severity;
            if (PreviousChar == ':' || PreviousWord == "of" && WordEndingAt(SkipBack(Before - 2)) == "list") return CompletionPlace.Type;
            if (Declaration == "lifecycle" && IsLifecycleStatePlace()) return CompletionPlace.State;
            if (Declaration == "lifecycle" && (PreviousWord == "on" && LineBefore.StartsWith("on", System.StringComparison.Ordinal) || PreviousWord == "last"
                || PreviousWord == "or" && LineBefore.Contains("since last") || IsIgnoreSubjectPlace)) return CompletionPlace.EventType;
            if ((Declaration == "table" || Declaration == "tiers") && PreviousChar == '>' && Before >= 2 && _text[Before - 2] == '-') return CompletionPlace.Type;
            return CompletionPlace.Expression;
        }

        /// <summary>Operands end with a name, a literal or a closing bracket: then operators may follow.</summary>
        public bool AfterOperand =>
            PreviousWord is { } word ? KeywordDocs.Meaning(word) is null || word == "true" || word == "false" || word == "present" || word == "missing"
            : PreviousChar == ')' || PreviousChar == ']' || PreviousChar == '"' || Lexical.IsDigit(PreviousChar) || PreviousChar == '%';

        /// <summary><c>ignore |</c> or <c>ignore E, |</c>: before the <c>in</c>.</summary>
        private bool IsIgnoreSubjectPlace =>
            LineBefore.StartsWith("ignore", System.StringComparison.Ordinal) && !System.Text.RegularExpressions.Regex.IsMatch(LineBefore, @"\sin(\s|$)");

        private bool IsLifecycleStatePlace()
        {
            if (PreviousWord == "initial" || PreviousWord == "except") return true;
            // ignore E in |  /  ignore E in a, |
            if (LineBefore.StartsWith("ignore", System.StringComparison.Ordinal) && !IsIgnoreSubjectPlace && LineBefore.Count(c => c == '"') == 0) return true;
            if (PreviousChar == '>' && Before >= 2 && _text[Before - 2] == '-') return true;
            if (PreviousWord == "in" && LineBefore.StartsWith("deadline", System.StringComparison.Ordinal)) return true;
            // transition ID "Title" |from -> to, and after each comma of "a, b"
            return LineBefore.StartsWith("transition", System.StringComparison.Ordinal) && LineBefore.Count(c => c == '"') == 2 && !LineBefore.Contains("->");
        }

        private int SkipBack(int index)
        {
            while (index > 0 && char.IsWhiteSpace(_text[index - 1])) index--;
            return index;
        }

        private string? WordEndingAt(int end)
        {
            var start = end;
            while (start > 0 && Lexical.IsIdentifierPart(_text[start - 1])) start--;
            return start < end && Lexical.IsIdentifierStart(_text[start]) ? _text.Substring(start, end - start) : null;
        }

        /// <summary>The nearest line before the caret that starts at column 0 with a declaration keyword.</summary>
        private string? EnclosingDeclaration()
        {
            var lineStart = LineStart;
            while (true)
            {
                var end = lineStart;
                while (end < _text.Length && Lexical.IsIdentifierPart(_text[end])) end++;
                var word = _text.Substring(lineStart, end - lineStart);
                var continues = end < _text.Length && (_text[end] == '.' || _text[end] == '(');
                var typedNow = lineStart == LineStart && end >= PrefixStart;
                if (!continues && !typedNow && Lexical.DeclarationKeywords.Contains(word)) return word;
                if (lineStart == 0) return null;
                lineStart = lineStart >= 2 ? _text.LastIndexOf('\n', lineStart - 2) + 1 : 0;
            }
        }
    }
}
