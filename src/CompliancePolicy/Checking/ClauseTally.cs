using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>Counts, per policy and clause, the records that failed it or could not evaluate it, for the summary's table of failures.</summary>
    internal sealed class ClauseTally
    {
        private readonly IReadOnlyList<PolicyInfo> _policies;
        private readonly int[][] _failures;
        private readonly int[][] _errors;
        private readonly int[] _evaluated;

        public ClauseTally(IReadOnlyList<PolicyInfo> policies)
        {
            _policies = policies;
            _failures = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _errors = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _evaluated = new int[policies.Count];
        }

        public void Add(RecordReport record)
        {
            for (var p = 0; p < record.Policies.Count; p++)
            {
                var policy = record.Policies[p];
                if (policy.Outcome == ReportOutcome.NotApplicable) continue;
                _evaluated[p]++;
                // Reports may leave passing clauses out later (--detail), but the run's reports hold every clause in order.
                for (var c = 0; c < policy.Clauses.Count; c++)
                {
                    var outcome = policy.Clauses[c].Outcome;
                    if (outcome == ClauseOutcome.Fail) _failures[p][c]++;
                    else if (outcome == ClauseOutcome.Error) _errors[p][c]++;
                }
            }
        }

        /// <summary>Every clause that failed or was in error for some record, most failures first (then most errors, then the policy's order).</summary>
        public IReadOnlyList<ClauseFailures> Rows()
        {
            var rows = new List<(ClauseFailures Row, int Order)>();
            for (var p = 0; p < _policies.Count; p++)
            {
                var clauses = _policies[p].Policy.Clauses;
                for (var c = 0; c < clauses.Length; c++)
                {
                    if (_failures[p][c] == 0 && _errors[p][c] == 0) continue;
                    rows.Add((new ClauseFailures(_policies[p], clauses[c], _failures[p][c], _errors[p][c], _evaluated[p]), rows.Count));
                }
            }
            return rows.OrderByDescending(r => r.Row.Failures).ThenByDescending(r => r.Row.Errors).ThenBy(r => r.Order).Select(r => r.Row).ToArray();
        }
    }
}
