using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// CP1107: lists the tiers from the highest threshold down. Each tier's text moves as a whole into the slots
    /// the tiers occupy, so the layout between them (line breaks, comments) stays where it was.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReorderTiersCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".policy" })]
    [Shared]
    public sealed class ReorderTiersCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticRules.TiersOutOfOrder.Id);

        // One fix orders a whole tiers declaration, which may carry several CP1107s: fix-all would overlap.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (!(context.TextDocument is AdditionalDocument)) return Task.CompletedTask;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Order the tiers from the highest threshold down", ct => ReorderAsync(context.TextDocument, diagnostic.Location.SourceSpan, ct), nameof(ReorderTiersCodeFix)),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        private static async Task<Solution> ReorderAsync(TextDocument document, TextSpan span, CancellationToken cancellationToken)
        {
            var (text, syntax) = await PolicyFileEdits.ParseAsync(document, cancellationToken).ConfigureAwait(false);
            var tiers = syntax.Declarations.OfType<TiersDeclarationSyntax>()
                .FirstOrDefault(t => t.Span.Start <= span.Start && span.End <= t.Span.End);
            if (tiers is null) return document.Project.Solution;

            // A comment on the tier's own line moves with it.
            var slots = tiers.Tiers.Select(t => WithTrailingComment(t, syntax, text)).ToList();
            // OrderByDescending is stable: equal thresholds keep their order (the later one stays unreachable and reported).
            var ordered = Enumerable.Range(0, tiers.Tiers.Length).OrderByDescending(i => tiers.Tiers[i].Threshold.Value).ToList();
            var changes = slots
                .Select((slot, i) => (Slot: slot, From: ordered[i], Index: i))
                .Where(x => x.From != x.Index)
                .Select(x => new TextChange(x.Slot, text.ToString(slots[x.From])));
            return PolicyFileEdits.WithText(document, text.WithChanges(changes));
        }

        private static TextSpan WithTrailingComment(TierSyntax tier, PolicyFileSyntax file, SourceText text)
        {
            var span = new TextSpan(tier.Span.Start, tier.Span.Length);
            var comment = file.Comments.FirstOrDefault(c => c.Span.Start >= span.End
                && text.ToString(TextSpan.FromBounds(span.End, c.Span.Start)).All(ch => ch == ' ' || ch == '\t'));
            return comment is null ? span : TextSpan.FromBounds(span.Start, comment.Span.End);
        }
    }
}
