using System.Collections.Generic;
using System.Globalization;
using System.IO;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// <c>compliance due</c> for people: one line per item in date order (streamed, so a register of millions prints in
    /// constant memory), then the counts and the line to reproduce the run.
    /// </summary>
    internal sealed class DueTextWriter : DueReportWriter
    {
        private readonly TextWriter _output;
        private DueReportHeader? _header;

        public DueTextWriter(TextWriter output) => _output = output;

        public override void Begin(DueReportHeader header)
        {
            _header = header;
            _output.WriteLine($"What falls due from {header.AsOf} to {header.Until} ({header.Within}) if nothing else happens:");
        }

        public override void WriteItem(DueItem item)
        {
            var state = item.State is null ? item.Kind == DueKind.Unreadable ? "unreadable" : "error" : $"{item.State} since {item.Since}";
            var lastDay = item.Kind == DueKind.Transition ? $" (last day {item.LastDay})" : string.Empty;
            var cites = item.Citations.Count == 0 ? string.Empty : $"  [{string.Join("; ", item.Citations)}]";
            _output.WriteLine($"{item.Date}{(item.Overdue ? " OVERDUE" : string.Empty)}  {item.RecordId}  {item.File}:{item.Line.ToString(CultureInfo.InvariantCulture)}  " +
                $"{state}  {item.What}{lastDay}{cites}");
        }

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            _output.WriteLine();
            foreach (var diagnostic in diagnostics) _output.WriteLine(diagnostic.ToString());
            if (summary.Interruption != null) _output.WriteLine($"INCOMPLETE: {summary.Interruption}.");
            _output.WriteLine($"{summary.Items} item(s) for {summary.Records} record(s) in {summary.Files} file(s): {summary.Transitions} state change(s), " +
                $"{summary.Deadlines} deadline(s) ({summary.Overdue} overdue), {summary.Errors} lifecycle error(s), {summary.Unreadable} unreadable record(s) (exit code {summary.ExitCode}).");
            var parameters = string.Concat(System.Linq.Enumerable.Select(header.ParameterOverrides, p => $" --param \"{p.Key}={p.Value}\""));
            _output.WriteLine($"As of {header.AsOf}, by {header.ToolName} {header.ToolVersion}; reproduce with --as-of {header.AsOf} --within \"{header.Within}\"{parameters}.");
            _output.Flush();
        }
    }
}
