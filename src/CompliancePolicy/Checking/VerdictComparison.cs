using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Diff;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Compares one record's evaluations under the old and new version of one policy: the verdict, each clause's outcome
    /// (by ID), each decision's value and each lifecycle's state (by name). A clause in one version only counts when it
    /// fails or is in error there: one that passes or does not apply changes no verdict.
    /// </summary>
    internal static class VerdictComparison
    {
        public const string Absent = "absent";

        /// <summary>What differs, or null when nothing does. An evaluation is null where the version has no such policy
        /// (<paramref name="oldPresent"/> false) or the record does not fit its schema.</summary>
        public static PolicyVerdictDiff? Compare(string title, bool oldPresent, RecordEvaluation? old, bool newPresent, RecordEvaluation? @new, Severity reportAt)
        {
            var oldOutcome = Outcome(oldPresent, old, reportAt);
            var newOutcome = Outcome(newPresent, @new, reportAt);
            var clauses = Clauses(old, @new);
            var decisions = Values(old?.Decisions.Select(d => (d.Name, Decision(d))), @new?.Decisions.Select(d => (d.Name, Decision(d))));
            var lifecycles = Values(old?.Lifecycles.Select(l => (l.Lifecycle.Name, Lifecycle(l))), @new?.Lifecycles.Select(l => (l.Lifecycle.Name, Lifecycle(l))));
            if (oldOutcome == newOutcome && clauses.Count == 0 && decisions.Count == 0 && lifecycles.Count == 0) return null;
            return new PolicyVerdictDiff(title, oldOutcome, newOutcome, clauses, decisions, lifecycles);
        }

        private static string Outcome(bool present, RecordEvaluation? evaluation, Severity reportAt)
        {
            if (!present) return Absent;
            if (evaluation is null) return ReportNames.Of(ReportOutcome.NotApplicable);
            switch (evaluation.OutcomeAt(reportAt))
            {
                case RecordOutcome.NonCompliant: return ReportNames.Of(ReportOutcome.NonCompliant);
                case RecordOutcome.Error: return ReportNames.Of(ReportOutcome.Error);
                default: return ReportNames.Of(ReportOutcome.Compliant);
            }
        }

        private static List<ClauseChange> Clauses(RecordEvaluation? old, RecordEvaluation? @new)
        {
            var before = (old?.Clauses ?? new ClauseResult[0]).ToDictionary(c => c.Clause.Id);
            var after = (@new?.Clauses ?? new ClauseResult[0]).ToDictionary(c => c.Clause.Id);
            var changes = new List<ClauseChange>();
            foreach (var id in after.Keys.Concat(before.Keys.Where(k => !after.ContainsKey(k))))
            {
                before.TryGetValue(id, out var was);
                after.TryGetValue(id, out var now);
                var oldOutcome = was is null ? Absent : ReportNames.Of(was.Outcome);
                var newOutcome = now is null ? Absent : ReportNames.Of(now.Outcome);
                if (oldOutcome == newOutcome || Silent(oldOutcome, newOutcome)) continue;
                var clause = (now ?? was)!;
                var remedy = now != null && now.Outcome == ClauseOutcome.Fail ? now.Remediation.Remedy : null;
                changes.Add(new ClauseChange(id, clause.Clause.Title, clause.Clause.Severity, oldOutcome, newOutcome, clause.Message, remedy));
            }
            return changes;
        }

        /// <summary>A clause one version does not have, that passes or does not apply in the other: no verdict changes.</summary>
        private static bool Silent(string oldOutcome, string newOutcome)
        {
            var quiet = new[] { ReportNames.Of(ClauseOutcome.Pass), ReportNames.Of(ClauseOutcome.NotApplicable) };
            return (oldOutcome == Absent && quiet.Contains(newOutcome)) || (newOutcome == Absent && quiet.Contains(oldOutcome));
        }

        private static List<ValueChange> Values(IEnumerable<(string Name, string Value)>? old, IEnumerable<(string Name, string Value)>? @new)
        {
            var changes = new List<ValueChange>();
            if (old is null || @new is null) return changes;
            var before = old.ToDictionary(v => v.Name, v => v.Value);
            foreach (var (name, value) in @new)
            {
                if (before.TryGetValue(name, out var was) && was != value) changes.Add(new ValueChange(name, was, value));
            }
            return changes;
        }

        private static string Decision(DecisionResult decision) => decision.IsError ? "error: " + decision.Error : ValueFormatter.Format(decision.Value);

        private static string Lifecycle(LifecycleOutcome lifecycle) =>
            lifecycle.Result is null ? "error: " + lifecycle.Error : $"{lifecycle.Result.State.Name} since {lifecycle.Result.Since}";
    }
}
