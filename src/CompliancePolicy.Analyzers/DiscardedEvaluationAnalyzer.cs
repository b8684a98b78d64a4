using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>CP5002: <c>policy.Evaluate(...)</c> used as a statement: its verdicts are thrown away.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DiscardedEvaluationAnalyzer : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(HostRules.DiscardedEvaluation);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = HostTypes.Lazily(start.Compilation);
                start.RegisterSyntaxNodeAction(node =>
                {
                    var statement = (ExpressionStatementSyntax)node.Node;
                    if (!(statement.Expression is InvocationExpressionSyntax invocation) || HostTypes.CalledName(invocation) != "Evaluate") return;
                    if (types.Value is { } host && node.SemanticModel.GetSymbolInfo(invocation, node.CancellationToken).Symbol is IMethodSymbol method && host.IsEvaluate(method))
                        node.ReportDiagnostic(Diagnostic.Create(HostRules.DiscardedEvaluation, invocation.GetLocation(), method.Name));
                }, SyntaxKind.ExpressionStatement);
            });
        }
    }
}
