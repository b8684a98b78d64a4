using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>The failures per clause as a bar chart, most failed first: each clause with its policy, severity,
    /// failures, errors, share of the records evaluated and citations; each clause links to the records it failed.</summary>
    internal static class ClauseChartHtml
    {
        public static void Write(HtmlWriter html, IReadOnlyList<ClauseCount> clauses, IReadOnlyDictionary<PolicyInfo, int[]> policyCounts)
        {
            html.Raw("<section id=\"clauses\" aria-labelledby=\"h-clauses\"><h2 id=\"h-clauses\">Failures by clause</h2>\n");
            if (clauses.Count == 0)
            {
                html.Raw("<p>No clause failed and none was in error.</p></section>\n");
                return;
            }
            var sorted = clauses.OrderByDescending(c => c.Failures + c.Errors).ThenBy(c => c.Index).ToArray();
            var most = sorted[0].Failures + sorted[0].Errors;
            html.Raw("<p class=\"note\">Most failed first. Choose a clause to list the records that failed it.</p>\n");
            html.Raw("<table class=\"chart\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Severity</th><th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Share</th><th scope=\"col\" class=\"barcell\"><span class=\"sr\">Bar</span></th><th scope=\"col\">Cites</th></tr></thead><tbody>\n");
            foreach (var clause in sorted)
            {
                var counts = policyCounts[clause.Policy];
                var evaluated = counts[0] + counts[1] + counts[2];
                var share = evaluated == 0 ? 0 : (double)clause.Failures / evaluated;
                html.Raw("<tr><th scope=\"row\"><a class=\"clause-link\"").Attr("href", "#clause=" + clause.Index.ToString(CultureInfo.InvariantCulture)).Raw("><code>")
                    .Text(clause.Clause.Id).Raw("</code> ").Text(clause.Clause.Title).Raw("</a><span class=\"policy\">").Text(clause.Policy.Name).Raw("</span></th>");
                var severity = ReportNames.Of(clause.Clause.Severity);
                html.Raw("<td><span class=\"badge sev-").Raw(severity).Raw("\">").Text(severity).Raw("</span></td>");
                html.Raw("<td class=\"num\">").Text(HtmlPage.Number(clause.Failures)).Raw("</td><td class=\"num\">").Text(HtmlPage.Number(clause.Errors)).Raw("</td>");
                html.Raw("<td class=\"num\">").Text((share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%").Raw("</td>");
                var width = 200.0 * (clause.Failures + clause.Errors) / most;
                html.Raw("<td class=\"barcell\"><svg class=\"hbar\" viewBox=\"0 0 200 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect")
                    .Attr("class", "sev-" + severity).Attr("width", width.ToString("0.#", CultureInfo.InvariantCulture)).Attr("height", "10").Raw("/></svg></td>");
                html.Raw("<td>").Text(string.Join("; ", clause.Clause.Citations)).Raw("</td></tr>\n");
            }
            html.Raw("</tbody></table></section>\n");
        }
    }
}
