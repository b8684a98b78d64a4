using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// What an outlook need not compute, known from the policy alone: which clauses compare with <c>as_of</c> at all (for
    /// the others no date follows from inverting a comparison), and which lifecycles replay up to the as-of date the same
    /// whatever date they are evaluated on (those, in a state no transition leaves, change nothing up to the horizon).
    /// </summary>
    internal sealed class OutlookShortcuts
    {
        private readonly bool[] _clausesCompareAsOf;
        private readonly bool[] _lifecyclesReplayAlike;
        private readonly HashSet<LifecycleState> _stateNothingLeaves;

        public OutlookShortcuts(BoundPolicy policy)
        {
            _clausesCompareAsOf = TimeDependence.ComparingAsOf(policy);
            _lifecyclesReplayAlike = policy.Lifecycles.Select(l => ReplaysAlike(policy.LifecycleBodies[l])).ToArray();
            _stateNothingLeaves = new HashSet<LifecycleState>(policy.Lifecycles.SelectMany(l => l.States.Where(s => !l.Transitions.Any(t => t.Leaves(s)))));
        }

        /// <summary>Whether a condition of the clause (or a let, decision or clause it reads) compares with <c>as_of</c>.</summary>
        public bool ComparesAsOf(ClauseSymbol clause) => _clausesCompareAsOf[clause.Index];

        /// <summary>
        /// Whether the lifecycle, replayed to a later date, goes through the states it went through up to the as-of date
        /// and then stays in <paramref name="state"/>: the replay reads the date nowhere, and no transition leaves the state.
        /// </summary>
        public bool StaysIn(LifecycleSymbol lifecycle, LifecycleState state) =>
            _lifecyclesReplayAlike[lifecycle.Index] && _stateNothingLeaves.Contains(state);

        /// <summary>
        /// A replay reads the events it has replayed so far (history and streaks in its conditions), the record's fields
        /// and the parameters: the same up to any date. The date itself, other lifecycles, lets, decisions, lookups and
        /// clause outcomes are evaluated at the frame's date, so a lifecycle that reads one of them is not counted alike.
        /// </summary>
        private static bool ReplaysAlike(BoundLifecycleBody body)
        {
            var expressions = new List<BoundExpression> { body.StartDate };
            expressions.AddRange(body.DeadlineDurations.Values);
            foreach (var transition in body.Transitions.Values)
            {
                if (transition.Duration != null) expressions.Add(transition.Duration);
                if (transition.Condition != null) expressions.Add(transition.Condition);
            }
            return !expressions.SelectMany(BoundTree.DescendantsAndSelf).Any(ReadsTheFramesDate);
        }

        private static bool ReadsTheFramesDate(BoundExpression node) =>
            node is BoundAsOf || node is BoundLifecycleValue || node is BoundClauseOutcome || node is BoundFailureCount || node is BoundLookup
            || (node is BoundValueReference reference && !(reference.Symbol is ParameterSymbol));
    }
}
