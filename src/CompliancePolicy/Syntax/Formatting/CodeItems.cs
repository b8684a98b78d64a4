using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// The code a comment on its own line is about, as the formatter sees it: the layout line (a declaration's header,
    /// a field, a clause part with its whole expression, a band...) it is printed above. Whatever the formatter does
    /// to line breaks, the comment stays above the same item, so what a suppression comment covers survives
    /// <c>compliance fmt</c>.
    /// </summary>
    internal static class CodeItems
    {
        /// <summary>
        /// The source span of the item the comment at <paramref name="commentStart"/> belongs to: the item it is inside
        /// (a comment within a multi-line expression) or the one after it; null after the last declaration.
        /// </summary>
        public static TextSpan? ItemOf(PolicyFileSyntax file, int commentStart)
        {
            var declaration = file.Declarations.FirstOrDefault(d => d.Span.End > commentStart);
            if (declaration is null) return null;
            var lines = new DeclarationLayout(file.Source, file.Comments).Layout(declaration).SourceOrder;
            var current = -1;
            while (current + 1 < lines.Count && lines[current + 1].SourceStart <= commentStart) current++;
            var line = current >= 0 ? lines[current] : null;
            var target = CommentPlacer.Classify(file.Source.Text, line, commentStart) == Placement.Inside ? line
                : current + 1 < lines.Count ? lines[current + 1]
                : null;
            return target is null ? (TextSpan?)null : TextSpan.FromBounds(target.SourceStart, target.SourceEnd);
        }
    }
}
