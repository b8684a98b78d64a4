using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// CP5001: the as-of date becomes a parameter of the enclosing method (<c>CalendarDate asOf</c>), so the caller
    /// states the date and the decision can be replayed.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ClockAsOfCodeFix))]
    [Shared]
    public sealed class ClockAsOfCodeFix : CodeFixProvider
    {
        private const string ParameterName = "asOf";
        private const string CalendarDate = "global::CompliancePolicy.Values.CalendarDate";

        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("CP5001");

        // Two clock reads in one method would each add the parameter: no fix-all.
        public override FixAllProvider? GetFixAllProvider() => null;

        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            if (root is null) return;
            foreach (var diagnostic in context.Diagnostics)
            {
                if (diagnostic.AdditionalLocations.Count == 0) continue;
                var argument = root.FindNode(diagnostic.AdditionalLocations[0].SourceSpan, getInnermostNodeForTie: true) as ExpressionSyntax;
                if (argument is null || EnclosingMember(argument) is null) continue;
                context.RegisterCodeFix(
                    CodeAction.Create("Take the as-of date as a parameter", ct => FixAsync(context.Document, argument, ct), nameof(ClockAsOfCodeFix)),
                    diagnostic);
            }
        }

        /// <summary>The method or local function whose parameter list gets the date.</summary>
        private static SyntaxNode? EnclosingMember(SyntaxNode node)
        {
            foreach (var ancestor in node.Ancestors())
            {
                switch (ancestor)
                {
                    case AnonymousFunctionExpressionSyntax _: return null; // a lambda's signature is its delegate's
                    case MethodDeclarationSyntax method: return method;
                    case LocalFunctionStatementSyntax local: return local;
                    case MemberDeclarationSyntax _: return null;
                }
            }
            return null;
        }

        private static async Task<Document> FixAsync(Document document, ExpressionSyntax argument, CancellationToken cancellationToken)
        {
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return document;
            var member = EnclosingMember(argument)!;
            var parameters = member is MethodDeclarationSyntax method ? method.ParameterList : ((LocalFunctionStatementSyntax)member).ParameterList;

            // Reuse a CalendarDate parameter of that name; otherwise add one (before optional and params parameters).
            var calendarDate = model.Compilation.GetTypeByMetadataName("CompliancePolicy.Values.CalendarDate");
            var existing = parameters.Parameters.FirstOrDefault(p =>
                p.Identifier.ValueText == ParameterName && p.Type != null
                && SymbolEqualityComparer.Default.Equals(model.GetTypeInfo(p.Type, cancellationToken).Type, calendarDate));
            var name = existing?.Identifier.ValueText ?? UniqueName(model, argument, parameters);

            var newMember = member.ReplaceNode(argument, SyntaxFactory.IdentifierName(name).WithTriviaFrom(argument));
            if (existing is null)
            {
                var newParameters = newMember is MethodDeclarationSyntax m ? m.ParameterList : ((LocalFunctionStatementSyntax)newMember).ParameterList;
                var parameter = SyntaxFactory.Parameter(SyntaxFactory.Identifier(name))
                    .WithType(SyntaxFactory.ParseTypeName(CalendarDate).WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation));
                var index = newParameters.Parameters.TakeWhile(p => p.Default is null && !p.Modifiers.Any(SyntaxKind.ParamsKeyword)).Count();
                var updated = newParameters.WithParameters(newParameters.Parameters.Insert(index, parameter));
                newMember = newMember.ReplaceNode(newParameters, updated);
            }
            return document.WithSyntaxRoot(root.ReplaceNode(member, newMember));
        }

        private static string UniqueName(SemanticModel model, SyntaxNode at, ParameterListSyntax parameters)
        {
            var taken = model.LookupSymbols(at.SpanStart).Select(s => s.Name)
                .Concat(parameters.Parameters.Select(p => p.Identifier.ValueText))
                .ToImmutableHashSet();
            var name = ParameterName;
            for (var i = 2; taken.Contains(name); i++) name = ParameterName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return name;
        }
    }
}
