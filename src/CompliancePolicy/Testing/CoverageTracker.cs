using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// What the tests of one policy check. A clause is covered when a test states an expectation about it; a
    /// transition when it fires for a record of a test that states an expectation about its lifecycle (a transition
    /// that fires where nobody looks at the state is exercised, not checked).
    /// </summary>
    internal sealed class CoverageTracker
    {
        private readonly Policy _policy;
        private readonly bool[] _expected;
        private readonly SortedSet<ClauseOutcome>[] _seen;
        private readonly bool[] _lifecycleExpected;
        private readonly bool[][] _checked;
        private readonly bool[][] _fired;

        public CoverageTracker(Policy policy)
        {
            _policy = policy;
            _expected = new bool[policy.Clauses.Length];
            _seen = policy.Clauses.Select(_ => new SortedSet<ClauseOutcome>()).ToArray();
            _lifecycleExpected = new bool[policy.Lifecycles.Length];
            _checked = policy.Lifecycles.Select(l => new bool[l.Transitions.Length]).ToArray();
            _fired = policy.Lifecycles.Select(l => new bool[l.Transitions.Length]).ToArray();
        }

        /// <summary>Records one evaluation of a test: the clause outcomes it produced and the transitions that fired.</summary>
        public void Saw(RecordEvaluation evaluation, IEnumerable<LifecycleSymbol> expectedLifecycles)
        {
            foreach (var clause in evaluation.Clauses) _seen[clause.Clause.Index].Add(clause.Outcome);
            var expected = new HashSet<LifecycleSymbol>(expectedLifecycles);
            foreach (var outcome in evaluation.Lifecycles)
            {
                if (outcome.Result is null) continue;
                var lifecycle = _policy.Lifecycles.IndexOf(outcome.Lifecycle);
                foreach (var entry in outcome.Result.Timeline)
                {
                    if (entry.Transition is null) continue;
                    var transition = outcome.Lifecycle.Transitions.IndexOf(entry.Transition);
                    if (lifecycle < 0 || transition < 0) continue;
                    _fired[lifecycle][transition] = true;
                    if (expected.Contains(outcome.Lifecycle)) _checked[lifecycle][transition] = true;
                }
            }
        }

        /// <summary>Records what a test states expectations about, whether or not it could run.</summary>
        public void Expect(IEnumerable<ClauseSymbol> clauses, IEnumerable<LifecycleSymbol> lifecycles)
        {
            foreach (var clause in clauses) _expected[clause.Index] = true;
            foreach (var lifecycle in lifecycles)
            {
                var index = _policy.Lifecycles.IndexOf(lifecycle);
                if (index >= 0) _lifecycleExpected[index] = true;
            }
        }

        public PolicyCoverage ToResult() =>
            new PolicyCoverage(_policy,
                _policy.Clauses.Select(c => new ClauseCoverage(c, _expected[c.Index], _seen[c.Index].ToArray())).ToArray(),
                _policy.Lifecycles.Select((l, i) => new LifecycleCoverage(l, _lifecycleExpected[i],
                    l.Transitions.Select((t, j) => new TransitionCoverage(t, _checked[i][j], _fired[i][j])).ToArray())).ToArray());
    }
}
