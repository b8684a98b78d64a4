using System;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.Text;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>
    /// Translates between the protocol's positions (0-based lines, UTF-16 characters) and the library's offsets. The
    /// library's offsets index the same UTF-16 string, so a character is an offset from its line's start.
    /// </summary>
    internal static class Positions
    {
        /// <summary>The offset of a position; a position past the end of its line (or of the text) is clamped to it.</summary>
        public static int ToOffset(SourceText source, Position position)
        {
            if (position.Line < 0) return 0;
            if (position.Line >= source.LineCount) return source.Text.Length;
            var lineStart = source.GetLineStart(position.Line + 1);
            var lineLength = source.GetLineText(position.Line + 1).Length;
            return lineStart + Math.Max(0, Math.Min(position.Character, lineLength));
        }

        public static Position ToPosition(SourceText source, int offset) => ToPosition(source.GetPosition(offset));

        public static Position ToPosition(LinePosition position) => new Position(position.Line - 1, position.Column - 1);

        public static LspRange ToRange(SourceText source, TextSpan span) => new LspRange(ToPosition(source, span.Start), ToPosition(source, span.End));

        public static LspRange ToRange(SourceLocation location) => new LspRange(ToPosition(location.Start), ToPosition(location.End));

        public static TextSpan ToSpan(SourceText source, LspRange range) =>
            TextSpan.FromBounds(ToOffset(source, range.Start), Math.Max(ToOffset(source, range.Start), ToOffset(source, range.End)));
    }
}
