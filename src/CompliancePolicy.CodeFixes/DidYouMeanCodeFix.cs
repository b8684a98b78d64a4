using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers;
using CompliancePolicy.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// CP1001 and CP1002: renames an unknown name or field to the one the library suggests ("did you mean"), in a
    /// .policy file or in policy text inside a C# string literal.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DidYouMeanCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
    [Shared]
    public sealed class DidYouMeanCodeFix : CodeFixProvider
    {
        public override ImmutableArray<string> FixableDiagnosticIds => DiagnosticMapper.RenameableRuleIds;

        public override FixAllProvider? GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var text = await context.TextDocument.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (var diagnostic in context.Diagnostics)
            {
                if (!diagnostic.Properties.TryGetValue(DiagnosticMapper.SuggestionProperty, out var suggestion) || suggestion is null) continue;
                if (!diagnostic.Properties.TryGetValue(DiagnosticMapper.NameProperty, out var name) || name is null) continue;
                var span = diagnostic.Location.SourceSpan;
                // In a C# literal with escapes inside the name, the source is not the name: offer nothing rather than break it.
                if (span.End > text.Length || text.ToString(span) != name) continue;
                context.RegisterCodeFix(
                    CodeAction.Create($"Change '{name}' to '{suggestion}'", ct => RenameAsync(context.TextDocument, span, suggestion, ct), nameof(DidYouMeanCodeFix) + suggestion),
                    diagnostic);
            }
        }

        private static async Task<Solution> RenameAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            return PolicyFileEdits.WithText(document, text.WithChanges(new TextChange(span, replacement)));
        }
    }
}
