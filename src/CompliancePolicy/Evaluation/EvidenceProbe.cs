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
            switch (expression)
            {
                case BoundFieldAccess _:
                case BoundValueReference _:
                case BoundAsOf _:
                case BoundLifecycleValue _:
                case BoundHistory _:
                case BoundStreak _:
                    found.Add(expression);
                    return;
                case BoundLookup _:
                case BoundCall _:
                case BoundQuantifier _:
                case BoundClauseOutcome _:
                case BoundFailureCount _:
                    found.Add(expression);
                    break;
            }
            foreach (var child in BoundTree.Children(expression)) Walk(child, found);
        }
    }
}
