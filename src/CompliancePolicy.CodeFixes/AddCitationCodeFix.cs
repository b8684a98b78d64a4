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
    /// <summary>CP1101: adds <c>cites "TODO"</c> under the clause title, for the author to fill in.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddCitationCodeFix), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".policy" })]
    [Shared]
    public sealed class AddCitationCodeFix : CodeFixProvider
    {
        public const string Placeholder = "TODO";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticRules.MissingCitation.Id);

        // Each fix inserts at its own clause, but fix-all over additional files is not offered by every host: keep it simple.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            if (!(context.TextDocument is AdditionalDocument)) return Task.CompletedTask;
            foreach (var diagnostic in context.Diagnostics)
            {
                context.RegisterCodeFix(
                    CodeAction.Create("Add a citation placeholder", ct => AddAsync(context.TextDocument, diagnostic.Location.SourceSpan, ct), nameof(AddCitationCodeFix)),
                    diagnostic);
            }
            return Task.CompletedTask;
        }

        private static async Task<Solution> AddAsync(TextDocument document, TextSpan idSpan, CancellationToken cancellationToken)
        {
            var (text, syntax) = await PolicyFileEdits.ParseAsync(document, cancellationToken).ConfigureAwait(false);
            var clause = syntax.Declarations.OfType<ClauseDeclarationSyntax>().FirstOrDefault(c => c.Id.Span.Start == idSpan.Start);
            if (clause is null || clause.Citations.Length > 0) return document.Project.Solution;
            var at = clause.Title.Span.End;
            var insertion = PolicyFileEdits.LineBreak(text) + PolicyFileEdits.IndentationAfter(text, at) + $"cites \"{Placeholder}\"";
            return PolicyFileEdits.WithText(document, text.WithChanges(new TextChange(new TextSpan(at, 0), insertion)));
        }
    }
}
