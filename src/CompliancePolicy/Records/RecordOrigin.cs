using System;
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

        /// <summary>The position of <paramref name="offset"/>, where <paramref name="bytes"/> are the file's bytes from this origin on.</summary>
        public LinePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
        {
            var before = bytes.Slice(0, offset);
            var lastLineFeed = before.LastIndexOf((byte)'\n');
            if (lastLineFeed < 0) return new LinePosition(Line, Column + offset);
            return new LinePosition(Line + LineFeeds.Count(before), offset - lastLineFeed);
        }

        public SourceLocation Locate(string path, ReadOnlySpan<byte> bytes, int start, int end, string? jsonPath)
        {
            var fileOffset = (int)Math.Min(Offset + start, int.MaxValue);
            return new SourceLocation(path, new TextSpan(fileOffset, end - start), PositionOf(bytes, start), PositionOf(bytes, end), jsonPath);
        }
    }
}
