using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>check --format html</c>: one self-contained page, parsed with an HTML5 parser. What it holds is
    /// compared with the JSON report of the same run.</summary>
    public class HtmlReportTests
    {
        private const string AsOf = "2026-12-01";

        private static (HtmlReport Html, JsonDocument Json) SampleReports(params string[] extra)
        {
            using var folder = Fixtures.Temp();
            var html = Path.Combine(folder.Path, "report.html");
            var json = Path.Combine(folder.Path, "report.json");
            var args = new[] { "check", Samples.Folder, "--records", Path.Combine(Samples.Folder, "records"), "--as-of", AsOf };
            var run = Tool.Run(args.Concat(extra).Concat(new[] { "--format", "html", "-o", html }).ToArray());
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.True(Tool.Run(args.Concat(extra).Concat(new[] { "--format", "json", "-o", json }).ToArray()).ExitCode == 1);
            return (HtmlReport.Load(html), JsonDocument.Parse(File.ReadAllText(json)));
        }

        private static HtmlReport Eligibility(string records, string? name = null)
        {
            using var folder = Fixtures.Temp();
            var path = folder.Write(name ?? "orgs.jsonl", records);
            var html = Path.Combine(folder.Path, "report.html");
            var run = Tool.Run("check", Fixtures.Policy, "--records", path, "--as-of", AsOf, "--format", "html", "-o", html);
            Assert.True(run.ExitCode <= 1, run.ToString());
            return HtmlReport.Load(html);
        }

        private static string Organisation(string id, string established = "2026-01-01") =>
            JsonSerializer.Serialize(new { id, sms_established = established, audit_date = "2026-06-01", management_reviews = new[] { "2026-05-01" } });

        [Fact]
        public void Every_record_is_embedded_with_its_outcome_and_every_clause_it_was_evaluated_against()
        {
            var (html, json) = SampleReports();

            var expected = json.RootElement.GetProperty("records").EnumerateArray().ToArray();
            Assert.Equal(expected.Length, html.Records.Count);
            foreach (var (record, embedded) in expected.Zip(html.Records))
            {
                Assert.Equal(record.GetProperty("id").GetString(), embedded.Id);
                Assert.Equal(record.GetProperty("file").GetString(), embedded.File);
                Assert.Equal(record.GetProperty("line").GetInt32(), embedded.Line);
                Assert.Equal(record.GetProperty("outcome").GetString(), embedded.Outcome);
                var clauses = record.GetProperty("policies").EnumerateArray().SelectMany(p => p.GetProperty("clauses").EnumerateArray()).ToArray();
                Assert.Equal(clauses.Where(c => c.GetProperty("outcome").GetString() is "fail" or "error").Select(c => c.GetProperty("id").GetString()),
                    embedded.FailedClauses);
                var rows = embedded.Details.QuerySelectorAll("table.clauses > tbody > tr:first-child").ToArray();
                Assert.Equal(clauses.Select(c => c.GetProperty("id").GetString()), rows.Select(r => r.QuerySelector("th code")!.TextContent));
                Assert.Equal(clauses.Select(c => c.GetProperty("outcome").GetString()), rows.Select(r => r.QuerySelectorAll("td .badge")[1].TextContent[2..]));
            }
        }

        [Fact]
        public void A_failed_clause_carries_its_message_citations_evidence_and_explanation_tree()
        {
            var (html, _) = SampleReports();

            var record = html.Records.Single(r => r.Id == "AS-02");
            var row = record.Details.QuerySelectorAll("table.clauses > tbody").Single(b => b.QuerySelector("th code")!.TextContent == "SCORE-1");
            var message = row.QuerySelectorAll("td")[2];
            Assert.Equal("score 69.99 (69.99 - 0 + 0) with 0 special deduction(s)", message.FirstChild!.TextContent);
            Assert.Equal("score needs +0.01 (69.99 → 70), through indicator_score needs +0.01 (69.99 → 70), or sum(special_bonuses) needs +0.01 (0 → 0.01)",
                message.QuerySelector("p.remedy")!.TextContent);
            Assert.Equal("RD-4.8; 003 §5.3.3.7", row.QuerySelectorAll("td")[3].TextContent);
            var why = row.QuerySelector("tr.why details")!;
            Assert.NotEmpty(why.QuerySelectorAll("dl.evidence dt"));
            var steps = why.QuerySelectorAll("ul.explanation > li").ToArray();
            Assert.Contains(steps, s => s.QuerySelector(".role")?.TextContent == "require");
            Assert.NotEmpty(why.QuerySelectorAll("ul.explanation details ul li"));
        }

        [Fact]
        public void Each_lifecycle_is_drawn_as_an_svg_timeline_with_the_same_facts_as_a_table()
        {
            var (html, _) = SampleReports();

            var record = html.Records.Single(r => r.Id == "ENG-03");
            var figure = Assert.Single(record.Details.QuerySelectorAll("figure.lifecycle"));
            Assert.StartsWith("Lifecycle agreement: terminated since 2026-10-02 (final)", figure.QuerySelector("figcaption")!.TextContent);
            var svg = figure.QuerySelector("svg.timeline")!;
            Assert.Equal("img", svg.GetAttribute("role"));
            var states = figure.QuerySelectorAll("details.steps tbody th").Select(th => th.TextContent).ToArray();
            Assert.Equal(states, svg.QuerySelectorAll("g.bar > title").Where(t => t.ParentElement!.ParentElement!.ClassName != "key")
                .Select(t => t.TextContent.Split(':')[0].Replace(" (final)", string.Empty)));
            Assert.Single(svg.QuerySelectorAll("g.asof"));
        }

        [Fact]
        public void The_summary_comes_first_with_the_verdict_counts_as_of_date_fail_on_overrides_and_input_digests()
        {
            var (html, json) = SampleReports("--param", "minimum_operation=4 months");

            var main = html.Document.QuerySelector("main")!;
            Assert.Equal(new[] { "summary", "clauses", "records" }, main.Children.Select(c => c.Id));
            var summary = main.QuerySelector("#summary")!;
            Assert.StartsWith("✗ Non-compliant: ", summary.QuerySelector(".verdict")!.TextContent);
            var facts = summary.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
            Assert.Equal(AsOf, facts["As of"]);
            Assert.Equal("blocker or more severe", facts["Fails on"]);
            Assert.Equal("minimum_operation=4 months", facts["Parameter overrides"]);
            var counts = json.RootElement.GetProperty("summary");
            Assert.Contains($"{counts.GetProperty("compliant").GetInt32()} compliant", summary.QuerySelector(".overall .legend")!.TextContent);
            Assert.Contains($"{counts.GetProperty("nonCompliant").GetInt32()} non-compliant", summary.QuerySelector(".overall .legend")!.TextContent);
            var overridden = summary.QuerySelectorAll("tr.overridden").Select(r => r.QuerySelector("th")!.TextContent + "=" + r.QuerySelector("td code")!.TextContent);
            Assert.Contains("minimum_operation=4 months", overridden);
            var digests = summary.QuerySelectorAll("table.inputs tbody tr").ToDictionary(r => r.QuerySelector("th")!.TextContent, r => r.QuerySelector(".digest")!.TextContent);
            foreach (var input in json.RootElement.GetProperty("inputs").EnumerateArray())
                Assert.Equal(input.GetProperty("sha256").GetString(), digests[input.GetProperty("file").GetString()!]);
        }

        [Fact]
        public void Failures_per_clause_are_sorted_most_first_and_each_links_to_the_records_that_failed_it()
        {
            var (html, _) = SampleReports();

            var rows = html.Document.QuerySelectorAll("#clauses table.chart tbody tr").ToArray();
            var failed = rows.Select(r => int.Parse(r.QuerySelectorAll("td.num")[0].TextContent)).ToArray();
            Assert.Equal(failed.OrderByDescending(n => n), failed);
            foreach (var row in rows)
            {
                var link = row.QuerySelector("a.clause-link")!;
                var index = int.Parse(link.GetAttribute("href")!.Split('=')[1]);
                var id = link.QuerySelector("code")!.TextContent;
                Assert.Equal(id, html.ClauseId(index));
                Assert.Equal(html.Records.Count(r => r.FailedClauses.Contains(id) && r.Details.TextContent.Contains(row.QuerySelector(".policy")!.TextContent)),
                    int.Parse(row.QuerySelectorAll("td.num")[0].TextContent) + int.Parse(row.QuerySelectorAll("td.num")[1].TextContent));
                Assert.NotEmpty(row.QuerySelector(".badge")!.TextContent);
            }
        }

        [Fact]
        public void Without_javascript_a_capped_list_shows_the_failing_records_first_and_says_how_many_it_leaves_out()
        {
            // 250 records, the last 10 of them not operated long enough (ELIG-2 fails).
            var lines = Enumerable.Range(1, 250).Select(i => Organisation($"ORG-{i:000}", i > 240 ? "2026-05-01" : "2026-01-01"));
            var html = Eligibility(string.Join("\n", lines));

            Assert.Equal(250, html.Records.Count);
            var listed = html.Document.QuerySelectorAll("#cp-static table.records > tbody > tr:first-child > th").Select(th => th.TextContent).ToArray();
            Assert.Equal(200, listed.Length);
            Assert.Equal(Enumerable.Range(241, 10).Select(i => $"ORG-{i:000}"), listed.Take(10));
            Assert.Contains("lists 200 of the 250 records it holds, the non-compliant and in-error ones first", html.Document.QuerySelector("#cp-static .note")!.TextContent);
            Assert.True(html.Document.QuerySelector("#cp-app")!.HasAttribute("hidden"));
        }

        [Fact]
        public void Hostile_text_in_a_record_stays_text_in_the_page_the_data_and_the_details()
        {
            const string Hostile = "<script>alert(1)</script></script><!--\u2028\u2029\u202Egnp.exe";
            var html = Eligibility(Organisation(Hostile) + "\n" + Organisation("ORG-2", "2026-05-01"));

            // The page's own script is the only one a browser would run: every other script element is inert data.
            var scripts = html.Document.Scripts.ToArray();
            Assert.Single(scripts, s => s.Type is null or "" or "text/javascript");
            Assert.All(scripts.Where(s => s.Type is "application/json" or "text/plain"), s => Assert.DoesNotContain("<", s.TextContent));
            Assert.Equal(new[] { Hostile, "ORG-2" }, html.Records.Select(r => r.Id));
            var listed = html.Document.QuerySelectorAll("#cp-static table.records > tbody > tr:first-child > th").Select(th => th).ToArray();
            var shown = listed.Single(th => th.TextContent.StartsWith("<script>"));
            Assert.Equal(new[] { "U+2028", "U+2029", "U+202E" }, shown.QuerySelectorAll("span.cc").Select(s => s.TextContent));
            Assert.Empty(shown.QuerySelectorAll("script"));
            Assert.DoesNotContain('\u202E', html.Document.Body!.TextContent);
            Assert.DoesNotContain("alert(1)</script>", html.Text);
        }

        [Fact]
        public void The_page_names_no_external_resource_anywhere_not_even_in_the_packed_details()
        {
            var (html, _) = SampleReports();

            var texts = new[] { html.Text }.Concat(html.DetailsHtml).ToArray();
            foreach (var text in texts)
            {
                Assert.DoesNotMatch(new Regex("https?://|@import|url\\((?!#)", RegexOptions.IgnoreCase), text);
            }
            var elements = html.Document.All.Concat(html.Records.SelectMany(r => r.Details.QuerySelectorAll("*")));
            foreach (var element in elements)
            {
                foreach (var name in new[] { "src", "href", "action", "srcset", "xlink:href", "data", "poster" })
                {
                    var value = element.GetAttribute(name);
                    Assert.True(value is null || value.StartsWith('#'), $"<{element.LocalName} {name}=\"{value}\">");
                }
            }
            Assert.Empty(html.Document.QuerySelectorAll("link, iframe, object, embed, img, base"));
        }

        [Fact]
        public void A_content_security_policy_lets_only_the_page_s_own_script_and_style_run_and_nothing_load()
        {
            var (html, _) = SampleReports();

            var policy = html.Document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
            Assert.StartsWith("default-src 'none';", policy);
            var script = html.Document.Scripts.Single(s => string.IsNullOrEmpty(s.Type)).TextContent;
            var style = Assert.Single(html.Document.QuerySelectorAll("style")).TextContent;
            Assert.Contains($"script-src 'sha256-{Sha256(script)}'", policy);
            Assert.Contains($"style-src 'sha256-{Sha256(style)}'", policy);
            Assert.Empty(html.Document.QuerySelectorAll("[style]"));
        }

        [Fact]
        public void Detail_failures_embeds_only_failing_records_and_their_failed_clauses_and_still_counts_every_record()
        {
            var (all, _) = SampleReports();
            var (failures, _) = SampleReports("--detail", "failures");

            Assert.Equal(all.Records.Where(r => r.Outcome != "compliant").Select(r => r.Id), failures.Records.Select(r => r.Id));
            Assert.All(failures.Records, r => Assert.All(r.Details.QuerySelectorAll("table.clauses td .badge.c-pass, table.clauses td .badge.c-not-applicable"), b => Assert.Fail(b.TextContent)));
            Assert.Equal(all.Document.QuerySelector("#summary .overall")!.TextContent, failures.Document.QuerySelector("#summary .overall")!.TextContent);
            Assert.Equal(ChartRows(all), ChartRows(failures));
            Assert.Contains("holds the non-compliant and in-error records only", failures.Document.QuerySelector("#records .note")!.TextContent);
        }

        [Fact]
        public void The_failures_by_clause_are_the_runs_own_in_its_order_with_their_share_of_the_records_evaluated()
        {
            var (html, json) = SampleReports();

            var expected = json.RootElement.GetProperty("failuresByClause").EnumerateArray().Select(row => string.Join(" | ",
                row.GetProperty("clause").GetString(), row.GetProperty("policy").GetString(), row.GetProperty("failures").GetInt32(), row.GetProperty("errors").GetInt32(),
                (100.0 * row.GetProperty("failures").GetInt32() / row.GetProperty("evaluated").GetInt32()).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%"));
            Assert.NotEmpty(expected);
            Assert.Equal(expected, ChartRows(html));
        }

        /// <summary>Each row of the failures-by-clause chart: "clause | policy | failed | errors | share".</summary>
        private static string[] ChartRows(HtmlReport html) => html.Document.QuerySelectorAll("#clauses table.chart tbody tr").Select(row => string.Join(" | ",
            row.QuerySelector("a.clause-link code")!.TextContent, row.QuerySelector(".policy")!.TextContent,
            string.Join(" | ", row.QuerySelectorAll("td.num").Select(n => n.TextContent)))).ToArray();

        private static string Sha256(string text) => System.Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
