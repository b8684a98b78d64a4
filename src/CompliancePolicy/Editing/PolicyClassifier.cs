using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// Classifies a policy file for colouring. It reads the text with the lexer's own rules (identifier characters,
    /// reserved words, clause IDs, strings with their escapes, comments, date and duration shapes), so it colours even
    /// text that does not parse; names then take their meaning from the symbol index (a field, a parameter, a state...).
    /// </summary>
    internal static class PolicyClassifier
    {
        public static IReadOnlyList<ClassifiedSpan> Classify(PolicyFileSyntax file, SymbolIndex? index)
        {
            var names = new Dictionary<int, SymbolOccurrence>();
            if (index != null)
            {
                foreach (var occurrence in index.In(file.Source.Path)) names[occurrence.Span.Start] = occurrence;
            }
            var holes = file.Declarations.SelectMany(HolesOf).ToArray();
            var scanner = new ClassifyingScanner(file.Source, names, holes);
            scanner.Scan(0, file.Source.Text.Length);
            return scanner.Result;
        }

        /// <summary>The <c>{expression}</c> holes of messages and error arms: code inside a string.</summary>
        private static IEnumerable<TextSpan> HolesOf(DeclarationSyntax declaration)
        {
            IEnumerable<InterpolatedStringSyntax> strings = declaration switch
            {
                ClauseDeclarationSyntax clause when clause.Message != null => new[] { clause.Message },
                TableDeclarationSyntax table => table.Bands.Select(b => b.Result).Append(table.Otherwise).OfType<ErrorArmSyntax>().Select(a => a.Message),
                TiersDeclarationSyntax tiers => tiers.Tiers.Select(t => t.Result).Append(tiers.Otherwise).OfType<ErrorArmSyntax>().Select(a => a.Message),
                _ => Enumerable.Empty<InterpolatedStringSyntax>(),
            };
            return strings.SelectMany(s => s.Parts.OfType<InterpolationHoleSyntax>()).Select(h => h.Span);
        }

        internal static PolicyClassification ClassificationOf(EditorSymbolKind kind) => kind switch
        {
            EditorSymbolKind.Schema => PolicyClassification.Type,
            EditorSymbolKind.Record => PolicyClassification.Type,
            EditorSymbolKind.Enum => PolicyClassification.Type,
            EditorSymbolKind.Event => PolicyClassification.Type,
            EditorSymbolKind.BuiltinType => PolicyClassification.Type,
            EditorSymbolKind.Field => PolicyClassification.Field,
            EditorSymbolKind.LifecycleValue => PolicyClassification.Field,
            EditorSymbolKind.EnumMember => PolicyClassification.EnumMember,
            EditorSymbolKind.RoundingMode => PolicyClassification.EnumMember,
            EditorSymbolKind.State => PolicyClassification.State,
            EditorSymbolKind.Parameter => PolicyClassification.Parameter,
            EditorSymbolKind.Let => PolicyClassification.Variable,
            EditorSymbolKind.Decision => PolicyClassification.Variable,
            EditorSymbolKind.Variable => PolicyClassification.Variable,
            EditorSymbolKind.LookupKey => PolicyClassification.Variable,
            EditorSymbolKind.Lifecycle => PolicyClassification.Variable,
            EditorSymbolKind.AsOf => PolicyClassification.Variable,
            EditorSymbolKind.Table => PolicyClassification.Function,
            EditorSymbolKind.Tiers => PolicyClassification.Function,
            EditorSymbolKind.Function => PolicyClassification.Function,
            EditorSymbolKind.Clause => PolicyClassification.ClauseId,
            EditorSymbolKind.Transition => PolicyClassification.ClauseId,
            EditorSymbolKind.Deadline => PolicyClassification.ClauseId,
            _ => throw new System.InvalidOperationException($"Unexpected symbol kind {kind}"),
        };

        /// <summary>One left-to-right pass; a little state remembers what the last words make of the next token.</summary>
        private sealed class ClassifyingScanner
        {
            private static readonly string[] IdIntroducers = { "clause", "transition", "deadline" };

            private readonly SourceText _source;
            private readonly string _text;
            private readonly Dictionary<int, SymbolOccurrence> _names;
            private readonly TextSpan[] _holes;
            private string? _lastWord;
            private bool _inCitations;
            private bool _inIgnoreSubjects;

            public ClassifyingScanner(SourceText source, Dictionary<int, SymbolOccurrence> names, TextSpan[] holes)
            {
                _source = source;
                _text = source.Text;
                _names = names;
                _holes = holes;
            }

            public List<ClassifiedSpan> Result { get; } = new List<ClassifiedSpan>();

            public void Scan(int start, int end)
            {
                var index = start;
                while (index < end)
                {
                    var c = _text[index];
                    if (char.IsWhiteSpace(c)) index++;
                    else if (c == '#') index = Comment(index, end);
                    else if (c == '"') index = String(index, end);
                    else if (Lexical.IsDigit(c)) index = Numeric(index, end);
                    else if (Lexical.IsIdentifierStart(c)) index = Word(index, end);
                    else index = Punctuation(index, end);
                }
            }

            private int Comment(int start, int end)
            {
                var index = start;
                while (index < end && _text[index] != '\n') index++;
                var textEnd = index > start && _text[index - 1] == '\r' ? index - 1 : index;
                Add(TextSpan.FromBounds(start, textEnd), PolicyClassification.Comment);
                return index;
            }

            /// <summary>A string on one line, as the lexer reads it; message holes are scanned as code.</summary>
            private int String(int start, int end)
            {
                var index = start + 1;
                while (index < end && _text[index] != '"' && _text[index] != '\n' && _text[index] != '\r')
                    index += _text[index] == '\\' && index + 1 < end && _text[index + 1] != '\n' ? 2 : 1;
                if (index < end && _text[index] == '"') index++;
                var kind = _inCitations ? PolicyClassification.Citation : PolicyClassification.Text;
                var pieceStart = start;
                foreach (var hole in _holes.Where(h => h.Start >= start && h.End <= index).OrderBy(h => h.Start))
                {
                    Add(TextSpan.FromBounds(pieceStart, hole.Start), kind);
                    Scan(hole.Start + 1, hole.End - 1);
                    pieceStart = hole.End;
                }
                Add(TextSpan.FromBounds(pieceStart, index), kind);
                _lastWord = null;
                return index;
            }

            /// <summary>A date (<c>2026-11-22</c>), a duration (<c>1 year 6 months</c>), or a number (<c>12</c>, <c>2.5</c>, <c>50%</c>).</summary>
            private int Numeric(int start, int end)
            {
                _inCitations = false;
                var dateEnd = DateEnd(start, end);
                if (dateEnd > start)
                {
                    Add(TextSpan.FromBounds(start, dateEnd), PolicyClassification.Date);
                    return dateEnd;
                }
                var numberEnd = NumberEnd(start, end);
                if (numberEnd < end && _text[numberEnd] == '%') numberEnd++;
                var durationEnd = start;
                var count = numberEnd;
                while (UnitEnd(count, end) is int unitEnd)
                {
                    durationEnd = unitEnd;
                    var next = SkipSpaces(unitEnd, end);
                    count = NumberEnd(next, end);
                    if (count == next) break;
                }
                if (durationEnd > start)
                {
                    Add(TextSpan.FromBounds(start, durationEnd), PolicyClassification.Duration);
                    return durationEnd;
                }
                Add(TextSpan.FromBounds(start, numberEnd), PolicyClassification.Number);
                return numberEnd;
            }

            private int Word(int start, int end)
            {
                if (_lastWord != null && System.Array.IndexOf(IdIntroducers, _lastWord) >= 0 || ClauseOutcomeArgument(start) || IsIgnoredTransition(start, end))
                    return ClauseId(start, end);
                var wordEnd = start + 1;
                while (wordEnd < end && Lexical.IsIdentifierPart(_text[wordEnd])) wordEnd++;
                var word = _text.Substring(start, wordEnd - start);
                if (_names.TryGetValue(start, out var occurrence) && occurrence.Span.End >= wordEnd)
                {
                    var symbol = occurrence.Symbol;
                    Add(occurrence.Span, ClassificationOf(symbol.Kind), occurrence.IsDeclaration, symbol.Source is null && symbol.Kind != EditorSymbolKind.Variable);
                    wordEnd = occurrence.Span.End;
                }
                else if (Lexical.IsKeyword(word) || KeywordDocs.Meaning(word) != null)
                {
                    Add(TextSpan.FromBounds(start, wordEnd), PolicyClassification.Keyword);
                }
                _inCitations = word == "cites";
                _inIgnoreSubjects = word == "ignore" || (_inIgnoreSubjects && word != "in");
                _lastWord = word;
                return wordEnd;
            }

            /// <summary>A transition ID among the subjects of <c>ignore A-7, E in ...</c> (event types are names).</summary>
            private bool IsIgnoredTransition(int start, int end)
            {
                if (!_inIgnoreSubjects) return false;
                var idEnd = start + 1;
                while (idEnd < end && Lexical.IsClauseIdPart(_text[idEnd])) idEnd++;
                var id = _text.Substring(start, idEnd - start);
                return id.IndexOf('-') >= 0 || id.IndexOf('.') >= 0;
            }

            /// <summary>A clause, transition or deadline ID: letters, digits, <c>-</c> and <c>.</c>.</summary>
            private int ClauseId(int start, int end)
            {
                var idEnd = start + 1;
                while (idEnd < end && Lexical.IsClauseIdPart(_text[idEnd])) idEnd++;
                var isDeclaration = _names.TryGetValue(start, out var occurrence) && occurrence.IsDeclaration;
                Add(TextSpan.FromBounds(start, idEnd), PolicyClassification.ClauseId, isDeclaration);
                _lastWord = null;
                return idEnd;
            }

            private bool ClauseOutcomeArgument(int start)
            {
                var index = start - 1;
                while (index >= 0 && char.IsWhiteSpace(_text[index])) index--;
                if (index < 0 || _text[index] != '(') return false;
                var wordEnd = index;
                while (wordEnd > 0 && char.IsWhiteSpace(_text[wordEnd - 1])) wordEnd--;
                var wordStart = wordEnd;
                while (wordStart > 0 && Lexical.IsIdentifierPart(_text[wordStart - 1])) wordStart--;
                var word = _text.Substring(wordStart, wordEnd - wordStart);
                return word == "passed" || word == "failed";
            }

            private int Punctuation(int start, int end)
            {
                var c = _text[start];
                if (c != ',') _inCitations = false;
                _lastWord = null;
                var length = start + 1 < end && IsTwoCharOperator(c, _text[start + 1]) ? 2 : 1;
                if ("=<>!?+-*/".IndexOf(c) >= 0) Add(new TextSpan(start, length), PolicyClassification.Operator);
                return start + length;
            }

            private static bool IsTwoCharOperator(char first, char second) =>
                (second == '=' && (first == '<' || first == '>' || first == '!')) || (second == '>' && (first == '=' || first == '-')) || (first == '?' && second == '?');

            private int DigitsEnd(int index, int end)
            {
                while (index < end && Lexical.IsDigit(_text[index])) index++;
                return index;
            }

            private int NumberEnd(int index, int end)
            {
                var digitsEnd = DigitsEnd(index, end);
                if (digitsEnd > index && digitsEnd + 1 < end && _text[digitsEnd] == '.' && Lexical.IsDigit(_text[digitsEnd + 1]))
                    digitsEnd = DigitsEnd(digitsEnd + 1, end);
                return digitsEnd;
            }

            private int DateEnd(int start, int end)
            {
                var index = start;
                for (var part = 0; part < 3; part++)
                {
                    if (part > 0)
                    {
                        if (index >= end || _text[index] != '-') return start;
                        index++;
                    }
                    var digitsEnd = DigitsEnd(index, end);
                    if (digitsEnd == index) return start;
                    index = digitsEnd;
                }
                return index < end && Lexical.IsIdentifierPart(_text[index]) ? start : index;
            }

            /// <summary>The end of a duration unit word after a count (<c>days</c>, <c>month</c>...), on the same line.</summary>
            private int? UnitEnd(int countEnd, int end)
            {
                var unitStart = SkipSpaces(countEnd, end);
                if (unitStart == countEnd) return null;
                var unitEnd = unitStart;
                while (unitEnd < end && Lexical.IsIdentifierPart(_text[unitEnd])) unitEnd++;
                return unitEnd > unitStart && Duration.TryUnit(_text.Substring(unitStart, unitEnd - unitStart), out _, out _) ? unitEnd : (int?)null;
            }

            private int SkipSpaces(int index, int end)
            {
                while (index < end && (_text[index] == ' ' || _text[index] == '\t')) index++;
                return index;
            }

            /// <summary>Adds a span, cut at line breaks (a classified span never crosses one).</summary>
            private void Add(TextSpan span, PolicyClassification classification, bool isDeclaration = false, bool isBuiltIn = false)
            {
                var start = span.Start;
                while (start < span.End)
                {
                    var lineEnd = _text.IndexOf('\n', start, span.End - start);
                    var end = lineEnd < 0 ? span.End : lineEnd;
                    var trimmed = end > start && _text[end - 1] == '\r' ? end - 1 : end;
                    if (trimmed > start) Result.Add(new ClassifiedSpan(TextSpan.FromBounds(start, trimmed), classification, isDeclaration, isBuiltIn));
                    start = lineEnd < 0 ? span.End : lineEnd + 1;
                }
            }
        }
    }
}
