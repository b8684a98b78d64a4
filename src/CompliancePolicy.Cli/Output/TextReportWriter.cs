using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Reporting;
using Spectre.Console;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// The check report for people: the first records that are not compliant (at most <c>--max-listed</c>), each with
    /// its failing clauses and, per lifecycle, its state and next deadline (policies of other schemas are not listed for
    /// it), then always a summary table per policy, the failures per clause (most first), and the as-of date to reproduce
    /// the run. Records stream as they come unless a progress indicator shares the terminal, in which case they are held
    /// and printed at the end.
    /// </summary>
    internal sealed class TextReportWriter : ReportWriter
    {
        /// <summary>Two screens of a terminal or a CI log: enough to see what kind of failures there are; the machine formats list all.</summary>
        public const int DefaultMaxListed = 20;

        private readonly IAnsiConsole _console;
        private readonly bool _hold;
        private readonly int _maxListed;
        private readonly ISet<CompliancePolicy.Diagnostics.Diagnostic> _alreadyShown;
        private readonly List<RecordReport> _held = new List<RecordReport>();
        private readonly Dictionary<string, int[]> _perPolicy = new Dictionary<string, int[]>(System.StringComparer.Ordinal);
        private int _listed;
        private int _notShown;
        private CheckReportHeader? _header;

        public TextReportWriter(IAnsiConsole console, bool holdUntilEnd, ISet<CompliancePolicy.Diagnostics.Diagnostic> alreadyShown, int maxListed = DefaultMaxListed)
        {
            _console = console;
            _hold = holdUntilEnd;
            _alreadyShown = alreadyShown;
            _maxListed = maxListed;
        }

        /// <summary>The text report prints failing clauses only.</summary>
        internal override ReportDetail Detail => ReportDetail.Failures;

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            foreach (var policy in header.Policies) _perPolicy[policy.Name] = new int[5];
        }

        /// <summary>With no record to list, a record's part of the report is only what it adds to the counts, so the run
        /// works it out on its workers (<see cref="Format"/>) and hands back a few bytes instead of the whole report.</summary>
        internal override bool FormatsRecordsAnywhere => _maxListed == 0;

        /// <summary>The record's outcome, then its outcome under each policy, one byte each.</summary>
        internal override void Format(RecordReport record, ByteBuffer output)
        {
            output.Write((byte)record.Outcome);
            foreach (var policy in record.Policies) output.Write((byte)policy.Outcome);
        }

        internal override void WriteFormatted(System.ReadOnlySpan<byte> formatted)
        {
            var policies = _header!.Policies;
            for (var i = 1; i < formatted.Length; i++) _perPolicy[policies[i - 1].Name][formatted[i]]++;
            NotListed((ReportOutcome)formatted[0]);
        }

        internal override void WriteRecord(RecordReport record)
        {
            foreach (var policy in record.Policies)
            {
                if (_perPolicy.TryGetValue(policy.Policy.Name, out var counts)) counts[(int)policy.Outcome]++;
            }
            if (NotListed(record.Outcome)) return;
            _listed++;
            if (_hold) _held.Add(record);
            else Print(record);
        }

        /// <summary>True when the record is not listed: it is compliant, or one more beyond <c>--max-listed</c> (counted).</summary>
        private bool NotListed(ReportOutcome outcome)
        {
            if (outcome == ReportOutcome.Compliant) return true;
            if (_listed < _maxListed) return false;
            _notShown++;
            return true;
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            foreach (var record in _held) Print(record);
            if (_notShown > 0)
            {
                _console.MarkupLine($"[grey]... and {Number(_notShown)} more records that are not compliant (--max-listed {Number(_maxListed)}); " +
                    "--format jsonl or csv lists all of them.[/]");
            }
            foreach (var diagnostic in diagnostics.Where(d => !_alreadyShown.Contains(d.Diagnostic)))
            {
                _console.MarkupLine(Color(diagnostic.Diagnostic.IsError ? "red" : "yellow", diagnostic.ToString()));
            }
            var header = _header!;
            if (header.Policies.Count == 0)
            {
                _console.MarkupLine("[red bold]NOTHING CHECKED[/]: the policies or parameters have errors (reported on stderr); exit code 2.");
                PrintInputs(header, summary);
                return;
            }
            _console.Write(SummaryTable(summary));
            if (summary.ClauseFailures.Count > 0) _console.Write(ClauseTable(summary.ClauseFailures));
            if (summary.Interruption != null) _console.MarkupLine(Color("red", $"INCOMPLETE: {summary.Interruption}; the counts above are those of the records checked."));
            var verdict = summary.ExitCode switch
            {
                CheckSummary.InterruptedExitCode => "[red bold]INCOMPLETE[/]",
                0 => "[green bold]COMPLIANT[/]",
                1 => "[red bold]NON-COMPLIANT[/]",
                _ when summary.Records == 0 => "[red bold]NOTHING CHECKED[/]",
                _ => "[red bold]INPUT ERRORS[/]",
            };
            var records = summary.Records == 1 ? "1 record" : $"{summary.Records} records";
            _console.MarkupLine($"{verdict}: {records} in {Files(summary.Files)}, {summary.Compliant} compliant, {summary.NonCompliant} non-compliant, {summary.Errors} in error (exit code {summary.ExitCode}).");
            if (summary.Compliant > 0 && summary.Compliant < summary.Records)
                _console.MarkupLine("[grey]Compliant records are not listed; --format json lists every record with its clauses and lifecycles.[/]");
            var parameters = header.ParameterOverrides.Count == 0 ? string.Empty : " " + string.Join(" ", header.ParameterOverrides.Select(p => $"--param \"{p.Key}={p.Value}\""));
            _console.MarkupLine(Markup.Escape($"As of {header.AsOf}, failing on {ReportNames.Of(header.FailOn)}, by {header.ToolName} {header.ToolVersion}; " +
                $"reproduce with --as-of {header.AsOf} --fail-on {ReportNames.Of(header.FailOn)}{parameters}."));
            PrintInputs(header, summary);
        }

        /// <summary>The audit trail in the form <c>sha256sum -c</c> reads, so anyone can confirm the files are the ones checked.</summary>
        private void PrintInputs(CheckReportHeader header, CheckSummary summary)
        {
            var inputs = header.PolicyFiles.Concat(summary.RecordFiles).ToArray();
            if (inputs.Length == 0) return;
            _console.MarkupLine("[grey]Inputs (SHA-256):[/]");
            foreach (var input in inputs) _console.MarkupLine(Markup.Escape($"{input.Sha256}  {input.Path}"));
        }

        private void Print(RecordReport record)
        {
            var where = $"{record.File}:{record.Line.ToString(CultureInfo.InvariantCulture)}";
            if (record.IsUnreadable)
            {
                _console.MarkupLine($"[red]✗[/] [bold]{Markup.Escape(record.Id)}[/]  {Markup.Escape(where)}  [red]unreadable[/]");
                foreach (var diagnostic in record.Diagnostics) _console.MarkupLine("    " + Color(diagnostic.Diagnostic.IsError ? "red" : "yellow", diagnostic.ToString()));
                _console.WriteLine();
                return;
            }
            var color = record.Outcome == ReportOutcome.NonCompliant ? "red" : "yellow";
            _console.MarkupLine($"[{color}]✗[/] [bold]{Markup.Escape(record.Id)}[/]  {Markup.Escape(where)}  [{color}]{ReportNames.Of(record.Outcome)}[/]");
            // A record printed here fits at least one policy; the policies of other schemas are left out (the JSON, SARIF
            // and JUnit reports keep them with the reason), as with several policies they would drown the real results.
            foreach (var policy in record.Policies.Where(p => p.Outcome != ReportOutcome.NotApplicable))
            {
                var failures = policy.Clauses.Where(c => c.Outcome == ClauseOutcome.Fail || c.Outcome == ClauseOutcome.Error).ToArray();
                var decisionErrors = policy.Decisions.Where(d => d.Error != null).ToArray();
                if (failures.Length == 0 && decisionErrors.Length == 0 && policy.Lifecycles.Count == 0) continue;
                _console.MarkupLine($"    [bold]{Markup.Escape(policy.Policy.Name)}[/]");
                foreach (var clause in failures)
                {
                    var outcome = clause.Outcome == ClauseOutcome.Fail ? "[red]fail [/]" : "[yellow]error[/]";
                    _console.MarkupLine($"      {outcome} [bold]{Markup.Escape(clause.Id)}[/] [grey][[{ReportNames.Of(clause.Severity)}]][/] {Markup.Escape(clause.Title)}");
                    _console.MarkupLine($"            {Markup.Escape(clause.Message)}");
                    if (clause.Citations.Count > 0) _console.MarkupLine($"            [grey]cites {Markup.Escape(string.Join("; ", clause.Citations))}[/]");
                    if (clause.Remedy is { } remedy)
                    {
                        foreach (var line in RemedyText.ToPass(remedy)) _console.MarkupLine($"            [cyan]{Markup.Escape(line)}[/]");
                    }
                    if (clause.Outlook is { } outlook) _console.MarkupLine($"            [cyan]{Markup.Escape(outlook.Describe())}[/]");
                }
                foreach (var decision in decisionErrors)
                    _console.MarkupLine($"      [yellow]error[/] decision [bold]{Markup.Escape(decision.Name)}[/]: {Markup.Escape(decision.Error!)}");
                foreach (var lifecycle in policy.Lifecycles) PrintLifecycle(lifecycle);
            }
            _console.WriteLine();
        }

        /// <summary>The state and since when, the next pending deadline and each event the replay ignored; the whole timeline
        /// is in 'compliance timeline'.</summary>
        private void PrintLifecycle(LifecycleOutcome lifecycle)
        {
            var name = Markup.Escape(lifecycle.Lifecycle.Name);
            if (lifecycle.IsError)
            {
                _console.MarkupLine($"      [yellow]error[/] lifecycle [bold]{name}[/]: {Markup.Escape(lifecycle.Error!)}");
                return;
            }
            _console.MarkupLine($"      [blue]state[/] [bold]{name}[/]: {Markup.Escape(LifecycleText.State(lifecycle))}");
            if (LifecycleText.Next(lifecycle) is { } next)
            {
                var text = "next: " + LifecycleText.Deadline(lifecycle.Lifecycle, next);
                _console.MarkupLine("            " + (next.IsOverdue ? Color("red", text) : Markup.Escape(text)));
            }
            foreach (var ignored in lifecycle.Result!.IgnoredEvents)
                _console.MarkupLine("            [grey]ignored: " + Markup.Escape(LifecycleText.Ignored(ignored)) + "[/]");
        }

        private Table SummaryTable(CheckSummary summary)
        {
            var table = new Table().Border(TableBorder.Rounded);
            table.AddColumn("Policy");
            table.AddColumn("Version");
            table.AddColumn(new TableColumn("Compliant").RightAligned());
            table.AddColumn(new TableColumn("Non-compliant").RightAligned());
            table.AddColumn(new TableColumn("Errors").RightAligned());
            // Records of another policy's schema, not records whose clauses do not apply (those count as compliant).
            table.AddColumn(new TableColumn("Other schema").RightAligned());
            foreach (var policy in _header!.Policies)
            {
                var c = _perPolicy[policy.Name];
                table.AddRow(Markup.Escape(policy.Name), Markup.Escape(policy.Version ?? "-"),
                    Number(c[(int)ReportOutcome.Compliant]), Number(c[(int)ReportOutcome.NonCompliant]),
                    Number(c[(int)ReportOutcome.Error]), Number(c[(int)ReportOutcome.NotApplicable]));
            }
            if (summary.UnreadableRecords > 0) table.AddRow("[red]unreadable records[/]", string.Empty, string.Empty, string.Empty, Number(summary.UnreadableRecords), string.Empty);
            return table;
        }

        /// <summary>Which clauses fail most: clause, title, severity, failures and their share of the records the policy evaluated.</summary>
        private Table ClauseTable(IReadOnlyList<ClauseFailures> rows)
        {
            var several = _header!.Policies.Count > 1;
            var table = new Table().Border(TableBorder.Rounded).Title("Failures per clause");
            if (several) table.AddColumn("Policy");
            table.AddColumn("Clause");
            table.AddColumn("Title");
            table.AddColumn("Severity");
            table.AddColumn(new TableColumn("Failures").RightAligned());
            table.AddColumn(new TableColumn("Share of records").RightAligned());
            var withErrors = rows.Any(r => r.Errors > 0);
            if (withErrors) table.AddColumn(new TableColumn("Errors").RightAligned());
            foreach (var row in rows)
            {
                var cells = new List<string>();
                if (several) cells.Add(Markup.Escape(row.Policy.Name));
                cells.Add(Markup.Escape(row.Clause.Id));
                cells.Add(Markup.Escape(row.Clause.Title));
                cells.Add(ReportNames.Of(row.Clause.Severity));
                cells.Add(Number(row.Failures));
                cells.Add(ReportNames.Share(row.Share));
                if (withErrors) cells.Add(Number(row.Errors));
                table.AddRow(cells.ToArray());
            }
            return table;
        }

        private static string Files(int files) => files == 1 ? "1 file" : $"{files} files";
        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
        private static string Color(string color, string text) => $"[{color}]{Markup.Escape(text)}[/]";
    }
}
