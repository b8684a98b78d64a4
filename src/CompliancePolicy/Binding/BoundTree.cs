using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>The shape of bound expressions: each kind's direct sub-expressions, and walks built on them.</summary>
    internal static class BoundTree
    {
        private static readonly ChildrenVisitor ChildrenOf = new ChildrenVisitor();

        /// <summary>The direct sub-expressions of a node, in source order; throws on a node kind it does not know.</summary>
        public static ImmutableArray<BoundExpression> Children(BoundExpression node) => ChildrenOf.Visit(node);

        /// <summary>The node and every node below it, parents before children, in source order (without recursion: an
        /// <c>and</c> chain of thousands of terms is a deep tree).</summary>
        public static IEnumerable<BoundExpression> DescendantsAndSelf(BoundExpression root)
        {
            var stack = new Stack<BoundExpression>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                yield return node;
                var children = Children(node);
                for (var i = children.Length - 1; i >= 0; i--) stack.Push(children[i]);
            }
        }

        /// <summary>True when the expression reads a loop variable of an enclosing loop: it has no value outside that loop.</summary>
        public static bool HasFreeVariable(BoundExpression expression) => new FreeVariableVisitor(ImmutableHashSet<VariableSymbol>.Empty).Visit(expression);

        public static InvalidOperationException UnknownNode(BoundExpression node) =>
            new InvalidOperationException($"The bound tree has no node kind {node.GetType().Name}; an engine bug, not a policy error.");

        /// <summary>Knows every kind: a kind missing here reaches <see cref="DefaultVisit"/> and throws.</summary>
        private sealed class ChildrenVisitor : BoundTreeVisitor<ImmutableArray<BoundExpression>>
        {
            private static readonly ImmutableArray<BoundExpression> None = ImmutableArray<BoundExpression>.Empty;

            protected override ImmutableArray<BoundExpression> DefaultVisit(BoundExpression node) => throw UnknownNode(node);

            protected override ImmutableArray<BoundExpression> VisitError(BoundError node) => None;
            protected override ImmutableArray<BoundExpression> VisitLiteral(BoundLiteral node) => None;
            protected override ImmutableArray<BoundExpression> VisitFieldAccess(BoundFieldAccess node) => node.Target is null ? None : Of(node.Target);
            protected override ImmutableArray<BoundExpression> VisitValueReference(BoundValueReference node) => None;
            protected override ImmutableArray<BoundExpression> VisitVariable(BoundVariable node) => None;
            protected override ImmutableArray<BoundExpression> VisitAsOf(BoundAsOf node) => None;
            protected override ImmutableArray<BoundExpression> VisitNarrowed(BoundNarrowed node) => Of(node.Operand);
            protected override ImmutableArray<BoundExpression> VisitUnary(BoundUnary node) => Of(node.Operand);
            protected override ImmutableArray<BoundExpression> VisitBinary(BoundBinary node) => Of(node.Left, node.Right);
            protected override ImmutableArray<BoundExpression> VisitPresence(BoundPresence node) => Of(node.Operand);
            protected override ImmutableArray<BoundExpression> VisitCoalesce(BoundCoalesce node) => Of(node.Left, node.Right);
            protected override ImmutableArray<BoundExpression> VisitWithin(BoundWithin node) => Of(node.Operand, node.Distance, node.Anchor);
            protected override ImmutableArray<BoundExpression> VisitIn(BoundIn node) => Of(node.Operand, node.Collection);
            protected override ImmutableArray<BoundExpression> VisitQuantifier(BoundQuantifier node) => node.Condition is null ? Of(node.Collection) : Of(node.Collection, node.Condition);
            protected override ImmutableArray<BoundExpression> VisitComprehension(BoundComprehension node) => node.Condition is null ? Of(node.Collection, node.Projection) : Of(node.Collection, node.Condition, node.Projection);
            protected override ImmutableArray<BoundExpression> VisitList(BoundList node) => node.Items;
            protected override ImmutableArray<BoundExpression> VisitConditional(BoundConditional node) => Of(node.Condition, node.WhenTrue, node.WhenFalse);
            protected override ImmutableArray<BoundExpression> VisitCall(BoundCall node) => node.Arguments;
            protected override ImmutableArray<BoundExpression> VisitLookup(BoundLookup node) => Of(node.Argument);
            protected override ImmutableArray<BoundExpression> VisitClauseOutcome(BoundClauseOutcome node) => None;
            protected override ImmutableArray<BoundExpression> VisitFailureCount(BoundFailureCount node) => None;
            protected override ImmutableArray<BoundExpression> VisitInterpolatedString(BoundInterpolatedString node) => node.Parts.OfType<BoundExpression>().ToImmutableArray();
            protected override ImmutableArray<BoundExpression> VisitLifecycleValue(BoundLifecycleValue node) => None;
            protected override ImmutableArray<BoundExpression> VisitHistory(BoundHistory node) => None;
            protected override ImmutableArray<BoundExpression> VisitStreak(BoundStreak node) => None;

            private static ImmutableArray<BoundExpression> Of(params BoundExpression[] children) => ImmutableArray.Create(children);
        }

        /// <summary>Whether a variable not bound by a loop inside the expression is read; <c>bound</c> are the loops' variables so far.</summary>
        private sealed class FreeVariableVisitor : BoundTreeVisitor<bool>
        {
            private readonly ImmutableHashSet<VariableSymbol> _bound;

            public FreeVariableVisitor(ImmutableHashSet<VariableSymbol> bound) => _bound = bound;

            protected override bool DefaultVisit(BoundExpression node) => Children(node).Any(Visit);

            protected override bool VisitVariable(BoundVariable node) => !_bound.Contains(node.Variable);

            protected override bool VisitQuantifier(BoundQuantifier node) =>
                Visit(node.Collection) || (node.Condition != null && Inside(node.Variable).Visit(node.Condition));

            protected override bool VisitComprehension(BoundComprehension node) =>
                Visit(node.Collection)
                || (node.Condition != null && Inside(node.Variable).Visit(node.Condition))
                || Inside(node.Variable).Visit(node.Projection);

            private FreeVariableVisitor Inside(VariableSymbol loopVariable) => new FreeVariableVisitor(_bound.Add(loopVariable));
        }
    }
}
