using System;
using System.Collections.Generic;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// A Sprache input over a window of text whose <see cref="Position"/> is an absolute offset in the policy file:
    /// either a declaration's chunk of the file itself, or the unescaped content of a string literal whose holes
    /// are being parsed (each character then maps back to where it was written).
    /// </summary>
    internal sealed class SourceInput : IInput
    {
        private readonly int[]? _offsets;
        private IDictionary<object, object>? _memos;

        private SourceInput(ParseContext context, string text, int[]? offsets, int index, int end, int precedingEnd, string endDescription)
        {
            Context = context;
            Text = text;
            _offsets = offsets;
            Index = index;
            End = end;
            PrecedingEnd = precedingEnd;
            EndDescription = endDescription;
        }

        public ParseContext Context { get; }

        /// <summary>The text being read; <see cref="Index"/> and <see cref="End"/> index into it.</summary>
        public string Text { get; }

        public int Index { get; }
        public int End { get; }

        /// <summary>Where the last token read before this position ended (before the white space that follows it).</summary>
        public int PrecedingEnd { get; }

        /// <summary>How an error message names the end of this window: "end of file", "end of line"...</summary>
        public string EndDescription { get; }

        /// <summary>Comments belong to the file; inside a string literal, <c>#</c> is just a character.</summary>
        public bool AllowsComments => _offsets is null;

        public string Source => Text;
        public bool AtEnd => Index >= End;
        public char Current => Text[Index];
        public int Position => OffsetOf(Index);
        public int Line => Context.Source.GetPosition(Position).Line;
        public int Column => Context.Source.GetPosition(Position).Column;
        public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

        /// <summary>The input at a chunk of the file, after any white space and comments at its start.</summary>
        public static SourceInput ForSource(ParseContext context, int start, int end)
        {
            var text = context.Source.Text;
            var endDescription = end >= text.Length ? "end of file" : "end of line";
            var input = new SourceInput(context, text, null, start, end, start, endDescription);
            return input.AfterToken(start);
        }

        /// <summary>The input at <paramref name="start"/> in the unescaped content of a string literal.</summary>
        public static SourceInput ForEmbedded(ParseContext context, string text, int[] offsets, int start) =>
            new SourceInput(context, text, offsets, start, text.Length, start, "end of the text");

        public int OffsetOf(int index) => _offsets is null ? index : _offsets[index];

        public TextSpan SpanOf(int startIndex, int endIndex) => TextSpan.FromBounds(OffsetOf(startIndex), OffsetOf(endIndex));

        /// <summary>The span from this position to the end of the last token read before <paramref name="end"/>.</summary>
        public TextSpan SpanTo(SourceInput end) => TextSpan.FromBounds(Position, end.OffsetOf(end.PrecedingEnd));

        /// <summary>The character at an index, or <c>'\0'</c> past the end of the window.</summary>
        public char CharAt(int index) => index >= 0 && index < End ? Text[index] : '\0';

        public bool Matches(int index, string expected) =>
            index + expected.Length <= End && string.CompareOrdinal(Text, index, expected, 0, expected.Length) == 0;

        /// <summary>The end of the identifier-like word at an index (the index itself when no word starts there).</summary>
        public int WordEnd(int index)
        {
            if (!Lexical.IsIdentifierStart(CharAt(index))) return index;
            var end = index + 1;
            while (Lexical.IsIdentifierPart(CharAt(end))) end++;
            return end;
        }

        public bool IsWordAt(int index, string word) => WordEnd(index) - index == word.Length && Matches(index, word);

        public string? WordAt(int index)
        {
            var end = WordEnd(index);
            return end == index ? null : Text.Substring(index, end - index);
        }

        /// <summary>The index after white space and comments.</summary>
        public int SkipTrivia(int index)
        {
            while (index < End)
            {
                var c = Text[index];
                if (char.IsWhiteSpace(c))
                {
                    index++;
                }
                else if (c == '#' && AllowsComments)
                {
                    while (index < End && Text[index] != '\n') index++;
                }
                else
                {
                    break;
                }
            }
            return index;
        }

        /// <summary>The input after a token that ends at <paramref name="tokenEnd"/> and the trivia that follows it.</summary>
        public SourceInput AfterToken(int tokenEnd) =>
            new SourceInput(Context, Text, _offsets, SkipTrivia(tokenEnd), End, tokenEnd, EndDescription);

        /// <summary>The input at an index, as a place to report a failure.</summary>
        public SourceInput At(int index) =>
            new SourceInput(Context, Text, _offsets, index, End, index, EndDescription);

        public IInput Advance()
        {
            if (AtEnd) throw new InvalidOperationException("The input is already at the end of the source.");
            return At(Index + 1);
        }

        public bool Equals(IInput? other) =>
            other is SourceInput input && ReferenceEquals(input.Text, Text) && input.Index == Index;

        public override bool Equals(object? obj) => obj is IInput other && Equals(other);

        public override int GetHashCode() => Index;

        public override string ToString() => $"{Context.Source.Path}({Line},{Column})";
    }
}
