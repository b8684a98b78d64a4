using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// Everything the report says about one record, as an HTML fragment: its read problems, then per policy the verdict,
    /// each clause with its outcome, message and citations (and, for a failure, the evidence and the explanation tree in
    /// a collapsible section), the decisions and each lifecycle's timeline.
    /// </summary>
    internal static class RecordHtml
    {
        public static void Write(HtmlWriter html, RecordReport record, CalendarDate asOf, bool failuresOnly)
        {
            html.Raw("<div class=\"record-detail\">");
            if (record.Diagnostics.Count > 0)
            {
                html.Raw("<ul class=\"diagnostics\">");
                foreach (var diagnostic in record.Diagnostics) WriteDiagnostic(html, diagnostic);
                html.Raw("</ul>");
            }
            foreach (var policy in record.Policies.Where(p => p.Outcome != ReportOutcome.NotApplicable)) WritePolicy(html, policy, asOf, failuresOnly);
            var other = record.Policies.Where(p => p.Outcome == ReportOutcome.NotApplicable).ToArray();
            if (other.Length > 0)
            {
                // Records of another kind: one line, so the policies the record is about stay in view.
                html.Raw("<details class=\"not-applicable\"><summary>").Text($"Not applicable to {other.Length} other polic{(other.Length == 1 ? "y" : "ies")} (the record does not fit their schemas)").Raw("</summary><ul>");
                foreach (var policy in other) html.Raw("<li><strong>").Text(policy.Policy.Name).Raw("</strong>: ").Text(policy.Reason).Raw("</li>");
                html.Raw("</ul></details>");
            }
            html.Raw("</div>");
        }

        public static void WriteDiagnostic(HtmlWriter html, ReportDiagnostic diagnostic)
        {
            var d = diagnostic.Diagnostic;
            html.Raw("<li>");
            Badge(html, ReportNames.Of(d.Severity), "d-" + ReportNames.Of(d.Severity));
            html.Raw(" <code>").Text(d.Id).Raw("</code> ").Text(d.Message);
            if (d.Location is { } location)
            {
                var where = $"{JsonValues.PathText(location.Path)}:{location.Start.Line}:{location.Start.Column}";
                if (location.JsonPath != null) where += " " + location.JsonPath;
                html.Raw(" <span class=\"where\">").Text(where).Raw("</span>");
            }
            if (diagnostic.Policy != null) html.Raw(" <span class=\"where\">(schema of policy ").Text(diagnostic.Policy).Raw(")</span>");
            html.Raw("</li>");
        }

        private static void WritePolicy(HtmlWriter html, PolicyRecordReport policy, CalendarDate asOf, bool failuresOnly)
        {
            html.Raw("<section class=\"policy-result\"><h4>").Text(policy.Policy.Name);
            if (policy.Policy.Version != null) html.Raw(" <span class=\"version\">").Text(policy.Policy.Version).Raw("</span>");
            html.Raw(" ");
            Outcome(html, policy.Outcome);
            html.Raw("</h4>");
            var clauses = failuresOnly ? policy.Clauses.Where(IsFailure).ToArray() : policy.Clauses.ToArray();
            if (clauses.Length > 0) WriteClauses(html, clauses);
            if (policy.Decisions.Count > 0)
            {
                html.Raw("<details class=\"decisions\"><summary>Decisions (").Text(policy.Decisions.Count).Raw(")</summary><table><tbody>");
                foreach (var decision in policy.Decisions)
                {
                    html.Raw("<tr><th scope=\"row\"><code>").Text(decision.Name).Raw("</code></th>");
                    html.Cell(decision.Error is null ? ValueFormatter.Format(decision.Value) : "error: " + decision.Error);
                    html.Raw("</tr>");
                }
                html.Raw("</tbody></table></details>");
            }
            foreach (var lifecycle in policy.Lifecycles) LifecycleHtml.Write(html, lifecycle, asOf);
            html.Raw("</section>");
        }

        private static void WriteClauses(HtmlWriter html, IReadOnlyList<ClauseReport> clauses)
        {
            html.Raw("<table class=\"clauses\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Severity</th><th scope=\"col\">Outcome</th><th scope=\"col\">Message</th><th scope=\"col\">Cites</th></tr></thead>");
            foreach (var clause in clauses)
            {
                // One tbody per clause keeps a clause's row and its explanation together when the table is printed.
                html.Raw("<tbody><tr><th scope=\"row\"><code>").Text(clause.Id).Raw("</code> ").Text(clause.Title).Raw("</th>");
                html.Raw("<td>");
                Badge(html, ReportNames.Of(clause.Severity), "sev-" + ReportNames.Of(clause.Severity));
                html.Raw("</td><td>");
                Outcome(html, clause.Outcome);
                html.Raw("</td>");
                html.Raw("<td>").Text(clause.Message);
                // What would make it pass, or when time alone changes it (docs/what-if.md), under the message it answers.
                var remedy = RemedyText.Summary(clause.Remedy, clause.Outlook);
                if (remedy.Length > 0) html.Raw("<p class=\"remedy\">").Text(remedy).Raw("</p>");
                html.Raw("</td>");
                html.Cell(string.Join("; ", clause.Citations));
                html.Raw("</tr>");
                if (clause.Evidence.Count > 0 || clause.Explanation != null) WriteWhy(html, clause);
                html.Raw("</tbody>");
            }
            html.Raw("</table>");
        }

        private static void WriteWhy(HtmlWriter html, ClauseReport clause)
        {
            html.Raw("<tr class=\"why\"><td colspan=\"5\"><details><summary>Evidence and explanation of <code>").Text(clause.Id).Raw("</code></summary>");
            if (clause.Evidence.Count > 0)
            {
                html.Raw("<dl class=\"evidence\">");
                foreach (var evidence in clause.Evidence)
                    html.Raw("<div><dt><code>").Text(evidence.Expression).Raw("</code></dt><dd>").Text(evidence.Value).Raw("</dd></div>");
                html.Raw("</dl>");
            }
            if (clause.Explanation is { } explanation)
            {
                html.Raw("<ul class=\"explanation\">");
                foreach (var step in explanation.Steps) WriteNode(html, step);
                html.Raw("</ul>");
            }
            html.Raw("</details></td></tr>");
        }

        /// <summary>A node of the explanation tree: the expression and its value; its sub-expressions in a section that opens and closes.</summary>
        private static void WriteNode(HtmlWriter html, ExplanationNode node)
        {
            html.Raw("<li>");
            if (node.Children.Count > 0) html.Raw("<details open><summary>");
            if (node.Role != null) html.Raw("<span class=\"role\">").Text(node.Role).Raw("</span> ");
            html.Raw("<code>").Text(node.Expression).Raw("</code>");
            if (node.Value.Length > 0) html.Raw(" <span class=\"is\">is</span> <code class=\"value\">").Text(node.Value).Raw("</code>");
            if (node.Children.Count > 0)
            {
                html.Raw("</summary><ul>");
                foreach (var child in node.Children) WriteNode(html, child);
                html.Raw("</ul></details>");
            }
            html.Raw("</li>");
        }

        public static bool IsFailure(ClauseReport clause) => clause.Outcome == ClauseOutcome.Fail || clause.Outcome == ClauseOutcome.Error;

        /// <summary>An outcome as a badge: a symbol and the word, coloured, so the colour is never the only sign.</summary>
        public static void Outcome(HtmlWriter html, ReportOutcome outcome) => Badge(html, Symbol(outcome) + " " + ReportNames.Of(outcome), "o-" + ReportNames.Of(outcome));

        private static void Outcome(HtmlWriter html, ClauseOutcome outcome)
        {
            var symbol = outcome switch
            {
                ClauseOutcome.Pass => "✓",
                ClauseOutcome.Fail => "✗",
                ClauseOutcome.Error => "!",
                _ => "–",
            };
            Badge(html, symbol + " " + ReportNames.Of(outcome), "c-" + ReportNames.Of(outcome));
        }

        public static string Symbol(ReportOutcome outcome) => outcome switch
        {
            ReportOutcome.Compliant => "✓",
            ReportOutcome.NonCompliant => "✗",
            ReportOutcome.Error => "!",
            _ => "–",
        };

        /// <summary>A word as a coloured badge of class <paramref name="cls"/> (a constant of this library).</summary>
        public static void Badge(HtmlWriter html, string text, string cls) => html.Raw("<span class=\"badge ").Raw(cls).Raw("\">").Text(text).Raw("</span>");
    }
}
