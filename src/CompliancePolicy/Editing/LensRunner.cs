using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Configuration;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Testing;
using CompliancePolicy.Values;

namespace CompliancePolicy.Editing
{
    /// <summary>The outcome of a lens: a summary for the user and notes placed on each clause and lifecycle of the policy.</summary>
    internal sealed record LensOutcome(string Summary, IReadOnlyList<EditorNote> Notes);

    /// <summary>
    /// Runs what the code lenses offer, for a whole policy at once (a lens on one clause runs its policy and shows every
    /// clause's result): the policy's tests, found under the workspace folder, and an evaluation of the records that
    /// <c>compliance.json</c> names. Results are notes, which an editor shows as information diagnostics and hovers.
    /// </summary>
    internal static class LensRunner
    {
        public const string TestsSource = "tests";
        public const string EvaluateSource = "evaluate";

        /// <summary>Runs the <c>*.policytest.json</c> files under the folder and reports those of this policy (tests read the saved files).</summary>
        public static LensOutcome RunTests(PolicyAnalysis analysis, string folder, CancellationToken cancellationToken = default)
        {
            var title = analysis.Documents.Select(d => d.Title).FirstOrDefault(t => t != null);
            var run = PolicyTestRunner.Run(new[] { folder }, cancellationToken);
            var results = run.Results.Where(r => r.Policy == title).ToArray();
            var coverage = run.Coverage.FirstOrDefault(c => c.Policy.Name == title);
            if (results.Length == 0)
            {
                var problem = run.Problems.Select(p => p.ToString()).Concat(run.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())).FirstOrDefault();
                var why = problem ?? $"no {PolicyTestRunner.FilePattern} under {folder} tests policy '{title}'";
                return Everywhere(analysis, TestsSource, "Tests: none ran: " + why);
            }
            var passed = results.Count(r => r.Passed);
            var summary = $"Tests: {passed} passed, {results.Length - passed} failed";
            var notes = new List<EditorNote>();
            foreach (var (target, location) in Targets(analysis))
            {
                var failures = results.SelectMany(r => r.Failures).Where(f => f.Subject == target).ToArray();
                var covered = coverage?.Clauses.FirstOrDefault(c => c.Clause.Id == target) is { } clause ? clause.HasExpectation
                    : coverage?.Lifecycles.FirstOrDefault(l => l.Lifecycle.Name == target) is { } lifecycle && lifecycle.HasExpectation;
                var detail = failures.Length > 0 ? $"; {target}: {failures.Length} expectation(s) failed, first: expected {failures[0].Expected}, actual {failures[0].Actual}{For(failures[0].RecordId)}"
                    : covered ? $"; {target} is checked by the tests" : $"; no test checks {target}";
                notes.Add(new EditorNote(location, TestsSource, summary + detail));
            }
            return new LensOutcome(summary, notes);
        }

        /// <summary>Evaluates the records the settings name against the policy as written in the editor.</summary>
        public static LensOutcome Evaluate(PolicyAnalysis analysis, RecordsSettings settings, CalendarDate today, CancellationToken cancellationToken = default)
        {
            if (settings.Files.Count == 0)
                return Everywhere(analysis, EvaluateSource, $"Evaluate: name record files in {ComplianceSettings.FileName} ({{\"records\": {{\"files\": [\"records.json\"]}}}})");
            var policy = analysis.Compilation.Policies.FirstOrDefault();
            if (policy is null) return Everywhere(analysis, EvaluateSource, "Evaluate: the policy has errors; fix them first");
            var parameters = policy.WithParameters(settings.Parameters, out var problems);
            if (problems.Count > 0) return Everywhere(analysis, EvaluateSource, "Evaluate: " + problems[0].Message);
            var asOf = settings.AsOf ?? today;
            var evaluations = new List<(string Id, RecordEvaluation Evaluation)>();
            var unreadable = 0;
            foreach (var file in settings.Files)
            {
                foreach (var read in ReadRecords(file, policy, cancellationToken))
                {
                    if (read.Record is null) unreadable++;
                    else evaluations.Add((IdOf(read, policy), policy.Evaluate(read.Record, asOf, parameters)));
                }
            }
            var summary = $"Evaluate as of {asOf}: {evaluations.Count} record(s)" + (unreadable > 0 ? $", {unreadable} unreadable" : string.Empty);
            var notes = Targets(analysis).Select(t => new EditorNote(t.Location, EvaluateSource, summary + "; " + Outcomes(t.Target, evaluations))).ToArray();
            return new LensOutcome(summary, notes);
        }

        /// <summary>A clause's outcomes (<c>pass 4, fail 1 (org-7)</c>) or a lifecycle's states, over the records.</summary>
        private static string Outcomes(string target, IReadOnlyList<(string Id, RecordEvaluation Evaluation)> evaluations)
        {
            if (evaluations.Count == 0) return "no records";
            var clause = evaluations[0].Evaluation.Clauses.FirstOrDefault(c => c.Clause.Id == target);
            var groups = clause != null
                ? evaluations.GroupBy(e => Describe(e.Evaluation.Clauses.First(c => c.Clause.Id == target).Outcome))
                : evaluations.GroupBy(e => e.Evaluation.Lifecycles.First(l => l.Lifecycle.Name == target) is var l && l.Result != null ? l.Result.State.Name : "error");
            return $"{target}: " + string.Join(", ", groups.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}" + Ids(g.Key, g.Select(e => e.Id))));
        }

        private static string Ids(string outcome, IEnumerable<string> ids) =>
            outcome == "pass" || outcome == "not applicable" ? string.Empty : " (" + string.Join(", ", ids.Take(5)) + (ids.Count() > 5 ? ", ..." : string.Empty) + ")";

        private static string Describe(ClauseOutcome outcome) => outcome switch
        {
            ClauseOutcome.Pass => "pass",
            ClauseOutcome.Fail => "fail",
            ClauseOutcome.NotApplicable => "not applicable",
            ClauseOutcome.Error => "error",
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}"),
        };

        private static IEnumerable<RecordReadResult> ReadRecords(string file, Policy policy, CancellationToken cancellationToken)
        {
            try
            {
                return RecordReader.ReadFile(file, policy.Schema, cancellationToken).ToArray();
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is UnreadableInputException)
            {
                return Array.Empty<RecordReadResult>();
            }
        }

        private static string IdOf(RecordReadResult read, Policy policy) =>
            policy.Schema.Key is { } key && read.Record![key.Index] is { } value ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)! : read.Id;

        private static string For(string? record) => record is null ? string.Empty : $" for record {record}";

        /// <summary>The clauses and lifecycles of the policy, by ID or name, with the place a note goes.</summary>
        private static IEnumerable<(string Target, Text.SourceLocation Location)> Targets(PolicyAnalysis analysis) =>
            analysis.Documents.SelectMany(d => CodeLensService.For(d.Syntax)
                .Where(l => l.Action == LensAction.RunTests)
                .Select(l => (l.Target, d.Source.GetLocation(l.Span))));

        private static LensOutcome Everywhere(PolicyAnalysis analysis, string source, string message) =>
            new LensOutcome(message, Targets(analysis).Select(t => new EditorNote(t.Location, source, message)).ToArray());
    }
}
