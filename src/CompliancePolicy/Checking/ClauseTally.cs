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
        private readonly int[] _everyPolicyEvaluated;

        public ClauseTally(IReadOnlyList<PolicyInfo> policies)
        {
            _policies = policies;
            _failures = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _errors = policies.Select(p => new int[p.Policy.Clauses.Length]).ToArray();
            _evaluated = new int[policies.Count];
            _clauseIndex = policies.Select(p => p.Policy.Clauses.ToDictionary(c => c.Id, c => c.Index, System.StringComparer.Ordinal)).ToArray();
            _everyPolicyEvaluated = Enumerable.Range(0, policies.Count).Select(p => Mark(p, Evaluated, 0)).ToArray();
        }

        public void Add(RecordReport record) => Add(Marks(record));

        /// <summary>
        /// What a record adds to the tally, taken from its report on any thread, so a run need not keep the report until
        /// its turn: one mark per policy that evaluated the record and one per clause that failed or was in error.
        /// </summary>
        public int[] Marks(RecordReport record) => IsPlain(record) ? _everyPolicyEvaluated : NewMarks(record);

        /// <summary>True for the common record: every policy evaluated it and no clause failed or was in error. Its marks
        /// are always the same, so one array serves them all.</summary>
        private static bool IsPlain(RecordReport record)
        {
            foreach (var policy in record.Policies)
            {
                if (policy.Outcome == ReportOutcome.NotApplicable) return false;
                foreach (var clause in policy.Clauses)
                {
                    if (clause.Outcome == ClauseOutcome.Fail || clause.Outcome == ClauseOutcome.Error) return false;
                }
            }
            return true;
        }

        private int[] NewMarks(RecordReport record)
        {
            var marks = new List<int>(2);
            for (var p = 0; p < record.Policies.Count; p++)
            {
                var policy = record.Policies[p];
                if (policy.Outcome == ReportOutcome.NotApplicable) continue;
                marks.Add(Mark(p, Evaluated, 0));
                // A report of failures leaves passing clauses out; failed and error ones are always there.
                foreach (var clause in policy.Clauses)
                {
                    if (clause.Outcome == ClauseOutcome.Fail) marks.Add(Mark(p, Failed, _clauseIndex[p][clause.Id]));
                    else if (clause.Outcome == ClauseOutcome.Error) marks.Add(Mark(p, Errored, _clauseIndex[p][clause.Id]));
                }
            }
            return marks.ToArray();
        }

        public void Add(int[] marks)
        {
            foreach (var mark in marks)
            {
                var policy = mark >> 18;
                var clause = mark & 0xFFFF;
                switch ((mark >> 16) & 3)
                {
                    case Evaluated: _evaluated[policy]++; break;
                    case Failed: _failures[policy][clause]++; break;
                    case Errored: _errors[policy][clause]++; break;
                    default: throw new System.InvalidOperationException($"Unknown tally mark {mark}.");
                }
            }
        }

        private const int Evaluated = 0;
        private const int Failed = 1;
        private const int Errored = 2;

        /// <summary>A policy index (up to 8,191), a kind and a clause index (up to 65,535) in one int.</summary>
        private static int Mark(int policy, int kind, int clause) =>
            policy < 1 << 13 && clause < 1 << 16 ? (policy << 18) | (kind << 16) | clause
            : throw new System.NotSupportedException($"A run of more than 8,191 policies or a policy of more than 65,535 clauses cannot be tallied.");

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
