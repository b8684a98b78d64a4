using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>diff --format html</c>: one self-contained page with no script, parsed with an HTML5 parser, and compared
    /// with the JSON report of the same run.</summary>
    public class DiffHtmlReportTests
    {
        private const string AsOf = "2026-11-23";
        private const string MinimumOperation = "param minimum_operation: duration = 3 months";
        private static string Sample(string name) => DiffCommandTests.Sample(name);
        private static string SampleRecords(string file) => DiffCommandTests.SampleRecords(file);
        private static string Edited(TempFolder temp, string sample, string from, string to) => DiffCommandTests.Edited(temp, sample, from, to);

        /// <summary>The diff of <paramref name="old"/> and <paramref name="new"/> as an HTML page written with --output, and as JSON.</summary>
        private static (IDocument Page, string Text, JsonDocument Json) Reports(TempFolder temp, string old, string @new, string records, int exit, params string[] more)
        {
            var page = Path.Combine(temp.Path, "diff.html");
            var args = new[] { "diff", old, @new, "--records", records, "--as-of", AsOf }.Concat(more).ToArray();
            var html = Tool.Run(args.Concat(new[] { "--format", "html", "--output", page }).ToArray());
            Assert.True(html.ExitCode == exit, html.ToString());
            var json = Tool.Run(args.Concat(new[] { "--format", "json" }).ToArray());
            Assert.True(json.ExitCode == exit, json.ToString());
            var text = File.ReadAllText(page);
            return (new HtmlParser().ParseDocument(text), text, JsonDocument.Parse(json.Output));
        }

        private static (IDocument Page, string Text, JsonDocument Json) LongerMinimumOperation(TempFolder temp, string? records = null) =>
            Reports(temp, Sample("after-sales-certification"), Edited(temp, "after-sales-certification", MinimumOperation, "param minimum_operation: duration = 4 months"),
                records ?? SampleRecords("after-sales-certification.json"), 1);

        [Fact]
        public void The_summary_comes_first_with_the_counts_the_gate_result_the_as_of_date_and_both_versions_inputs_by_digest()
        {
            using var temp = Fixtures.Temp();
            var (page, _, json) = LongerMinimumOperation(temp);

            var sections = page.QuerySelectorAll("main > section").Select(s => s.Id).ToArray();
            Assert.Equal(new[] { "summary", "clauses", "records", "policy-changes" }, sections);
            var summary = page.GetElementById("summary")!;
            Assert.Equal("Result: 2 records that passed now fail: exit code 1 (allow it with --fail-on-new-failures false)", summary.QuerySelector("p.verdict")!.TextContent);
            Assert.Equal(new[] { "9", "1", "4", "2", "0", "0", "1" }, summary.QuerySelectorAll("table.counts td").Select(td => td.TextContent));
            var facts = summary.QuerySelectorAll("dl.facts > div").ToDictionary(d => d.QuerySelector("dt")!.TextContent, d => d.QuerySelector("dd")!.TextContent);
            Assert.Equal(AsOf, facts["As of"]);
            Assert.Equal(Sample("after-sales-certification"), facts["Old version"]);
            var inputs = json.RootElement.GetProperty("inputs").EnumerateArray().ToArray();
            var rows = summary.QuerySelectorAll("table.inputs tbody tr").ToArray();
            Assert.Equal(3, inputs.Length);
            Assert.Equal(inputs.Select(i => i.GetProperty("file").GetString()), rows.Select(r => r.QuerySelector("th")!.TextContent));
            Assert.Equal(inputs.Select(i => i.GetProperty("sha256").GetString()), rows.Select(r => r.QuerySelector("code.digest")!.TextContent));
        }

        [Fact]
        public void Every_changed_record_and_clause_is_on_the_page_with_its_old_and_new_outcome_and_a_new_failure_s_remedy()
        {
            using var temp = Fixtures.Temp();
            var (page, _, json) = LongerMinimumOperation(temp);

            var expected = json.RootElement.GetProperty("records").EnumerateArray().ToArray();
            var records = page.QuerySelectorAll("#records tbody.record").ToArray();
            Assert.Equal(expected.Length, records.Length);
            foreach (var (record, shown) in expected.Zip(records))
            {
                var heading = shown.QuerySelector("th.record-id")!;
                Assert.StartsWith(record.GetProperty("id").GetString() + " ", heading.TextContent);
                Assert.Equal($"{record.GetProperty("file").GetString()}:{record.GetProperty("line").GetInt32()}", heading.QuerySelector(".where")!.TextContent);
                Assert.Equal(record.GetProperty("newFailure").GetBoolean(), heading.QuerySelector(".tag") != null);
                var clauses = record.GetProperty("policies").EnumerateArray().SelectMany(p => p.GetProperty("clauses").EnumerateArray()).ToArray();
                var rows = shown.QuerySelectorAll("tr.clause-change").ToArray();
                Assert.Equal(clauses.Select(c => c.GetProperty("id").GetString()), rows.Select(r => r.QuerySelector("code")!.TextContent));
                Assert.Equal(clauses.Select(c => c.GetProperty("old").GetString() + " → " + c.GetProperty("new").GetString()), rows.Select(r => r.QuerySelectorAll("td")[2].TextContent));
            }
            var first = records[0];
            Assert.Equal("compliant → non-compliant", first.QuerySelector("tr.verdict-change td:nth-child(3)")!.TextContent);
            Assert.Equal("still non-compliant", records[1].QuerySelector("tr.verdict-change td:nth-child(3)")!.TextContent);
            Assert.Equal("to pass: one of:\n  - service_system_since on or before 2025-11-10 (now 2025-12-01)\n  - onsite_audit_date on or after 2026-04-01 (now 2026-03-10)",
                first.QuerySelector("pre.remedy")!.TextContent);
            Assert.Equal("decision certification_recommended", first.QuerySelector("tr.decision-change td:nth-child(2)")!.TextContent);
            Assert.Equal("true → false", first.QuerySelector("tr.decision-change td:nth-child(3)")!.TextContent);

            var perClause = page.QuerySelectorAll("#clauses table.chart")[0].QuerySelectorAll("tbody tr").Single();
            Assert.Equal(new[] { "pass → fail", "4" }, perClause.QuerySelectorAll("td").Take(2).Select(td => td.TextContent));
            Assert.Equal("APP-D", perClause.QuerySelector("th code")!.TextContent);
            Assert.Equal("param minimum_operation: = 3 months became = 4 months", page.QuerySelector("#policy-changes li")!.TextContent);
        }

        [Fact]
        public void An_added_clause_is_shown_in_the_language_s_syntax_escaped_and_its_records_go_from_absent_to_fail()
        {
            using var temp = Fixtures.Temp();
            var clause = "clause SUB-6 \"The fee is at most 300,000 yuan\"\n  severity major\n  require certification_fee <= 300000\n  message \"fee {certification_fee}\"";
            var edited = Edited(temp, "subsidies", "decision subsidy", clause + "\n\ndecision subsidy");

            var (page, text, _) = Reports(temp, Sample("subsidies"), edited, SampleRecords("subsidies.json"), 1, "--fail-on", "major");

            Assert.Equal(clause, page.QuerySelector("#policy-changes pre.policy-text")!.TextContent);
            Assert.Contains("require certification_fee &lt;= 300000", text);
            var row = page.QuerySelectorAll("tr.clause-change").First(r => r.QuerySelector("code")!.TextContent == "SUB-6");
            Assert.Equal("absent → fail", row.QuerySelectorAll("td")[2].TextContent);
            Assert.StartsWith("to pass: certification_fee needs -", row.QuerySelector("pre.remedy")!.TextContent);
        }

        [Fact]
        public void Max_listed_caps_the_records_on_the_page_and_the_page_says_how_many_it_leaves_out()
        {
            using var temp = Fixtures.Temp();
            var (page, _, _) = Reports(temp, Sample("after-sales-certification"), Edited(temp, "after-sales-certification", MinimumOperation, "param minimum_operation: duration = 4 months"),
                SampleRecords("after-sales-certification.json"), 1, "--max-listed", "1");

            Assert.Single(page.QuerySelectorAll("#records tbody.record"));
            Assert.StartsWith("The first 1 of 4 records that changed", page.QuerySelector("#records p.note")!.TextContent);
        }

        [Fact]
        public void A_hostile_record_id_stays_text()
        {
            const string Hostile = "<script>alert(1)</script></script><!--\u2028\u202Egnp.exe";
            using var temp = Fixtures.Temp();
            var records = temp.Write("records.json", File.ReadAllText(SampleRecords("after-sales-certification.json")).Replace("\"AS-01\"", JsonSerializer.Serialize(Hostile)));

            var (page, text, _) = LongerMinimumOperation(temp, records);

            Assert.Empty(page.Scripts);
            var heading = page.QuerySelectorAll("th.record-id").Single(th => th.TextContent.StartsWith("<script>"));
            Assert.Equal(new[] { "U+2028", "U+202E" }, heading.QuerySelectorAll("span.cc").Select(s => s.TextContent));
            Assert.DoesNotContain('\u202E', page.Body!.TextContent);
            Assert.DoesNotContain("alert(1)</script>", text);
        }

        [Fact]
        public void The_page_loads_nothing_and_its_content_security_policy_allows_only_its_own_style()
        {
            using var temp = Fixtures.Temp();
            var (page, text, _) = LongerMinimumOperation(temp);

            Assert.DoesNotMatch(new Regex("https?://|@import|url\\((?!#)", RegexOptions.IgnoreCase), text);
            foreach (var element in page.All)
            {
                foreach (var name in new[] { "src", "href", "action", "srcset", "xlink:href", "data", "poster" })
                    Assert.Null(element.GetAttribute(name));
            }
            Assert.Empty(page.QuerySelectorAll("link, iframe, object, embed, img, base, script, [style]"));
            var policy = page.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
            Assert.StartsWith("default-src 'none';", policy);
            Assert.Contains("script-src 'none'", policy);
            var style = Assert.Single(page.QuerySelectorAll("style")).TextContent;
            Assert.Contains($"style-src 'sha256-{System.Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)))}'", policy);
        }
    }
}
