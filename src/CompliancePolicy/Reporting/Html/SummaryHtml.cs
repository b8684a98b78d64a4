using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>The first section of the HTML report: the verdict, the records per outcome overall and per policy as
    /// bars with their numbers, the run's facts (as-of date, fail-on level, overrides), every policy's parameters, the
    /// problems of the run and the inputs by SHA-256.</summary>
    internal static class SummaryHtml
    {
        public static void Write(HtmlWriter html, CheckReportHeader header, CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics,
            IReadOnlyList<(PolicyInfo Policy, int[] Counts)> policies)
        {
            html.Raw("<section id=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">Summary</h2>\n");
            WriteVerdict(html, header, summary);
            html.Raw("<div class=\"overall\">");
            Bar(html, new[] { summary.Compliant, summary.NonCompliant, summary.Errors });
            html.Raw("<p class=\"legend\">").Text($"{HtmlPage.Number(summary.Records)} records in {HtmlPage.Number(summary.Files)} file{(summary.Files == 1 ? string.Empty : "s")}: ");
            Legend(html, new[] { summary.Compliant, summary.NonCompliant, summary.Errors });
            if (summary.UnreadableRecords > 0) html.Text($" ({HtmlPage.Number(summary.UnreadableRecords)} of them unreadable)");
            html.Raw("</p></div>\n");

            if (policies.Count > 0)
            {
                html.Raw("<table class=\"per-policy\"><caption>Records per policy</caption><thead><tr><th scope=\"col\">Policy</th><th scope=\"col\" class=\"num\">Evaluated</th><th scope=\"col\">Outcomes</th></tr></thead><tbody>");
                foreach (var (policy, counts) in policies)
                {
                    html.Raw("<tr><th scope=\"row\">").Text(policy.Name);
                    if (policy.Version != null) html.Raw(" <span class=\"version\">").Text(policy.Version).Raw("</span>");
                    html.Raw("</th><td class=\"num\">").Text(HtmlPage.Number(counts[0] + counts[1] + counts[2])).Raw("</td><td>");
                    var evaluated = new[] { counts[0], counts[1], counts[2] };
                    Bar(html, evaluated);
                    html.Raw("<span class=\"legend\">");
                    Legend(html, evaluated);
                    if (counts[3] > 0) html.Raw(" <span class=\"other\">").Text($"({HtmlPage.Number(counts[3])} of another kind: not applicable)").Raw("</span>");
                    html.Raw("</span></td></tr>");
                }
                html.Raw("</tbody></table>\n");
            }

            html.Raw("<dl class=\"facts\">");
            Fact(html, "As of", header.AsOf.ToString());
            Fact(html, "Fails on", ReportNames.Of(header.FailOn) + (header.FailOn is null ? " (failures are reported, the run always passes)" : " or more severe"));
            Fact(html, "Parameter overrides", HtmlPage.Overrides(header.ParameterOverrides));
            Fact(html, "Written by", $"{header.ToolName} {header.ToolVersion}");
            html.Raw("</dl>\n");
            if (diagnostics.Count > 0)
            {
                html.Raw("<h3>Problems of the run</h3><ul class=\"diagnostics\">");
                foreach (var diagnostic in diagnostics) RecordHtml.WriteDiagnostic(html, diagnostic);
                html.Raw("</ul>\n");
            }
            if (header.Policies.Count > 0)
            {
                html.Raw("<details class=\"policies\"><summary>Policies and their parameters</summary>");
                HtmlPage.WritePolicies(html, header.Policies);
                html.Raw("</details>\n");
            }
            var inputs = header.PolicyFiles.Concat(summary.RecordFiles).ToArray();
            if (inputs.Length > 0)
            {
                html.Raw("<details class=\"inputs\"><summary>").Text($"Inputs by SHA-256 ({inputs.Length} files)").Raw("</summary>");
                HtmlPage.WriteInputs(html, inputs);
                html.Raw("</details>\n");
            }
            html.Raw("</section>\n");
        }

        private static void WriteVerdict(HtmlWriter html, CheckReportHeader header, CheckSummary summary)
        {
            var (cls, text) = summary.ExitCode switch
            {
                0 => ("o-compliant", $"✓ Compliant: no record fails a clause at {ReportNames.Of(header.FailOn)} or more severe"),
                1 => ("o-non-compliant", $"✗ Non-compliant: {HtmlPage.Number(summary.NonCompliant)} record(s) fail a clause at {ReportNames.Of(header.FailOn)} or more severe" +
                    (summary.Errors > summary.UnreadableRecords ? $", {HtmlPage.Number(summary.Errors - summary.UnreadableRecords)} could not be evaluated" : string.Empty)),
                _ => ("o-error", "! Input errors: a policy, a parameter override, a record or a record file could not be used, or nothing was checked"),
            };
            html.Raw("<p class=\"verdict ").Raw(cls).Raw("\"><strong>").Text(text).Raw("</strong> ").Text($"(exit code {summary.ExitCode})").Raw("</p>\n");
        }

        private static readonly string[] Outcomes = { "compliant", "non-compliant", "error" };

        /// <summary>Compliant, non-compliant and error counts as a stacked bar; decorative, as the numbers are written beside it.</summary>
        private static void Bar(HtmlWriter html, int[] counts)
        {
            var total = counts.Sum();
            html.Raw("<svg class=\"stack\" viewBox=\"0 0 300 12\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\">");
            var x = 0.0;
            for (var i = 0; i < counts.Length && total > 0; i++)
            {
                if (counts[i] == 0) continue;
                var width = 300.0 * counts[i] / total;
                html.Raw("<rect").Attr("class", "b-" + Outcomes[i]).Attr("x", Coordinate(x)).Attr("y", "0").Attr("width", Coordinate(width)).Attr("height", "12").Raw("/>");
                x += width;
            }
            html.Raw("</svg>");
        }

        /// <summary>"29 ✓ compliant · 19 ✗ non-compliant · 0 ! error", each with its colour swatch.</summary>
        private static void Legend(HtmlWriter html, int[] counts)
        {
            var first = true;
            for (var i = 0; i < counts.Length; i++)
            {
                if (!first) html.Raw(" · ");
                first = false;
                html.Raw("<span class=\"count k-").Raw(Outcomes[i]).Raw("\">").Text(HtmlPage.Number(counts[i])).Raw(" ").Text(Outcomes[i]).Raw("</span>");
            }
        }

        /// <summary>One fact of a page's <c>dl.facts</c>: its name and its value.</summary>
        public static void Fact(HtmlWriter html, string name, string value) => html.Raw("<div><dt>").Text(name).Raw("</dt><dd>").Text(value).Raw("</dd></div>");

        private static string Coordinate(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
    }
}
