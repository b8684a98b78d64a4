using System.Collections.Generic;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>Writes the laid-out declarations and their comments as text: LF line breaks, one final newline.</summary>
    internal static class LayoutWriter
    {
        public static string Write(string source, IReadOnlyList<DeclarationBlock> blocks, IReadOnlyList<PlacedComment> footer)
        {
            var output = new List<string>();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (i > 0 && !StaysGrouped(source, blocks[i - 1], blocks[i])) output.Add(string.Empty);
                foreach (var line in blocks[i].Lines) WriteLine(output, source, line);
            }
            for (var i = 0; i < footer.Count; i++)
            {
                if ((i > 0 || blocks.Count > 0) && footer[i].BlankLineBefore) output.Add(string.Empty);
                output.Add(footer[i].Text);
            }
            return output.Count == 0 ? string.Empty : string.Join("\n", output) + "\n";
        }

        /// <summary>One-line declarations of the same kind that the author wrote without a blank line between them.</summary>
        private static bool StaysGrouped(string source, DeclarationBlock previous, DeclarationBlock next) =>
            previous.GroupKind != null
            && previous.GroupKind == next.GroupKind
            && !CommentPlacer.HasBlankLine(source, previous.Last.SourceEnd, next.First.SourceStart);

        private static void WriteLine(List<string> output, string source, LayoutLine line)
        {
            if (line.BlankLineBefore) output.Add(string.Empty);
            // Blank lines among comments are kept only above top-level declarations (section headings).
            var keepBlankLines = line.StartsDeclaration;
            for (var i = 0; i < line.Leading.Count; i++)
            {
                var comment = line.Leading[i];
                if (keepBlankLines && i > 0 && comment.BlankLineBefore) output.Add(string.Empty);
                output.Add(Indent(line.CommentIndent) + comment.Text);
            }
            if (keepBlankLines && line.Leading.Count > 0)
            {
                var last = line.Leading[line.Leading.Count - 1];
                if (!last.IsHoisted && CommentPlacer.HasBlankLine(source, last.End, line.SourceStart)) output.Add(string.Empty);
            }
            var text = Indent(line.Indent) + line.Text;
            output.Add(line.Trailing is null ? text : text + " " + line.Trailing);
        }

        private static string Indent(int width) => new string(' ', width);
    }
}
