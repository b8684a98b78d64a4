using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Evaluation.Remediation;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A Markdown report to paste into a review or a pipeline summary: the run, a summary table, the failures per clause,
    /// then a table of failures (with the record's lifecycle states when a policy has lifecycles), or of every clause with
    /// <see cref="ReportDetail.All"/>, and a table of the events the lifecycles ignored. Only those rows are kept until the
    /// end (at most <see cref="MaxRows"/> of each; the rest are counted).
    /// </summary>
    public sealed class MarkdownReportWriter : ReportWriter
    {
        internal const int MaxRows = 500;

        /// <summary>A page for people: the failures, as this report has always held.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.Failures;

        private readonly TextWriter _output;
        private readonly ReportDetail _detail;
        private readonly List<string> _failures = new List<string>();
        private readonly List<string> _unreadable = new List<string>();
        private readonly List<string> _ignored = new List<string>();
        private int _moreFailures;
        private int _moreIgnored;
        private CheckReportHeader? _header;

        public MarkdownReportWriter(TextWriter output, ReportDetail detail = DefaultDetail)
        {
            _output = output;
            _detail = detail;
        }

        internal override ReportDetail Detail => _detail;

        internal override void Begin(CheckReportHeader header) => _header = header;

        /// <summary>A policy of the run has a lifecycle: the failures table gets a column with each record's states and next deadlines.</summary>
        private bool HasLifecycles => _header!.Policies.Any(p => p.Policy.Lifecycles.Length > 0);

        internal override void WriteRecord(RecordReport record)
        {
            if (record.IsUnreadable)
            {
                foreach (var diagnostic in record.Diagnostics.Where(d => d.Diagnostic.IsError))
                {
                    if (_unreadable.Count < MaxRows) _unreadable.Add($"- `{Code(diagnostic.ToString())}`");
                    else _moreFailures++;
                }
                return;
            }
            foreach (var policy in record.Policies)
            {
                foreach (var clause in RecordReport.Shown(policy, _detail))
                {
                    AddFailure(record, policy, $"**{Cell(clause.Id)}** {Cell(clause.Title)}", ReportNames.Of(clause.Severity),
                        ReportNames.Of(clause.Outcome), clause.Message, RemedyText.Summary(clause.Remedy, clause.Outlook), string.Join("; ", clause.Citations));
                }
            }
            foreach (var policy in record.Policies)
            {
                foreach (var (declaration, error) in policy.DeclarationErrors)
                    AddFailure(record, policy, $"{declaration.Kind} **{Cell(declaration.Name)}**", "-", "error", error, string.Empty, string.Empty);
                foreach (var lifecycle in policy.Lifecycles)
                {
                    foreach (var ignored in lifecycle.Result?.IgnoredEvents ?? Array.Empty<IgnoredEvent>())
                    {
                        if (_ignored.Count >= MaxRows)
                        {
                            _moreIgnored++;
                            continue;
                        }
                        var cells = new[]
                        {
                            Cell(record.Id), Cell(policy.Policy.Name), Cell(lifecycle.Lifecycle.Name), ignored.Date.ToString(), Cell(ignored.EventType.Name),
                            Cell(LifecycleText.StateMet(ignored)), LifecycleText.ReasonName(ignored.Reason), Cell(ignored.Explanation),
                        };
                        _ignored.Add("| " + string.Join(" | ", cells) + " |");
                    }
                }
            }
        }

        /// <summary>One row of the failures table: a failed or error clause, or a decision or lifecycle in error.</summary>
        private void AddFailure(RecordReport record, PolicyRecordReport policy, string what, string severity, string outcome, string message, string toPass, string citations)
        {
            if (_failures.Count >= MaxRows)
            {
                _moreFailures++;
                return;
            }
            var cells = new List<string>
            {
                Cell(record.Id), "`" + Cell(JsonValues.PathText(record.File)) + ":" + record.Line.ToString(CultureInfo.InvariantCulture) + "`",
                Cell(policy.Policy.Name), what, severity, outcome, Cell(message), Cell(toPass), Cell(citations),
            };
            if (HasLifecycles) cells.Add(Cell(string.Join("\n", policy.Lifecycles.Select(LifecycleText.Summary))));
            _failures.Add("| " + string.Join(" | ", cells) + " |");
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            var o = _output;
            o.WriteLine("# Compliance check");
            o.WriteLine();
            var parameters = header.ParameterOverrides.Count == 0 ? "defaults" : string.Join(", ", header.ParameterOverrides.Select(p => $"`{Cell(p.Key)}={Cell(p.Value)}`"));
            o.WriteLine($"As of **{header.AsOf}**, failing on **{ReportNames.Of(header.FailOn)}**, parameters: {parameters}. {header.ToolName} {header.ToolVersion}.");
            o.WriteLine();
            foreach (var policy in header.Policies)
            {
                var files = string.Join(", ", policy.Files.Select(f => $"`{Cell(JsonValues.PathText(f))}`"));
                o.WriteLine($"- Policy **{Cell(policy.Name)}**{(policy.Version is null ? string.Empty : " " + Cell(policy.Version))} ({files})");
            }
            if (header.Policies.Count > 0) o.WriteLine();
            o.WriteLine("| records | compliant | non-compliant | errors |");
            o.WriteLine("|---:|---:|---:|---:|");
            o.WriteLine($"| {summary.Records} | {summary.Compliant} | {summary.NonCompliant} | {summary.Errors} |");
            o.WriteLine();
            var verdict = summary.Interruption != null ? "incomplete" : summary.ExitCode == 0 ? "compliant" : summary.ExitCode == 1 ? "non-compliant" : "input errors";
            o.WriteLine($"**Result: {verdict}** (exit code {summary.ExitCode}).");
            if (summary.Interruption != null)
            {
                o.WriteLine();
                o.WriteLine($"> **Incomplete report**: {Cell(summary.Interruption.ToString())}.");
            }
            WriteClauseFailures(summary.ClauseFailures);

            if (_failures.Count > 0)
            {
                o.WriteLine();
                o.WriteLine(_detail == ReportDetail.All ? "## Clauses" : "## Failures");
                o.WriteLine();
                o.WriteLine("| record | where | policy | clause | severity | outcome | message | to pass | citations |" + (HasLifecycles ? " lifecycles |" : string.Empty));
                o.WriteLine("|---|---|---|---|---|---|---|---|---|" + (HasLifecycles ? "---|" : string.Empty));
                foreach (var row in _failures) o.WriteLine(row);
            }
            if (_unreadable.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("## Unreadable records");
                o.WriteLine();
                foreach (var line in _unreadable) o.WriteLine(line);
            }
            if (_moreFailures > 0)
            {
                o.WriteLine();
                o.WriteLine($"... and {_moreFailures} more; use `--format json` for the full report.");
            }
            if (_ignored.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("## Ignored events");
                o.WriteLine();
                o.WriteLine("Events that changed no lifecycle's state, with the state they met and why (`declared`: the policy says so on purpose).");
                o.WriteLine();
                o.WriteLine("| record | policy | lifecycle | date | event | state | reason | why |");
                o.WriteLine("|---|---|---|---|---|---|---|---|");
                foreach (var row in _ignored) o.WriteLine(row);
                if (_moreIgnored > 0)
                {
                    o.WriteLine();
                    o.WriteLine($"... and {_moreIgnored} more; use `--format json` for the full report.");
                }
            }
            if (diagnostics.Count > 0)
            {
                o.WriteLine();
                o.WriteLine("## Diagnostics");
                o.WriteLine();
                foreach (var diagnostic in diagnostics) o.WriteLine($"- `{Code(diagnostic.ToString())}`");
            }
            WriteInputs(header.PolicyFiles.Concat(summary.RecordFiles).ToArray());
            o.Flush();
        }

        /// <summary>Which clauses fail most: a table sorted by failures, with each clause's share of the records its policy evaluated.</summary>
        private void WriteClauseFailures(IReadOnlyList<ClauseFailures> rows)
        {
            if (rows.Count == 0) return;
            var o = _output;
            o.WriteLine();
            o.WriteLine("## Failures per clause");
            o.WriteLine();
            var several = _header!.Policies.Count > 1;
            o.WriteLine((several ? "| policy " : string.Empty) + "| clause | title | severity | failures | errors | share of records |");
            o.WriteLine((several ? "|---" : string.Empty) + "|---|---|---|---:|---:|---:|");
            foreach (var row in rows)
            {
                var policy = several ? $"| {Cell(row.Policy.Name)} " : string.Empty;
                o.WriteLine($"{policy}| **{Cell(row.Clause.Id)}** | {Cell(row.Clause.Title)} | {ReportNames.Of(row.Clause.Severity)} | " +
                    $"{row.Failures.ToString(CultureInfo.InvariantCulture)} | {row.Errors.ToString(CultureInfo.InvariantCulture)} | {ReportNames.Share(row.Share)} |");
            }
        }

        /// <summary>The audit trail: each input file by content, so the report can be tied to exactly what it decided on.</summary>
        private void WriteInputs(IReadOnlyList<InputFile> inputs)
        {
            if (inputs.Count == 0) return;
            var o = _output;
            o.WriteLine();
            o.WriteLine("## Inputs");
            o.WriteLine();
            o.WriteLine("| file | kind | bytes | SHA-256 |");
            o.WriteLine("|---|---|---:|---|");
            foreach (var input in inputs)
                o.WriteLine($"| `{Cell(JsonValues.PathText(input.Path))}` | {ReportNames.Of(input.Kind)} | {input.Length.ToString(CultureInfo.InvariantCulture)} | `{input.Sha256}` |");
        }

        private static string Code(string text) => Markdown.Code(text);

        private static string Cell(string text) => Markdown.Cell(text);
    }

    /// <summary>Text made safe for Markdown tables and code spans, the same in every Markdown report.</summary>
    internal static class Markdown
    {
        public static string Code(string text) => text.Replace("`", "'").Replace("\r", string.Empty).Replace("\n", " ");

        public static string Cell(string text) =>
            text.Replace("\\", "\\\\").Replace("|", "\\|").Replace("`", "'").Replace("\r", string.Empty).Replace("\n", "<br>");
    }
}
