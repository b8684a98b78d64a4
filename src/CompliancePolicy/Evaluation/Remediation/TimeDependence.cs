using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// Which clauses can change outcome as time passes with nothing else changing: those that read the evaluation date,
    /// a lifecycle or the event history, directly or through lets, decisions and other clauses' outcomes.
    /// </summary>
    internal static class TimeDependence
    {
        public static bool[] OfClauses(BoundPolicy policy)
        {
            var reads = new ReadsTime(policy, asOfOnly: false);
            return policy.Clauses.Select(reads.Clause).ToArray();
        }

        /// <summary>
        /// Per clause, whether its conditions read <c>as_of</c> itself, directly or through lets, decisions and other
        /// clauses' outcomes: only those have comparisons with the date that an outlook can invert.
        /// </summary>
        public static bool[] ComparingAsOf(BoundPolicy policy)
        {
            var reads = new ReadsTime(policy, asOfOnly: true);
            return policy.Clauses.Select(reads.Clause).ToArray();
        }

        private sealed class ReadsTime : BoundTreeVisitor<bool>
        {
            private readonly BoundPolicy _policy;
            private readonly bool _asOfOnly;
            private readonly Dictionary<object, bool> _known = new Dictionary<object, bool>();

            public ReadsTime(BoundPolicy policy, bool asOfOnly)
            {
                _policy = policy;
                _asOfOnly = asOfOnly;
            }

            public bool Clause(ClauseSymbol clause) => Memoized(clause, () =>
            {
                var body = _policy.ClauseBodies[clause];
                return new[] { body.AppliesWhen, body.Requirement }.Concat(body.Exceptions).Any(e => e != null && Visit(e));
            });

            protected override bool DefaultVisit(BoundExpression node) => BoundTree.Children(node).Any(Visit);
            protected override bool VisitAsOf(BoundAsOf node) => true;
            protected override bool VisitLifecycleValue(BoundLifecycleValue node) => !_asOfOnly;
            protected override bool VisitHistory(BoundHistory node) => !_asOfOnly;
            protected override bool VisitStreak(BoundStreak node) => !_asOfOnly;
            protected override bool VisitClauseOutcome(BoundClauseOutcome node) => Clause(node.Clause);
            protected override bool VisitFailureCount(BoundFailureCount node) => !_asOfOnly && _policy.Clauses.Where(c => c.Severity <= node.AtLeast).Any(Clause);

            protected override bool VisitValueReference(BoundValueReference node) =>
                _policy.Values.TryGetValue(node.Symbol, out var value) && Memoized(node.Symbol, () => Visit(value));

            /// <summary>Each symbol once; one met again while it is being visited (a cycle the binder reported) adds nothing.</summary>
            private bool Memoized(object symbol, System.Func<bool> compute)
            {
                if (_known.TryGetValue(symbol, out var known)) return known;
                _known[symbol] = false;
                return _known[symbol] = compute();
            }
        }
    }
}
