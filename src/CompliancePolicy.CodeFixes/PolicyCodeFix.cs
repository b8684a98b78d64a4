using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using CompliancePolicy.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// Every fix the language library computes for a diagnostic of the policy language (add a citation, rename to the
    /// suggested name, order tiers, remove an unused suppression, correct compliance.json...), offered in a .policy
    /// file, in compliance.json or in policy text inside a C# string literal. Nothing here decides what to change: the
    /// library's <see cref="DiagnosticFix"/> edits are only placed in Roslyn's documents.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PolicyCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
    [Shared]
    public sealed class PolicyCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = DiagnosticRules.All.Select(r => r.Id).ToImmutableArray();

        // Fixes of several diagnostics merge where their edits do not overlap (one tiers order serves all its CP1107s).
        public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            foreach (var diagnostic in context.Diagnostics)
            {
                var fixes = context.TextDocument is Document document
                    ? await LiteralFixes.FindAsync(document, diagnostic, context.CancellationToken).ConfigureAwait(false)
                    : await AdditionalFileFixes.FindAsync(context.TextDocument, diagnostic, context.CancellationToken).ConfigureAwait(false);
                foreach (var (fix, apply) in fixes)
                {
                    context.RegisterCodeFix(CodeAction.Create(fix.Title, apply, $"{nameof(PolicyCodeFix)}:{diagnostic.Id}:{fix.Title}"), diagnostic);
                }
            }
        }
    }
}
