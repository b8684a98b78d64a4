using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// One pass over a file, before parsing: its comments, where each top-level declaration starts (a line whose
    /// first word is a declaration keyword), and, per declaration, the first bracket nested too deeply to parse.
    /// Strings and comments are skipped, so a <c>#</c> in a string or a bracket in a comment counts for nothing.
    /// </summary>
    internal sealed class SourceLayout
    {
        private SourceLayout(ImmutableArray<CommentSyntax> comments, IReadOnlyList<Chunk> chunks, int? preambleContent)
        {
            Comments = comments;
            Chunks = chunks;
            PreambleContent = preambleContent;
        }

        public ImmutableArray<CommentSyntax> Comments { get; }

        /// <summary>The text of each declaration, from its keyword to the next declaration's keyword.</summary>
        public IReadOnlyList<Chunk> Chunks { get; }

        /// <summary>The first character, before any declaration, that is neither white space nor a comment.</summary>
        public int? PreambleContent { get; }

        /// <summary>Finds the declarations of a policy file.</summary>
        public static SourceLayout Scan(string text, int maxBracketDepth) => Scan(text, maxBracketDepth, splitDeclarations: true);

        /// <summary>Takes the whole text as one chunk (an expression on its own, in tests and tools).</summary>
        public static SourceLayout ScanWhole(string text, int maxBracketDepth) => Scan(text, maxBracketDepth, splitDeclarations: false);

        private static SourceLayout Scan(string text, int maxBracketDepth, bool splitDeclarations)
        {
            var scanner = new Scanner(text, maxBracketDepth, splitDeclarations);
            scanner.Run();
            return new SourceLayout(scanner.Comments.ToImmutable(), scanner.Chunks, scanner.PreambleContent);
        }

        /// <summary>A range of the file to parse as one declaration.</summary>
        internal sealed class Chunk
        {
            public Chunk(int start, int end, int? tooDeepBracket)
            {
                Start = start;
                End = end;
                TooDeepBracket = tooDeepBracket;
            }

            public int Start { get; }
            public int End { get; }

            /// <summary>The offset of the first bracket nested deeper than allowed, if any.</summary>
            public int? TooDeepBracket { get; }
        }

        private sealed class Scanner
        {
            private readonly string _text;
            private readonly int _maxBracketDepth;
            private readonly bool _splitDeclarations;
            private int _chunkStart = -1;
            private int _depth;
            private int? _tooDeep;

            public Scanner(string text, int maxBracketDepth, bool splitDeclarations)
            {
                _text = text;
                _maxBracketDepth = maxBracketDepth;
                _splitDeclarations = splitDeclarations;
                if (!splitDeclarations) _chunkStart = 0;
            }

            public ImmutableArray<CommentSyntax>.Builder Comments { get; } = ImmutableArray.CreateBuilder<CommentSyntax>();
            public List<Chunk> Chunks { get; } = new List<Chunk>();
            public int? PreambleContent { get; private set; }

            public void Run()
            {
                var index = 0;
                var atLineStart = true;
                while (index < _text.Length)
                {
                    if (atLineStart)
                    {
                        atLineStart = false;
                        index = SkipIndentation(index);
                        if (_splitDeclarations && StartsDeclaration(index)) StartChunk(index);
                        continue;
                    }
                    var c = _text[index];
                    if (_chunkStart < 0 && PreambleContent is null && !char.IsWhiteSpace(c) && c != '#') PreambleContent = index;
                    if (c == '\n') atLineStart = true;
                    else if (c == '#') index = ReadComment(index) - 1;
                    else if (c == '"') index = SkipString(index) - 1;
                    else CountBracket(c, index);
                    index++;
                }
                if (_chunkStart >= 0) Chunks.Add(new Chunk(_chunkStart, _text.Length, _tooDeep));
            }

            private int SkipIndentation(int index)
            {
                while (index < _text.Length && (_text[index] == ' ' || _text[index] == '\t')) index++;
                return index;
            }

            private bool StartsDeclaration(int index)
            {
                if (index >= _text.Length || !Lexical.IsIdentifierStart(_text[index])) return false;
                var end = index + 1;
                while (end < _text.Length && Lexical.IsIdentifierPart(_text[end])) end++;
                // 'event.date' or 'event(' continues an expression, and 'event: text' is a field (CP0004 when the word is
                // reserved): only the bare word starts a declaration.
                if (end < _text.Length && (_text[end] == '.' || _text[end] == '(')) return false;
                if (FollowedByColon(end)) return false;
                foreach (var keyword in Lexical.DeclarationKeywords)
                {
                    if (keyword.Length == end - index && string.CompareOrdinal(_text, index, keyword, 0, keyword.Length) == 0) return true;
                }
                return false;
            }

            private bool FollowedByColon(int index)
            {
                while (index < _text.Length && (_text[index] == ' ' || _text[index] == '\t')) index++;
                return index < _text.Length && _text[index] == ':';
            }

            private void StartChunk(int index)
            {
                if (_chunkStart >= 0) Chunks.Add(new Chunk(_chunkStart, index, _tooDeep));
                _chunkStart = index;
                _depth = 0;
                _tooDeep = null;
            }

            /// <summary>Records the comment at <paramref name="start"/>; returns the index of the line break after it.</summary>
            private int ReadComment(int start)
            {
                var end = start;
                while (end < _text.Length && _text[end] != '\n') end++;
                var textEnd = end > start && _text[end - 1] == '\r' ? end - 1 : end;
                Comments.Add(new CommentSyntax(TextSpan.FromBounds(start, textEnd), _text.Substring(start, textEnd - start)));
                return end;
            }

            /// <summary>The index after the string literal at <paramref name="start"/>, or of the line break that cuts it short.</summary>
            private int SkipString(int start)
            {
                var index = start + 1;
                while (index < _text.Length)
                {
                    var c = _text[index];
                    if (c == '"') return index + 1;
                    if (c == '\n' || c == '\r') return index;
                    index += c == '\\' && index + 1 < _text.Length && _text[index + 1] != '\n' && _text[index + 1] != '\r' ? 2 : 1;
                }
                return index;
            }

            private void CountBracket(char c, int index)
            {
                if (c == '(' || c == '[' || c == '{')
                {
                    _depth++;
                    if (_depth > _maxBracketDepth && _tooDeep is null) _tooDeep = index;
                }
                else if ((c == ')' || c == ']' || c == '}') && _depth > 0)
                {
                    _depth--;
                }
            }
        }
    }
}
