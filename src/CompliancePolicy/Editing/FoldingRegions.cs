using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A range of whole lines an editor may fold: from <see cref="StartLine"/> to <see cref="EndLine"/> (1-based).</summary>
    internal readonly struct FoldingRegion
    {
        public FoldingRegion(int startLine, int endLine, bool isComment)
        {
            StartLine = startLine;
            EndLine = endLine;
            IsComment = isComment;
        }

        public int StartLine { get; }
        public int EndLine { get; }
        public bool IsComment { get; }

        public override string ToString() => $"{StartLine}-{EndLine}{(IsComment ? " comment" : string.Empty)}";
    }

    /// <summary>Where a file folds: each declaration of more than one line, each such transition and deadline, and runs of comment lines.</summary>
    internal static class FoldingRegions
    {
        public static IReadOnlyList<FoldingRegion> Of(PolicyFileSyntax file)
        {
            var source = file.Source;
            var regions = new List<FoldingRegion>();
            foreach (var declaration in file.Declarations)
            {
                Add(regions, source, declaration.Span);
                if (declaration is LifecycleDeclarationSyntax lifecycle)
                {
                    foreach (var transition in lifecycle.Transitions) Add(regions, source, transition.Span);
                    foreach (var deadline in lifecycle.Deadlines) Add(regions, source, deadline.Span);
                }
            }
            regions.AddRange(CommentRuns(source, file.Comments));
            return regions.OrderBy(r => r.StartLine).ThenByDescending(r => r.EndLine).ToArray();
        }

        private static void Add(List<FoldingRegion> regions, SourceText source, TextSpan span)
        {
            var start = source.GetPosition(span.Start).Line;
            var end = source.GetPosition(span.End).Line;
            if (end > start) regions.Add(new FoldingRegion(start, end, isComment: false));
        }

        /// <summary>Comments alone on consecutive lines.</summary>
        private static IEnumerable<FoldingRegion> CommentRuns(SourceText source, IEnumerable<CommentSyntax> comments)
        {
            var lines = comments
                .Where(c => source.GetLineText(source.GetPosition(c.Span.Start).Line).TrimStart().StartsWith("#", System.StringComparison.Ordinal))
                .Select(c => source.GetPosition(c.Span.Start).Line)
                .ToArray();
            var runStart = 0;
            for (var i = 1; i <= lines.Length; i++)
            {
                if (i < lines.Length && lines[i] == lines[i - 1] + 1) continue;
                if (i - runStart >= 2) yield return new FoldingRegion(lines[runStart], lines[i - 1], isComment: true);
                runStart = i;
            }
        }
    }
}
