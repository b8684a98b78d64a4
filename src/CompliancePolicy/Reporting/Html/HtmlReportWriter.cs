using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// The HTML report (docs/report-format.md, "HTML"): one self-contained page for people who will not read JSON. The
    /// summary, the failures per clause and the first records are readable without JavaScript; with it, every record
    /// can be searched, filtered by outcome, policy and clause, paged through and opened. Records are written as they
    /// come (<see cref="EmbeddedRecords"/>), so memory stays flat; the summary, known last, is written after them and
    /// still comes first on the page, which is laid out only once everything is known.
    /// </summary>
    public sealed class HtmlReportWriter : ReportWriter
    {
        /// <summary>The records listed in the page itself, for readers without JavaScript: the non-compliant and in-error ones first.</summary>
        internal const int StaticRecords = 200;

        private readonly StreamWriter _text;
        private readonly HtmlWriter _html;
        private readonly bool _failuresOnly;
        private readonly List<string> _staticFailing = new List<string>();
        private readonly List<string> _staticOther = new List<string>();
        private readonly Dictionary<(PolicyInfo, string), int> _clauseIndex = new Dictionary<(PolicyInfo, string), int>();
        private readonly List<ReportClause> _clauses = new List<ReportClause>();
        private readonly Dictionary<PolicyInfo, int[]> _policyCounts = new Dictionary<PolicyInfo, int[]>();
        private CheckReportHeader? _header;
        private EmbeddedRecords? _records;

        /// <summary>Every record with every clause: the page is for browsing a run, and pages through any number of records.</summary>
        internal const ReportDetail DefaultDetail = ReportDetail.All;

        /// <param name="output">Where the page goes; the writer leaves it open.</param>
        /// <param name="detail"><see cref="ReportDetail.Failures"/> (<c>--detail failures</c>) embeds only the records that
        /// are non-compliant or in error, and of them only the clauses that failed or could not be evaluated; the summary
        /// and the failures by clause still count every record.</param>
        public HtmlReportWriter(Stream output, ReportDetail detail = DefaultDetail)
        {
            _text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            _html = new HtmlWriter(_text);
            Detail = detail;
            _failuresOnly = detail == ReportDetail.Failures;
        }

        internal override bool WantsExplanations => true;

        internal override ReportDetail Detail { get; }

        internal override void Begin(CheckReportHeader header)
        {
            _header = header;
            for (var p = 0; p < header.Policies.Count; p++)
            {
                var policy = header.Policies[p];
                _policyCounts[policy] = new int[4];
                foreach (var clause in policy.Policy.Clauses)
                {
                    _clauseIndex[(policy, clause.Id)] = _clauses.Count;
                    _clauses.Add(new ReportClause(_clauses.Count, p, clause));
                }
            }
            HtmlPage.Begin(_html, $"Compliance check as of {header.AsOf}", withScript: true);
            _html.Raw("<a class=\"skip\" href=\"#records\">Skip to the records</a>\n");
            HtmlPage.Masthead(_html, "Compliance check",
                $"As of {header.AsOf} · failing on {ReportNames.Of(header.FailOn)} · {Count(header.Policies.Count, "policy", "policies")} · {header.ToolName} {header.ToolVersion}");
            WriteMeta(header);
            _records = new EmbeddedRecords(_html, header.Policies, (policy, id) => _clauseIndex[(policy, id)]);
        }

        internal override void WriteRecord(RecordReport record)
        {
            foreach (var policy in record.Policies) _policyCounts[policy.Policy][EmbeddedRecords.Code(policy.Outcome)]++;
            var failing = record.Outcome != ReportOutcome.Compliant;
            if (_failuresOnly && !failing) return;
            _records!.Add(record, _header!.AsOf, _failuresOnly);
            var list = failing ? _staticFailing : _staticOther;
            if (list.Count < StaticRecords) list.Add(StaticRow(record));
        }

        internal override void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            _records!.Flush();
            _html.Raw("<main>\n");
            SummaryHtml.Write(_html, header, summary, diagnostics, header.Policies.Select(p => (p, _policyCounts[p])).ToArray());
            ClauseChartHtml.Write(_html, summary.ClauseFailures, row => _clauseIndex[(row.Policy, row.Clause.Id)]);
            WriteRecords(summary);
            _html.Raw("</main>\n");
            HtmlPage.End(_html, $"{header.ToolName} {header.ToolVersion}", withScript: true);
            _text.Flush();
        }

        /// <summary>What the script needs before the rows: the policies, the clause table the rows index, and the counts.</summary>
        private void WriteMeta(CheckReportHeader header)
        {
            using var buffer = new MemoryStream();
            using (var json = new Utf8JsonWriter(buffer, EmbeddedRecords.JsonOptions))
            {
                json.WriteStartObject();
                json.WriteBoolean("failuresOnly", _failuresOnly);
                json.WriteStartArray("policies");
                foreach (var policy in header.Policies) json.WriteStringValue(policy.Name);
                json.WriteEndArray();
                json.WriteStartArray("clauses");
                foreach (var clause in _clauses)
                {
                    json.WriteStartArray();
                    json.WriteNumberValue(clause.PolicyIndex);
                    json.WriteStringValue(clause.Clause.Id);
                    json.WriteStringValue(clause.Clause.Title);
                    json.WriteStringValue(ReportNames.Of(clause.Clause.Severity));
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            _html.Raw("<script type=\"application/json\" id=\"cp-meta\">").Raw(Encoding.UTF8.GetString(buffer.ToArray())).Raw("</script>\n");
        }

        private void WriteRecords(CheckSummary summary)
        {
            var shown = _staticFailing.Concat(_staticOther).Take(StaticRecords).ToArray();
            var embedded = _records!.Count;
            _html.Raw("<section id=\"records\" aria-labelledby=\"h-records\"><h2 id=\"h-records\">Records</h2>\n");
            if (_failuresOnly)
            {
                _html.Raw("<p class=\"note\">This report holds the non-compliant and in-error records only (")
                    .Text($"{HtmlPage.Number(embedded)} of {HtmlPage.Number(summary.Records)}").Raw("), each with the clauses that failed or could not be evaluated.</p>\n");
            }
            _html.Raw("<div id=\"cp-app\" hidden></div>\n<div id=\"cp-static\">");
            if (embedded == 0)
            {
                _html.Raw("<p>No record to show.</p></div></section>\n");
                return;
            }
            _html.Raw("<p class=\"note\">");
            if (shown.Length < embedded)
            {
                _html.Text($"Without JavaScript this page lists {HtmlPage.Number(shown.Length)} of the {HtmlPage.Number(embedded)} records it holds, the non-compliant and in-error ones first. ")
                    .Raw("Open it in a browser with JavaScript enabled to search, filter and page through them all, or use <code>--format json</code>.");
            }
            else
            {
                _html.Text($"Every record of the report ({HtmlPage.Number(embedded)}); with JavaScript enabled the list can be searched and filtered.");
            }
            _html.Raw("</p>\n<table class=\"records\"><thead><tr><th scope=\"col\">Record</th><th scope=\"col\">Where</th><th scope=\"col\">Outcome</th><th scope=\"col\">Failed clauses</th></tr></thead>\n");
            foreach (var row in shown) _html.Raw(row);
            _html.Raw("</table></div></section>\n");
        }

        /// <summary>One record of the list without JavaScript: its row, and its details in a section that opens.</summary>
        private string StaticRow(RecordReport record)
        {
            using var text = new StringWriter();
            var html = new HtmlWriter(text);
            html.Raw("<tbody><tr><th scope=\"row\">").Text(record.Id).Raw("</th><td class=\"where\">")
                .Text($"{JsonValues.PathText(record.File)}:{record.Line.ToString(CultureInfo.InvariantCulture)}").Raw("</td><td>");
            RecordHtml.Outcome(html, record.Outcome);
            html.Raw("</td><td>").Text(string.Join(", ", record.Failures.Select(f => f.Clause.Id).Distinct())).Raw("</td></tr>");
            html.Raw("<tr class=\"detail\"><td colspan=\"4\"><details><summary>Details of ").Text(record.Id).Raw("</summary>");
            RecordHtml.Write(html, record, _header!.AsOf, _failuresOnly);
            html.Raw("</details></td></tr></tbody>\n");
            return text.ToString();
        }

        private static string Count(int count, string one, string many) => $"{HtmlPage.Number(count)} {(count == 1 ? one : many)}";

        protected override void Dispose(bool disposing)
        {
            if (disposing) _text.Dispose();
        }
    }

    /// <summary>A clause of the report's clause table, which the page's rows and links name by position.</summary>
    internal sealed class ReportClause
    {
        public ReportClause(int index, int policyIndex, Symbols.ClauseSymbol clause)
        {
            Index = index;
            PolicyIndex = policyIndex;
            Clause = clause;
        }

        /// <summary>The clause's position in the report's clause table, by which the rows and the page's links name it.</summary>
        public int Index { get; }

        /// <summary>The policy's position in the report header; the page's script names policies by it.</summary>
        public int PolicyIndex { get; }

        public Symbols.ClauseSymbol Clause { get; }
    }
}
