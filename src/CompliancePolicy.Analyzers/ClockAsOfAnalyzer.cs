using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// CP5001: the as-of date of <c>Policy.Evaluate</c> comes from the machine clock (<c>DateTime.Today</c> and kin),
    /// directly or through a local variable, so the same call decides differently tomorrow.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class ClockAsOfAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxLocalHops = 4;

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(HostRules.ClockAsOf);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                var types = HostTypes.From(start.Compilation);
                if (types is null) return;
                // Syntax filtered by name before anything is bound: only calls spelled Evaluate, only names spelled like a clock.
                start.RegisterSyntaxNodeAction(node => Analyze(node, types), SyntaxKind.InvocationExpression);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, HostTypes types)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (HostTypes.CalledName(invocation) != "Evaluate") return;
            if (!(context.SemanticModel.GetSymbolInfo(invocation, context.CancellationToken).Symbol is IMethodSymbol method) || !types.IsEvaluate(method)) return;
            var asOf = HostTypes.ArgumentFor(invocation, method, "asOf");
            if (asOf is null) return;

            var clock = FindClock(asOf.Expression, types, context.SemanticModel, new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default), 0, context.CancellationToken);
            if (clock is null) return;
            context.ReportDiagnostic(Diagnostic.Create(
                HostRules.ClockAsOf,
                clock.Value.Syntax.GetLocation(),
                additionalLocations: new[] { asOf.Expression.GetLocation() },
                properties: null,
                $"{clock.Value.Property.ContainingType.Name}.{clock.Value.Property.Name}",
                method.Name));
        }

        /// <summary>A clock read inside the expression, or inside the initializer of a local it reads.</summary>
        private static (ExpressionSyntax Syntax, IPropertySymbol Property)? FindClock(
            ExpressionSyntax expression, HostTypes types, SemanticModel model, HashSet<ILocalSymbol> visited, int hops, System.Threading.CancellationToken cancellationToken)
        {
            foreach (var node in expression.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
            {
                var name = node.Identifier.ValueText;
                var target = node.Parent is MemberAccessExpressionSyntax member && member.Name == node ? member : (ExpressionSyntax)node;
                if (HostTypes.IsClockName(name))
                {
                    if (model.GetSymbolInfo(node, cancellationToken).Symbol is IPropertySymbol property && types.IsClock(property)) return (target, property);
                    continue;
                }
                if (!(node is IdentifierNameSyntax) || target != node || hops >= MaxLocalHops) continue;
                if (!(model.GetSymbolInfo(node, cancellationToken).Symbol is ILocalSymbol local) || !visited.Add(local)) continue;
                if (local.DeclaringSyntaxReferences.Length != 1) continue;
                var declarator = local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) as VariableDeclaratorSyntax;
                if (declarator?.Initializer is null || declarator.SyntaxTree != model.SyntaxTree) continue;
                if (FindClock(declarator.Initializer.Value, types, model, visited, hops + 1, cancellationToken) is { } found) return found;
            }
            return null;
        }
    }
}
