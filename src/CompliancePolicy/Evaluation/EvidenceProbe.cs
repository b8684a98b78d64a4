using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// A value worth showing as evidence for a clause: a field, parameter, let, lookup or function result that its
    /// conditions read. Probes are compiled with the clause and evaluated only when a report asks for evidence.
    /// </summary>
    internal sealed class EvidenceProbe
    {
        private EvidenceProbe(string expression, Func<Frame, object?> value)
        {
            Expression = expression;
            Value = value;
        }

        public string Expression { get; }
        public Func<Frame, object?> Value { get; }

        public static ImmutableArray<EvidenceProbe> Collect(BoundClauseBody clause, ExpressionCompiler compiler)
        {
            var found = new List<BoundExpression>();
            var roots = new[] { clause.AppliesWhen, clause.Requirement }.Concat(clause.Exceptions).Where(r => r != null);
            foreach (var root in roots) Walk(root!, found);
            return found
                .GroupBy(compiler.TextOf, StringComparer.Ordinal)
                .Select(g => new EvidenceProbe(g.Key, compiler.Boxed(g.First())))
                .ToImmutableArray();
        }

        private static void Walk(BoundExpression expression, List<BoundExpression> found)
        {
            if (BoundTree.HasFreeVariable(expression)) return;
            var role = RoleOf.Visit(expression);
            if (role != ProbeRole.None) found.Add(expression);
            if (role == ProbeRole.Read) return;
            foreach (var child in BoundTree.Children(expression)) Walk(child, found);
        }

        private static readonly ProbeRoles RoleOf = new ProbeRoles();

        /// <summary>What a node is worth as evidence.</summary>
        private enum ProbeRole
        {
            /// <summary>Not shown; what it is made of may be.</summary>
            None,

            /// <summary>A value read from the record, the parameters or the policy: shown, and nothing below it.</summary>
            Read,

            /// <summary>A value computed from others: shown, and so are the values it was computed from.</summary>
            Computed,
        }

        private sealed class ProbeRoles : BoundTreeVisitor<ProbeRole>
        {
            protected override ProbeRole DefaultVisit(BoundExpression node) => ProbeRole.None;
            protected override ProbeRole VisitFieldAccess(BoundFieldAccess node) => ProbeRole.Read;
            protected override ProbeRole VisitValueReference(BoundValueReference node) => ProbeRole.Read;
            protected override ProbeRole VisitAsOf(BoundAsOf node) => ProbeRole.Read;
            protected override ProbeRole VisitLifecycleValue(BoundLifecycleValue node) => ProbeRole.Read;
            protected override ProbeRole VisitHistory(BoundHistory node) => ProbeRole.Read;
            protected override ProbeRole VisitStreak(BoundStreak node) => ProbeRole.Read;
            protected override ProbeRole VisitLookup(BoundLookup node) => ProbeRole.Computed;
            protected override ProbeRole VisitCall(BoundCall node) => ProbeRole.Computed;
            protected override ProbeRole VisitQuantifier(BoundQuantifier node) => ProbeRole.Computed;
            protected override ProbeRole VisitClauseOutcome(BoundClauseOutcome node) => ProbeRole.Computed;
            protected override ProbeRole VisitFailureCount(BoundFailureCount node) => ProbeRole.Computed;
        }
    }
}
