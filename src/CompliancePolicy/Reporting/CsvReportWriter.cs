using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A CSV report for the spreadsheet a compliance officer opens (docs/report-format.md): a header row, then one row per
    /// record and failing or erroring clause (with <see cref="ReportDetail.All"/>, per record and clause), each with the
    /// record's lifecycle states; an unreadable record is one row with its problems. The problems of the run (a record
    /// file that cannot be read, policy warnings) follow as rows of their own, and a run that was interrupted ends with a
    /// row saying so. Rows stream as records are checked; see <see cref="CsvText"/> for the quoting.
    /// </summary>
    public sealed class CsvReportWriter : ReportWriter
    {
        /// <summary>The failing clauses: a mostly compliant register of millions fits a spreadsheet only that way.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.Failures;

        /// <summary>The columns, in order.</summary>
        internal static readonly IReadOnlyList<string> Columns = new[]
        {
            "record", "file", "line", "record_outcome", "policy", "clause", "title", "severity", "clause_outcome", "message", "citations", "lifecycles",
        };

        private readonly CsvText _csv;
        private readonly ReportDetail _detail;

        public CsvReportWriter(Stream output, ReportDetail detail = DefaultDetail)
        {
            _csv = new CsvText(output);
            _detail = detail;
        }

        internal override ReportDetail Detail => _detail;

        internal override void Begin(CheckReportHeader header) => _csv.Row(Columns);

        internal override void WriteRecord(RecordReport record)
        {
            if (record.IsUnreadable)
            {
                var problems = string.Join("\n", record.Diagnostics.Select(d => d.ToString()));
                _csv.Row(Row(record, string.Empty, string.Empty, string.Empty, string.Empty, "unreadable", problems, string.Empty, string.Empty));
                return;
            }
            foreach (var policy in record.Policies)
            {
                var lifecycles = string.Join("\n", policy.Lifecycles.Select(LifecycleText.Summary));
                foreach (var clause in RecordReport.Shown(policy, _detail))
                {
                    _csv.Row(Row(record, policy.Policy.Name, clause.Id, clause.Title, ReportNames.Of(clause.Severity), ReportNames.Of(clause.Outcome),
                        clause.Message, string.Join("; ", clause.Citations), lifecycles));
                }
            }
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            foreach (var diagnostic in diagnostics.Select(d => d.Diagnostic))
            {
                var location = diagnostic.Location;
                _csv.Row(new[] { string.Empty, location is null ? string.Empty : JsonValues.PathText(location.Path),
                    location?.Start.Line.ToString(CultureInfo.InvariantCulture) ?? string.Empty, "diagnostic", string.Empty, diagnostic.Id, diagnostic.Rule.Title,
                    ReportNames.Of(diagnostic.Severity), string.Empty, diagnostic.Message, string.Empty, string.Empty });
            }
            if (summary.Interruption != null)
            {
                _csv.Row(new[] { string.Empty, JsonValues.PathText(summary.Interruption.File), summary.Interruption.LastLine?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    "incomplete", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "The report is incomplete: " + summary.Interruption, string.Empty, string.Empty });
            }
            _csv.Flush();
        }

        private static string[] Row(RecordReport record, string policy, string clause, string title, string severity, string outcome, string message, string citations, string lifecycles) =>
            new[]
            {
                record.Id, JsonValues.PathText(record.File), record.Line.ToString(CultureInfo.InvariantCulture), ReportNames.Of(record.Outcome),
                policy, clause, title, severity, outcome, message, citations, lifecycles,
            };
    }
}
