using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>The failures per clause as a bar chart, in the run's order (<see cref="CheckSummary.ClauseFailures"/>, most
    /// failed first): each clause with its policy, severity, failures, errors, share of the records evaluated and
    /// citations; each clause links to the records it failed.</summary>
    internal static class ClauseChartHtml
    {
        /// <param name="html">Where the section goes.</param>
        /// <param name="clauses">The run's failures per clause, most failed first.</param>
        /// <param name="indexOf">The clause's position in the page's clause table, by which its link names it.</param>
        public static void Write(HtmlWriter html, IReadOnlyList<ClauseFailures> clauses, Func<ClauseFailures, int> indexOf)
        {
            html.Raw("<section id=\"clauses\" aria-labelledby=\"h-clauses\"><h2 id=\"h-clauses\">Failures by clause</h2>\n");
            if (clauses.Count == 0)
            {
                html.Raw("<p>No clause failed and none was in error.</p></section>\n");
                return;
            }
            var most = clauses.Max(c => c.Failures + c.Errors);
            html.Raw("<p class=\"note\">Most failed first. Choose a clause to list the records that failed it.</p>\n");
            html.Raw("<table class=\"chart\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Severity</th><th scope=\"col\" class=\"num\">Failed</th><th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Share</th><th scope=\"col\" class=\"barcell\"><span class=\"sr\">Bar</span></th><th scope=\"col\">Cites</th></tr></thead><tbody>\n");
            foreach (var clause in clauses)
            {
                html.Raw("<tr><th scope=\"row\"><a class=\"clause-link\"").Attr("href", "#clause=" + indexOf(clause).ToString(CultureInfo.InvariantCulture)).Raw("><code>")
                    .Text(clause.Clause.Id).Raw("</code> ").Text(clause.Clause.Title).Raw("</a><span class=\"policy\">").Text(clause.Policy.Name).Raw("</span></th>");
                var severity = ReportNames.Of(clause.Clause.Severity);
                html.Raw("<td><span class=\"badge sev-").Raw(severity).Raw("\">").Text(severity).Raw("</span></td>");
                html.Raw("<td class=\"num\">").Text(HtmlPage.Number(clause.Failures)).Raw("</td><td class=\"num\">").Text(HtmlPage.Number(clause.Errors)).Raw("</td>");
                html.Raw("<td class=\"num\">").Text((clause.Share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%").Raw("</td>");
                HtmlPage.BarCell(html, "sev-" + severity, (double)(clause.Failures + clause.Errors) / most);
                html.Raw("<td>").Text(string.Join("; ", clause.Clause.Citations)).Raw("</td></tr>\n");
            }
            html.Raw("</tbody></table></section>\n");
        }
    }
}
