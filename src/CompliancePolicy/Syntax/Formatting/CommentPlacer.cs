using System.Collections.Generic;
using System.Collections.Immutable;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// Attaches every comment to a layout line. The lines are in source order, so each comment is compared with
    /// the last line that starts before it:
    /// <list type="bullet">
    /// <item>inside that line's code (a multi-line expression): moved, on its own line, above the line;</item>
    /// <item>after it on the same source line: kept at the end of the line;</item>
    /// <item>otherwise: on its own line above the next line, or at the end of the file after the last one.</item>
    /// </list>
    /// </summary>
    internal static class CommentPlacer
    {
        /// <summary>Places the comments; returns those that follow the last line.</summary>
        public static List<PlacedComment> Place(string text, IReadOnlyList<LayoutLine> lines, ImmutableArray<CommentSyntax> comments)
        {
            var footer = new List<PlacedComment>();
            var current = -1;
            var previousCommentEnd = 0;
            foreach (var comment in comments)
            {
                var start = comment.Span.Start;
                while (current + 1 < lines.Count && lines[current + 1].SourceStart <= start) current++;
                var line = current >= 0 ? lines[current] : null;
                var commentText = comment.Text.TrimEnd();
                if (line != null && start < line.SourceEnd)
                {
                    // Inside the code of a verbatim line, the comment is already part of its text.
                    if (!line.IsVerbatim)
                    {
                        var last = line.Leading.Count > 0 ? line.Leading[line.Leading.Count - 1] : null;
                        var blank = last != null && !last.IsHoisted && HasBlankLine(text, last.End, line.SourceStart);
                        line.Leading.Add(new PlacedComment(commentText, comment.Span.End, isHoisted: true, blank));
                    }
                }
                else if (line != null && line.Trailing is null && !HasLineBreak(text, line.SourceEnd, start))
                {
                    line.Trailing = commentText;
                }
                else
                {
                    var blank = HasBlankLine(text, System.Math.Max(previousCommentEnd, line?.SourceEnd ?? 0), start);
                    var placed = new PlacedComment(commentText, comment.Span.End, isHoisted: false, blank);
                    if (current + 1 < lines.Count) lines[current + 1].Leading.Add(placed);
                    else footer.Add(placed);
                }
                previousCommentEnd = comment.Span.End;
            }
            return footer;
        }

        public static bool HasLineBreak(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (text[i] == '\n') return true;
            }
            return false;
        }

        /// <summary>Whether a line between two offsets holds nothing but white space.</summary>
        public static bool HasBlankLine(string text, int start, int end)
        {
            var afterBreak = false;
            var onlySpace = true;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (c == '\n')
                {
                    if (afterBreak && onlySpace) return true;
                    afterBreak = true;
                    onlySpace = true;
                }
                else if (!char.IsWhiteSpace(c))
                {
                    onlySpace = false;
                }
            }
            return false;
        }
    }
}
