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
                var types = HostTypes.Lazily(start.Compilation);
                // Syntax filtered by name before anything is bound: only calls spelled Evaluate, only names spelled like a clock.
                start.RegisterSyntaxNodeAction(node => Analyze(node, types), SyntaxKind.InvocationExpression);
            });
        }

        private static void Analyze(SyntaxNodeAnalysisContext context, System.Lazy<HostTypes?> lazyTypes)
        {
            var invocation = (InvocationExpressionSyntax)context.Node;
            if (HostTypes.CalledName(invocation) != "Evaluate" || !MayReadClock(invocation) || !(lazyTypes.Value is { } types)) return;
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

        /// <summary>
        /// Whether, by spelling alone, an argument could read the clock: a clock name in it, or in the initializer of
        /// a variable of a name it reads, declared in the same member (as many hops as <see cref="FindClock"/> follows).
        /// Binding the call is most of this rule's cost, and most calls pass a date that never names a clock.
        /// </summary>
        private static bool MayReadClock(InvocationExpressionSyntax invocation)
        {
            SyntaxNode scope = invocation.FirstAncestorOrSelf<MemberDeclarationSyntax>() is { } member && !(member is GlobalStatementSyntax)
                ? member
                : invocation.SyntaxTree.GetRoot();
            ILookup<string, ExpressionSyntax>? initializers = null;
            var followed = new HashSet<ExpressionSyntax>();
            var pending = new Queue<(ExpressionSyntax Expression, int Hops)>(invocation.ArgumentList.Arguments.Select(a => (a.Expression, 0)));
            while (pending.Count > 0)
            {
                var (expression, hops) = pending.Dequeue();
                foreach (var name in expression.DescendantNodesAndSelf().OfType<SimpleNameSyntax>())
                {
                    if (HostTypes.IsClockName(name.Identifier.ValueText)) return true;
                    if (!(name is IdentifierNameSyntax) || hops >= MaxLocalHops) continue;
                    initializers ??= scope.DescendantNodes()
                        .OfType<VariableDeclaratorSyntax>()
                        .Where(d => d.Initializer != null)
                        .ToLookup(d => d.Identifier.ValueText, d => d.Initializer!.Value);
                    foreach (var initializer in initializers[name.Identifier.ValueText])
                    {
                        if (followed.Add(initializer)) pending.Enqueue((initializer, hops + 1));
                    }
                }
            }
            return false;
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
