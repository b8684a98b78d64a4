using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Reporting.Html;
using CompliancePolicy.Syntax.Differencing;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>
    /// The diff as one self-contained page with no script, built from the pieces every page of the tool shares
    /// (<see cref="HtmlPage"/>): the summary and the result, the changes per clause and per kind as bars, the records that
    /// changed (the first <see cref="MaxListed"/>, kept as markup until the end so the summary can come first), then each
    /// policy's structural changes in the language's own syntax.
    /// </summary>
    internal sealed class DiffHtmlWriter : DiffReportWriter
    {
        private readonly StreamWriter _text;
        private readonly HtmlWriter _html;
        private readonly List<string> _listed = new List<string>();
        private int _notListed;
        private DiffReportHeader? _header;

        /// <param name="output">Where the page goes; the writer leaves it open.</param>
        /// <param name="maxListed">How many changed records the page lists.</param>
        public DiffHtmlWriter(Stream output, int maxListed = 200)
        {
            _text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
            _html = new HtmlWriter(_text);
            MaxListed = maxListed;
        }

        public int MaxListed { get; }

        public override void Begin(DiffReportHeader header)
        {
            _header = header;
            HtmlPage.Begin(_html, $"Policy diff: {header.OldVersion} → {header.NewVersion} as of {header.AsOf}", withScript: false);
            HtmlPage.Masthead(_html, "Policy diff",
                $"{header.OldVersion} → {header.NewVersion} · as of {header.AsOf} · failing on {ReportNames.Of(header.FailOn)} · {header.ToolName} {header.ToolVersion}");
        }

        public override void WriteRecord(RecordDiff record)
        {
            if (_listed.Count >= MaxListed)
            {
                _notListed++;
                return;
            }
            using var text = new StringWriter();
            WriteRecord(new HtmlWriter(text), record);
            _listed.Add(text.ToString());
        }

        public override void End(DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var header = _header!;
            _html.Raw("<main>\n");
            WriteSummary(header, summary, diagnostics);
            WriteClauseChanges(summary);
            WriteRecords(summary);
            WritePolicyChanges(header);
            _html.Raw("</main>\n");
            HtmlPage.End(_html, $"{header.ToolName} {header.ToolVersion}", withScript: false);
            _text.Flush();
        }

        private void WriteSummary(DiffReportHeader header, DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            var html = _html;
            html.Raw("<section id=\"summary\" aria-labelledby=\"h-summary\"><h2 id=\"h-summary\">Summary</h2>\n");
            var cls = summary.ExitCode switch { 0 => "o-compliant", 1 => "o-non-compliant", _ => "o-error" };
            html.Raw("<p class=\"verdict ").Raw(cls).Raw("\"><strong>").Text("Result: " + DiffText.Result(summary)).Raw("</strong></p>\n");
            html.Raw("<table class=\"counts\"><thead><tr><th scope=\"col\">Records compared</th><th scope=\"col\">Files</th><th scope=\"col\">Changed</th>" +
                "<th scope=\"col\">New failures</th><th scope=\"col\">No longer failing</th><th scope=\"col\">Unreadable</th><th scope=\"col\">Exit code</th></tr></thead><tbody><tr>");
            foreach (var count in new[] { summary.Records, summary.Files, summary.Changed, summary.NewFailures, summary.Fixed, summary.Unreadable, summary.ExitCode })
                html.Raw("<td class=\"num\">").Text(HtmlPage.Number(count)).Raw("</td>");
            html.Raw("</tr></tbody></table>\n<dl class=\"facts\">");
            SummaryHtml.Fact(html, "Old version", header.OldVersion);
            SummaryHtml.Fact(html, "New version", header.NewVersion);
            SummaryHtml.Fact(html, "As of", header.AsOf.ToString());
            SummaryHtml.Fact(html, "Fails on", ReportNames.Of(header.FailOn) + (header.FailOn is null ? " (no record is non-compliant in either version)" : " or more severe, in both versions"));
            SummaryHtml.Fact(html, "New failures", header.FailOnNewFailures ? "fail the run (exit code 1)" : $"reported, allowed ({DiffText.AllowOption})");
            SummaryHtml.Fact(html, "Parameter overrides", HtmlPage.Overrides(header.ParameterOverrides));
            SummaryHtml.Fact(html, "Written by", $"{header.ToolName} {header.ToolVersion}");
            html.Raw("</dl>\n");
            if (diagnostics.Count > 0)
            {
                html.Raw("<h3>Problems of the run</h3><ul class=\"diagnostics\">");
                foreach (var diagnostic in diagnostics) RecordHtml.WriteDiagnostic(html, diagnostic);
                html.Raw("</ul>\n");
            }
            var inputs = header.PolicyFiles.Concat(summary.RecordFiles).ToArray();
            html.Raw("<details class=\"inputs\"><summary>").Text($"Inputs of both versions by SHA-256 ({inputs.Length} files)").Raw("</summary>");
            HtmlPage.WriteInputs(html, inputs);
            html.Raw("</details>\n</section>\n");
        }

        /// <summary>The records per clause and kind of change, and the clause changes per kind, most first, as bars.</summary>
        private void WriteClauseChanges(DiffSummary summary)
        {
            var html = _html;
            html.Raw("<section id=\"clauses\" aria-labelledby=\"h-clauses\"><h2 id=\"h-clauses\">Changes per clause</h2>\n");
            if (summary.ClauseChanges.Count == 0)
            {
                html.Raw("<p>No clause changed outcome for any record.</p></section>\n");
                return;
            }
            var most = summary.ClauseChanges.Max(c => c.Records);
            html.Raw("<p class=\"note\">Most records first.</p>\n<table class=\"chart\"><thead><tr><th scope=\"col\">Clause</th><th scope=\"col\">Change</th>" +
                "<th scope=\"col\" class=\"num\">Records</th><th scope=\"col\" class=\"barcell\"><span class=\"sr\">Bar</span></th></tr></thead><tbody>\n");
            foreach (var count in summary.ClauseChanges)
            {
                html.Raw("<tr><th scope=\"row\"><code>").Text(count.Clause).Raw("</code><span class=\"policy\">").Text(count.Policy).Raw("</span></th>");
                html.Cell(count.Kind).Raw("<td class=\"num\">").Text(HtmlPage.Number(count.Records)).Raw("</td>");
                HtmlPage.BarCell(html, BarClass(count.Kind), (double)count.Records / most);
                html.Raw("</tr>\n");
            }
            html.Raw("</tbody></table>\n<table class=\"chart kinds\"><caption>Clause changes per kind</caption><thead><tr><th scope=\"col\">Change</th>" +
                "<th scope=\"col\" class=\"num\">Clause changes</th><th scope=\"col\" class=\"barcell\"><span class=\"sr\">Bar</span></th></tr></thead><tbody>\n");
            var mostOfKind = summary.Kinds.Max(k => k.Value);
            foreach (var kind in summary.Kinds)
            {
                html.Raw("<tr><th scope=\"row\">").Text(kind.Key).Raw("</th><td class=\"num\">").Text(HtmlPage.Number(kind.Value)).Raw("</td>");
                HtmlPage.BarCell(html, BarClass(kind.Key), (double)kind.Value / mostOfKind);
                html.Raw("</tr>\n");
            }
            html.Raw("</tbody></table></section>\n");
        }

        /// <summary>Red for a change to a failure, green for one to a pass, amber for any other ("pass → error", "absent → not-applicable").</summary>
        private static string BarClass(string kind) =>
            kind.EndsWith("→ fail", System.StringComparison.Ordinal) ? "b-non-compliant" : kind.EndsWith("→ pass", System.StringComparison.Ordinal) ? "b-compliant" : "b-error";

        private void WriteRecords(DiffSummary summary)
        {
            var html = _html;
            html.Raw("<section id=\"records\" aria-labelledby=\"h-records\"><h2 id=\"h-records\">Records that changed</h2>\n");
            if (_listed.Count == 0)
            {
                html.Raw("<p>No record changed verdict, clause outcome, decision or lifecycle state.</p></section>\n");
                return;
            }
            if (_notListed > 0)
            {
                html.Raw("<p class=\"note\">").Text($"The first {HtmlPage.Number(_listed.Count)} of {HtmlPage.Number(summary.Changed)} records that changed, as they were read; ")
                    .Raw("<code>--max-listed</code> lists more, <code>--format json</code> lists them all.</p>\n");
            }
            html.Raw("<table class=\"records changes\"><thead><tr><th scope=\"col\">Policy</th><th scope=\"col\">What</th><th scope=\"col\">Old → new</th>" +
                "<th scope=\"col\">Message and what would make it pass</th></tr></thead>\n");
            foreach (var record in _listed) html.Raw(record);
            html.Raw("</table></section>\n");
        }

        /// <summary>One record: a heading row (ID, file and line, whether it is a new failure), then per policy its verdict, each
        /// clause that changed outcome with its message and remedy, each decision and lifecycle that changed.</summary>
        private static void WriteRecord(HtmlWriter html, RecordDiff record)
        {
            html.Raw("<tbody class=\"record\"><tr><th scope=\"rowgroup\" colspan=\"4\" class=\"record-id\">").Text(record.Id).Raw(" <span class=\"where\">")
                .Text($"{JsonValues.PathText(record.File)}:{record.Line.ToString(CultureInfo.InvariantCulture)}").Raw("</span>");
            if (record.IsNewFailure) html.Raw(" <strong class=\"tag\">new failure</strong>");
            html.Raw("</th></tr>\n");
            foreach (var policy in record.Policies)
            {
                html.Raw("<tr class=\"verdict-change\"><td>").Text(policy.Policy).Raw("</td><td>verdict</td><td>");
                Change(html, "o-", policy.OldOutcome, policy.NewOutcome);
                html.Raw("</td><td></td></tr>\n");
                foreach (var clause in policy.Clauses)
                {
                    html.Raw("<tr class=\"clause-change\"><td>").Text(policy.Policy).Raw("</td><td><code>").Text(clause.Id).Raw("</code> ").Text(clause.Title).Raw(" ");
                    RecordHtml.Badge(html, ReportNames.Of(clause.Severity), "sev-" + ReportNames.Of(clause.Severity));
                    html.Raw("</td><td>");
                    Change(html, "c-", clause.OldOutcome, clause.NewOutcome);
                    html.Raw("</td><td>").Text(clause.Message);
                    // The remedy as the text report writes it, under the message it answers.
                    if (clause.Remedy != null) html.Raw("<pre class=\"remedy\">").Text(string.Join("\n", RemedyText.ToPass(clause.Remedy))).Raw("</pre>");
                    html.Raw("</td></tr>\n");
                }
                foreach (var decision in policy.Decisions) Value(html, policy.Policy, "decision", decision);
                foreach (var lifecycle in policy.Lifecycles) Value(html, policy.Policy, "lifecycle", lifecycle);
            }
            html.Raw("</tbody>\n");
        }

        /// <summary>"pass → fail" as two badges, "still non-compliant" as one; an outcome is a constant of the library, so it names its badge's class.</summary>
        private static void Change(HtmlWriter html, string prefix, string old, string @new)
        {
            if (old == @new)
            {
                html.Raw("still ");
            }
            else
            {
                RecordHtml.Badge(html, old, prefix + old);
                html.Raw(" → ");
            }
            RecordHtml.Badge(html, @new, prefix + @new);
        }

        private static void Value(HtmlWriter html, string policy, string kind, ValueChange change)
        {
            html.Raw("<tr class=\"").Raw(kind).Raw("-change\"><td>").Text(policy).Raw("</td><td>").Text(kind).Raw(" <code>").Text(change.Name).Raw("</code></td><td><code>")
                .Text(change.OldValue).Raw("</code> → <code>").Text(change.NewValue).Raw("</code></td><td></td></tr>\n");
        }

        /// <summary>Each policy's structural changes, the declarations and members in the policy language's own syntax.</summary>
        private void WritePolicyChanges(DiffReportHeader header)
        {
            var html = _html;
            html.Raw("<section id=\"policy-changes\" aria-labelledby=\"h-policy-changes\"><h2 id=\"h-policy-changes\">Policy changes</h2>\n");
            var changed = header.Policies.Where(p => p.Changes.Count > 0 || p.Presence != null).ToArray();
            if (changed.Length == 0) html.Raw("<p>None: the policies read the same (layout and comments aside).</p>\n");
            foreach (var policy in changed)
            {
                html.Raw("<section class=\"policy-change\"><h3>").Text(DiffText.Policy(policy)).Raw("</h3>\n<ul>");
                foreach (var change in policy.Changes)
                {
                    html.Raw("<li>");
                    if (change.Part != null) Part(html, change);
                    else html.Text(change.Describe() + ":").Raw("<pre class=\"policy-text\"><code>").Text(change.NewText ?? change.OldText).Raw("</code></pre>");
                    html.Raw("</li>\n");
                }
                html.Raw("</ul></section>\n");
            }
            html.Raw("</section>\n");
        }

        /// <summary>"param minimum_operation: <c>= 3 months</c> became <c>= 4 months</c>", the texts in the language's syntax.</summary>
        private static void Part(HtmlWriter html, StructuralChange change)
        {
            html.Text(change.Subject + ": ");
            switch (change.Kind)
            {
                case ChangeKind.Added: html.Raw("<code>").Text(change.NewText).Raw("</code> added"); break;
                case ChangeKind.Removed: html.Raw("<code>").Text(change.OldText).Raw("</code> removed"); break;
                default: html.Raw("<code>").Text(change.OldText).Raw("</code> became <code>").Text(change.NewText).Raw("</code>"); break;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) _text.Dispose();
        }
    }
}
