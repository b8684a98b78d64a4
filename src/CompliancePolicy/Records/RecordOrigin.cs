using System;
using System.Collections.Generic;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>Where a piece of the input starts in the file, so offsets within it can be turned into lines and columns.</summary>
    /// <remarks>Columns count UTF-8 bytes, as System.Text.Json's positions do.</remarks>
    internal readonly struct RecordOrigin
    {
        public RecordOrigin(long offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        /// <summary>The byte offset in the file.</summary>
        public long Offset { get; }

        public int Line { get; }
        public int Column { get; }

        /// <summary>The location of one span, where <paramref name="bytes"/> are the file's bytes from this origin on.</summary>
        public SourceLocation Locate(string path, ReadOnlySpan<byte> bytes, int start, int end, string? jsonPath) =>
            Lines(bytes, end).Locate(path, start, end, jsonPath);

        /// <summary>The line breaks of <paramref name="bytes"/> up to <paramref name="end"/>, found once: a record with
        /// thousands of problems places each one without scanning the record again.</summary>
        public RecordLines Lines(ReadOnlySpan<byte> bytes, int end) => new RecordLines(this, bytes.Slice(0, end));
    }

    /// <summary>The line breaks of a piece of the input, for placing many offsets in it by binary search.</summary>
    internal sealed class RecordLines
    {
        private readonly RecordOrigin _origin;
        private readonly int[] _lineFeeds;

        public RecordLines(RecordOrigin origin, ReadOnlySpan<byte> bytes)
        {
            _origin = origin;
            var lineFeeds = new List<int>();
            var from = 0;
            while (true)
            {
                var next = bytes.Slice(from).IndexOf((byte)'\n');
                if (next < 0) break;
                lineFeeds.Add(from + next);
                from += next + 1;
            }
            _lineFeeds = lineFeeds.ToArray();
        }

        public SourceLocation Locate(string path, int start, int end, string? jsonPath)
        {
            var fileOffset = (int)Math.Min(_origin.Offset + start, int.MaxValue);
            return new SourceLocation(path, new TextSpan(fileOffset, end - start), PositionOf(start), PositionOf(end), jsonPath);
        }

        /// <summary>The position of an offset: lines end at '\n', as System.Text.Json counts them.</summary>
        private LinePosition PositionOf(int offset)
        {
            // How many line breaks come before the offset.
            var index = Array.BinarySearch(_lineFeeds, offset);
            var before = index >= 0 ? index : ~index;
            if (before == 0) return new LinePosition(_origin.Line, _origin.Column + offset);
            return new LinePosition(_origin.Line + before, offset - _lineFeeds[before - 1]);
        }
    }
}
