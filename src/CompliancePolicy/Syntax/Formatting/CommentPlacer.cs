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
                var placement = Classify(text, line, start);
                if (placement == Placement.Inside)
                {
                    // Inside the code of a verbatim line, the comment is already part of its text.
                    if (!line!.IsVerbatim)
                    {
                        var last = line.Leading.Count > 0 ? line.Leading[line.Leading.Count - 1] : null;
                        var blank = last != null && !last.IsHoisted && HasBlankLine(text, last.End, line.SourceStart);
                        line.Leading.Add(new PlacedComment(commentText, comment.Span.End, isHoisted: true, blank));
                    }
                }
                else if (placement == Placement.Trailing && line!.Trailing is null)
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

        /// <summary>
        /// Where a comment at <paramref name="start"/> belongs, given <paramref name="line"/>, the last line that starts
        /// at or before it: inside that line's code, at its end, or above the line after it.
        /// </summary>
        public static Placement Classify(string text, LayoutLine? line, int start)
        {
            if (line is null) return Placement.Before;
            if (start < line.SourceEnd) return Placement.Inside;
            return HasLineBreak(text, line.SourceEnd, start) ? Placement.Before : Placement.Trailing;
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

    /// <summary>Where <see cref="CommentPlacer"/> puts a comment relative to the layout lines around it.</summary>
    internal enum Placement
    {
        /// <summary>Inside the code of the line that starts before it (moved above that line).</summary>
        Inside,

        /// <summary>After the code of that line, on the same source line (kept at its end).</summary>
        Trailing,

        /// <summary>On its own line: above the next line.</summary>
        Before,
    }
}
