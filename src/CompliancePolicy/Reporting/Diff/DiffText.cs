using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax.Differencing;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>The sentences every diff report shares, so text and Markdown say the same thing in the same words.</summary>
    internal static class DiffText
    {
        /// <summary>The option that allows new failures, named where the result says the gate failed.</summary>
        public const string AllowOption = "--fail-on-new-failures false";

        /// <summary>"1 record that passed now fails: exit code 1 (allow it with --fail-on-new-failures false)".</summary>
        public static string Result(DiffSummary summary)
        {
            if (summary.HasInputErrors) return $"input errors: exit code {summary.ExitCode}";
            if (summary.NewFailures == 0) return $"no record that passed now fails: exit code {summary.ExitCode}";
            var records = summary.NewFailures == 1 ? "1 record that passed now fails" : $"{summary.NewFailures} records that passed now fail";
            return summary.FailOnNewFailures
                ? $"{records}: exit code {summary.ExitCode} (allow it with {AllowOption})"
                : $"{records}, allowed by {AllowOption}: exit code {summary.ExitCode}";
        }

        /// <summary>"9 records compared in 1 file: 3 changed, 1 new failure, 0 no longer failing".</summary>
        public static string Counts(DiffSummary summary)
        {
            var records = summary.Records == 1 ? "1 record" : $"{summary.Records} records";
            var files = summary.Files == 1 ? "1 file" : $"{summary.Files} files";
            var failures = summary.NewFailures == 1 ? "1 new failure" : $"{summary.NewFailures} new failures";
            var unreadable = summary.Unreadable == 0 ? string.Empty : $", {summary.Unreadable} unreadable";
            return $"{records} compared in {files}: {summary.Changed} changed, {failures}, {summary.Fixed} no longer failing{unreadable}";
        }

        /// <summary>"After-sales service certification 1.0.0 → 1.1.0", "... (added)", "... (removed)".</summary>
        public static string Policy(PolicyPair policy)
        {
            if (policy.Presence != null) return $"{policy.Title} ({policy.Presence})";
            return policy.OldVersion == policy.NewVersion
                ? policy.Title + (policy.NewVersion is null ? string.Empty : " " + policy.NewVersion)
                : $"{policy.Title} {policy.OldVersion ?? "-"} → {policy.NewVersion ?? "-"}";
        }

        /// <summary>A structural change as lines: its description, then the whole text of an added or removed declaration or member, indented.</summary>
        public static IEnumerable<string> Change(StructuralChange change)
        {
            if (change.Part != null)
            {
                yield return change.Describe();
                yield break;
            }
            yield return change.Describe() + ":";
            foreach (var line in (change.NewText ?? change.OldText ?? string.Empty).Split('\n')) yield return "  " + line;
        }

        /// <summary>"compliant → non-compliant", or "still non-compliant" when only clauses, decisions or lifecycles changed.</summary>
        public static string Verdict(PolicyVerdictDiff policy) =>
            policy.OldOutcome == policy.NewOutcome ? "still " + policy.NewOutcome : policy.OldOutcome + " → " + policy.NewOutcome;

        /// <summary>What a changed clause's line says: "DAYS-1 [major] pass → fail: the message".</summary>
        public static string Clause(ClauseChange clause) =>
            $"{clause.Id} [{ReportNames.Of(clause.Severity)}] {clause.Kind}" + (clause.Message is null ? string.Empty : ": " + clause.Message);
    }
}
