using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// What remedies and outlooks work out once per policy and share between records and threads. From the policy alone:
    /// which clauses compare with <c>as_of</c> at all (for the others no date follows from inverting a comparison), and
    /// which lifecycles replay up to the as-of date the same whatever date they are evaluated on (those, in a state no
    /// transition leaves, change nothing up to the horizon). Met as records come: what an expression reads, asked of the
    /// same nodes for every record, and the remedies that depend on nothing but a lifecycle's state.
    /// </summary>
    internal sealed class RemediationCache
    {
        private readonly BoundPolicy _policy;
        private readonly bool[] _clausesCompareAsOf;
        private readonly bool[] _lifecyclesReplayAlike;
        private readonly HashSet<LifecycleState> _stateNothingLeaves;
        private readonly ConcurrentDictionary<StateComparison, Remedy> _stateRemedies = new ConcurrentDictionary<StateComparison, Remedy>();
        private readonly ConcurrentDictionary<BoundExpression, bool> _readsInput = new ConcurrentDictionary<BoundExpression, bool>();
        private readonly ConcurrentDictionary<BoundLookupBody, bool[]> _armsReadingKey = new ConcurrentDictionary<BoundLookupBody, bool[]>();

        public RemediationCache(BoundPolicy policy)
        {
            _policy = policy;
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

        /// <summary>Whether the expression reads anything of the record: a field, a let or decision, a lifecycle, the history.</summary>
        public bool ReadsInput(BoundExpression expression) =>
            _readsInput.TryGetValue(expression, out var reads) ? reads : _readsInput.GetOrAdd(expression, ReadsInputOf);

        /// <summary>Per arm of a table or tiers, whether its result reads the key (then it is not one value for the whole arm).</summary>
        public bool[] ArmsReadingKey(BoundLookupBody body) =>
            _armsReadingKey.TryGetValue(body, out var arms) ? arms : _armsReadingKey.GetOrAdd(body, ArmsReadingKeyOf);

        private static bool ReadsInputOf(BoundExpression expression) =>
            BoundTree.DescendantsAndSelf(expression).Any(n =>
                n is BoundFieldAccess || n is BoundVariable || n is BoundLifecycleValue || n is BoundHistory || n is BoundStreak
                || n is BoundClauseOutcome || n is BoundFailureCount
                || (n is BoundValueReference reference && !(reference.Symbol is ParameterSymbol)));

        private static bool[] ArmsReadingKeyOf(BoundLookupBody body) =>
            body.Arms.Select(arm => arm.Result.Value != null
                && BoundTree.DescendantsAndSelf(arm.Result.Value).Any(n => n is BoundVariable v && v.Variable == body.Key)).ToArray();

        /// <summary>
        /// The remedy for a comparison of a lifecycle's state with a state named in the policy, made the first time a
        /// record is in <see cref="StateComparison.Now"/>: it depends on nothing else, and a remedy never changes.
        /// </summary>
        public Remedy StateRemedy(StateComparison comparison, Func<BoundPolicy, StateComparison, Remedy> derive) =>
            _stateRemedies.TryGetValue(comparison, out var known) ? known : AddStateRemedy(comparison, derive);

        // Apart from the look-up: the closure is made on entering the method that holds it, and most calls find the remedy.
        private Remedy AddStateRemedy(StateComparison comparison, Func<BoundPolicy, StateComparison, Remedy> derive) =>
            _stateRemedies.GetOrAdd(comparison, c => derive(_policy, c));

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

    /// <summary><c>lifecycle.state = lifecycle.named</c> (or, when not <see cref="Equal"/>, <c>!=</c>) for a record in state <see cref="Now"/>.</summary>
    internal readonly struct StateComparison : IEquatable<StateComparison>
    {
        public StateComparison(LifecycleSymbol lifecycle, string named, bool equal, LifecycleState now)
        {
            Lifecycle = lifecycle;
            Named = named;
            Equal = equal;
            Now = now;
        }

        public LifecycleSymbol Lifecycle { get; }
        public string Named { get; }
        public bool Equal { get; }
        public LifecycleState Now { get; }

        public bool Equals(StateComparison other) =>
            ReferenceEquals(Lifecycle, other.Lifecycle) && Named == other.Named && Equal == other.Equal && ReferenceEquals(Now, other.Now);

        public override bool Equals(object? obj) => obj is StateComparison other && Equals(other);

        public override int GetHashCode() => ((Lifecycle.GetHashCode() * 31 + Named.GetHashCode()) * 31 + Now.GetHashCode()) * 2 + (Equal ? 1 : 0);
    }
}
