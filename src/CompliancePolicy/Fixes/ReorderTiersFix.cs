using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// CP1107: lists the tiers from the highest threshold down. Each tier's text (with a comment on its own line) moves
    /// as a whole into the slots the tiers occupy, so the layout between them (line breaks, comments) stays where it
    /// was. Every CP1107 of one tiers declaration offers the same edits.
    /// </summary>
    internal static class ReorderTiersFix
    {
        public static ImmutableArray<DiagnosticFix> For(PolicyFileSyntax file, TextSpan thresholdSpan)
        {
            var tiers = file.Declarations.OfType<TiersDeclarationSyntax>()
                .FirstOrDefault(t => t.Span.Start <= thresholdSpan.Start && thresholdSpan.End <= t.Span.End);
            if (tiers is null) return ImmutableArray<DiagnosticFix>.Empty;
            var text = file.Source;
            var slots = tiers.Tiers.Select(t => WithTrailingComment(t.Span, file)).ToList();
            // OrderByDescending is stable: equal thresholds keep their order (the later one stays unreachable and reported).
            var ordered = Enumerable.Range(0, slots.Count).OrderByDescending(i => tiers.Tiers[i].Threshold.Value).ToList();
            var edits = Enumerable.Range(0, slots.Count)
                .Where(i => ordered[i] != i)
                .Select(i => new TextEdit(text.Path, slots[i], text.ToString(slots[ordered[i]])))
                .ToImmutableArray();
            return edits.IsEmpty
                ? ImmutableArray<DiagnosticFix>.Empty
                : ImmutableArray.Create(new DiagnosticFix("Order the tiers from the highest threshold down", edits, IsPreferred: true));
        }

        private static TextSpan WithTrailingComment(TextSpan span, PolicyFileSyntax file)
        {
            var text = file.Source.Text;
            var comment = file.Comments.FirstOrDefault(c => c.Span.Start >= span.End
                && text.Substring(span.End, c.Span.Start - span.End).All(ch => ch == ' ' || ch == '\t'));
            return comment is null ? span : TextSpan.FromBounds(span.Start, comment.Span.End);
        }
    }
}
