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
        private readonly Dictionary<string, int>[] _clauseIndex;

        public ClauseTally(IReadOnlyList<PolicyInfo> policies)
        {
            _policies = policies;
            _failures = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _errors = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _evaluated = new int[policies.Count];
            _clauseIndex = policies.Select(p => p.Policy.Clauses.ToDictionary(c => c.Id, c => c.Index, System.StringComparer.Ordinal)).ToArray();
        }

        public void Add(RecordReport record)
        {
            for (var p = 0; p < record.Policies.Count; p++)
            {
                var policy = record.Policies[p];
                if (policy.Outcome == ReportOutcome.NotApplicable) continue;
                _evaluated[p]++;
                // A report of failures leaves passing clauses out; failed and error ones are always there.
                foreach (var clause in policy.Clauses)
                {
                    if (clause.Outcome == ClauseOutcome.Fail) _failures[p][_clauseIndex[p][clause.Id]]++;
                    else if (clause.Outcome == ClauseOutcome.Error) _errors[p][_clauseIndex[p][clause.Id]]++;
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
