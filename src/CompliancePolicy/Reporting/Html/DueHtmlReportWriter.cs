using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// <c>compliance due --format html</c>: what falls due as one self-contained page with no script, built from the
    /// pieces every page of the tool shares (<see cref="HtmlPage"/>): the window, a table in date order (at most
    /// <see cref="DueMarkdownReportWriter.MaxRows"/> rows, streamed as the items come), the counts, the problems of the
    /// run, the policies and the inputs by SHA-256.
    /// </summary>
    internal sealed class DueHtmlReportWriter : DueReportWriter
    {
        private readonly StreamWriter _text;
        private readonly HtmlWriter _html;
        private DueReportHeader? _header;
        private int _rows;

        /// <param name="output">Where the page goes; the writer leaves it open.</param>
        public DueHtmlReportWriter(Stream output)
        {
            _text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            _html = new HtmlWriter(_text);
        }

        public override void Begin(DueReportHeader header)
        {
            _header = header;
            HtmlPage.Begin(_html, $"What falls due from {header.AsOf} to {header.Until}", withScript: false);
            HtmlPage.Masthead(_html, "What falls due",
                $"From {header.AsOf} to {header.Until} ({header.Within}), if nothing else happens · parameter overrides: {HtmlPage.Overrides(header.ParameterOverrides)} · {header.ToolName} {header.ToolVersion}");
            _html.Raw("<main>\n<section id=\"items\" aria-labelledby=\"h-items\"><h2 id=\"h-items\">In date order</h2>\n");
            _html.Raw("<table class=\"due\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Record</th><th scope=\"col\">Where</th><th scope=\"col\">State now</th>" +
                "<th scope=\"col\">What</th><th scope=\"col\">Last day</th><th scope=\"col\">Measured from</th><th scope=\"col\">Cites</th></tr></thead><tbody>\n");
        }

        public override void WriteItem(DueItem item)
        {
            if (_rows++ >= DueMarkdownReportWriter.MaxRows) return;
            _html.Raw(item.Overdue ? "<tr class=\"overdue\">" : "<tr>").Cell(item.Date.ToString() + (item.Overdue ? " overdue" : string.Empty));
            _html.Raw("<th scope=\"row\">").Text(item.RecordId).Raw("</th>");
            _html.Cell($"{JsonValues.PathText(item.File)}:{item.Line.ToString(CultureInfo.InvariantCulture)}");
            _html.Cell(item.State is null ? "-" : $"{item.State} since {item.Since}").Cell(item.What).Cell(item.LastDay?.ToString() ?? "-");
            _html.Cell(item.MeasuredFrom ?? "-").Cell(string.Join("; ", item.Citations)).Raw("</tr>\n");
        }

        public override void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            _html.Raw("</tbody></table>\n");
            if (_rows == 0) _html.Raw("<p>Nothing falls due in the window.</p>\n");
            if (_rows > DueMarkdownReportWriter.MaxRows)
            {
                _html.Raw("<p class=\"note\">").Text($"The first {HtmlPage.Number(DueMarkdownReportWriter.MaxRows)} of {HtmlPage.Number(_rows)} items; ")
                    .Raw("<code>--format jsonl</code> or <code>csv</code> list them all.</p>\n");
            }
            _html.Raw("</section>\n<section id=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">Summary</h2>\n");
            if (summary.Interruption != null) _html.Raw("<p class=\"verdict o-error\"><strong>").Text("Incomplete report: " + summary.Interruption).Raw("</strong></p>\n");
            _html.Raw("<table class=\"counts\"><thead><tr><th scope=\"col\">Records</th><th scope=\"col\">Projected</th><th scope=\"col\">Transitions</th><th scope=\"col\">Deadlines</th>" +
                "<th scope=\"col\">Overdue</th><th scope=\"col\">Errors</th><th scope=\"col\">Unreadable</th><th scope=\"col\">Exit code</th></tr></thead><tbody><tr>");
            foreach (var count in new[] { summary.Records, summary.Projected, summary.Transitions, summary.Deadlines, summary.Overdue, summary.Errors, summary.Unreadable, summary.ExitCode })
                _html.Raw("<td class=\"num\">").Text(HtmlPage.Number(count)).Raw("</td>");
            _html.Raw("</tr></tbody></table>\n");
            if (diagnostics.Count > 0)
            {
                _html.Raw("<h3>Problems of the run</h3><ul class=\"diagnostics\">");
                foreach (var diagnostic in diagnostics) RecordHtml.WriteDiagnostic(_html, diagnostic);
                _html.Raw("</ul>\n");
            }
            _html.Raw("<details class=\"policies\"><summary>Policies and their parameters</summary>");
            HtmlPage.WritePolicies(_html, header.Policies);
            _html.Raw("</details>\n<details class=\"inputs\"><summary>Inputs by SHA-256</summary>");
            HtmlPage.WriteInputs(_html, header.PolicyFiles.Concat(summary.RecordFiles));
            _html.Raw("</details>\n</section>\n</main>\n");
            HtmlPage.End(_html, $"{header.ToolName} {header.ToolVersion}", withScript: false);
            _text.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _text.Dispose();
        }
    }
}
