using System;
using System.Collections.Generic;

namespace CompliancePolicy.Text
{
    /// <summary>The text of one policy file, with its path and a line index for offset-to-line lookups.</summary>
    public sealed class SourceText
    {
        private readonly int[] _lineStarts;

        public SourceText(string path, string text)
        {
            Path = path ?? throw new ArgumentNullException(nameof(path));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            _lineStarts = ComputeLineStarts(text);
        }

        public string Path { get; }
        public string Text { get; }
        public int LineCount => _lineStarts.Length;

        /// <summary>The 1-based line and column of an offset.</summary>
        internal LinePosition GetPosition(int offset)
        {
            offset = Math.Max(0, Math.Min(offset, Text.Length));
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0) line = ~line - 1;
            return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
        }

        internal SourceLocation GetLocation(TextSpan span) =>
            new SourceLocation(Path, span, GetPosition(span.Start), GetPosition(span.End));

        /// <summary>The text of a 1-based line without its line break.</summary>
        public string GetLineText(int line)
        {
            var start = _lineStarts[line - 1];
            var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
            return Text.Substring(start, end - start).TrimEnd('\r', '\n');
        }

        internal int GetLineStart(int line) => _lineStarts[line - 1];

        internal string ToString(TextSpan span) => Text.Substring(span.Start, span.Length);

        private static int[] ComputeLineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n') starts.Add(i + 1);
            }
            return starts.ToArray();
        }
    }

    /// <summary>A 1-based line and column.</summary>
    public readonly struct LinePosition
    {
        public LinePosition(int line, int column)
        {
            Line = line;
            Column = column;
        }

        public int Line { get; }
        public int Column { get; }
        public override string ToString() => $"{Line},{Column}";
    }

    /// <summary>
    /// Where something is: a file path, a span, start/end line and column, and for JSON records the JSON path
    /// of the value concerned.
    /// </summary>
    public sealed class SourceLocation
    {
        internal SourceLocation(string path, TextSpan span, LinePosition start, LinePosition end, string? jsonPath = null)
        {
            Path = path;
            Span = span;
            Start = start;
            End = end;
            JsonPath = jsonPath;
        }

        public string Path { get; }
        public TextSpan Span { get; }
        public LinePosition Start { get; }
        public LinePosition End { get; }
        public string? JsonPath { get; }

        public override string ToString() => $"{Path}({Start.Line},{Start.Column})";
    }
}
