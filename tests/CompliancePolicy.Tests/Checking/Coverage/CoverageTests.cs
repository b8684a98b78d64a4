using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Reporting;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Checking.Coverage
{
    /// <summary>An index, a policy citing some of its rules, and the report: encoded by what, not encoded and why, missing.</summary>
    public class CoverageTests
    {
        private const string ClauseAndLifecycle = """
            policy "Licensing"
            event Suspended
            event Restored
            schema Licence key id { id: text, licensed: bool, issued: date, events: history }

            lifecycle licence "Licence status"
              history events
              initial active on issued
              state active
              state suspended
              transition L-1 "Suspended" active -> suspended
                on Suspended
                cites "R-2"
              transition L-2 "Restored" suspended -> active
                on Restored
                cites "R-2"
              deadline D-1 "Renew within a year" in active
                within 1 year since start
                cites "R-2"
              ignore Suspended in suspended "already suspended"
              ignore Restored in active "nothing to restore"

            clause LIC-1 "The organisation holds a licence"
              cites "R-1", "R-2"
              severity blocker
              require licensed
            """;

        private const string DeclaresR3 = """{ "coverage": { "index": "rules.md", "notEncoded": { "R-3": "records are kept by the archive" } } }""";

        [Fact]
        public void Each_rule_is_encoded_by_the_clauses_transitions_and_deadlines_that_cite_it_in_file_order()
        {
            using var project = new CoverageProject(ClauseAndLifecycle, DeclaresR3);

            var result = project.Run();

            Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("CP8", System.StringComparison.Ordinal));
            var r2 = CoverageProject.Rule(result, "R-2");
            Assert.Equal(RuleStatus.Encoded, r2.Status);
            Assert.Equal(new[] { "transition L-1", "transition L-2", "deadline D-1", "clause LIC-1" }, r2.EncodedBy.Select(b => b.ToString()));
            Assert.Equal(new[] { 11, 14, 17, 23 }, r2.EncodedBy.Select(b => b.Location.Start.Line));
            Assert.All(r2.EncodedBy, b => Assert.Equal("Licensing", b.Policy));
            Assert.Equal(new[] { "clause LIC-1" }, CoverageProject.Rule(result, "R-1").EncodedBy.Select(b => b.ToString()));
            Assert.Equal("It keeps 3 months of records.", CoverageProject.Rule(result, "R-3").Rule.Summary);
        }

        [Fact]
        public void The_markdown_report_is_a_table_with_paths_relative_to_the_project_and_links_to_the_lines()
        {
            using var project = new CoverageProject(ClauseAndLifecycle, """{ "coverage": { "index": "rules.md", "notEncoded": { "R-3": "kept | archived" } } }""");

            var markdown = new StringWriter();
            CoverageReport.WriteMarkdown(markdown, project.Run());

            Assert.Equal("""
                Coverage of `rules.md`: 3 rules, 2 encoded, 1 declared not encoded, 0 missing.

                | rule | summary | encoded by |
                |---|---|---|
                | R-1 | An organisation holds a valid licence. | `eligibility.policy`: clause [`LIC-1`](eligibility.policy#L23) |
                | R-2 | Its system has run for 3 months. | `eligibility.policy`: transition [`L-1`](eligibility.policy#L11), transition [`L-2`](eligibility.policy#L14), deadline [`D-1`](eligibility.policy#L17), clause [`LIC-1`](eligibility.policy#L23) |
                | R-3 | It keeps 3 months of records. | not encoded: kept \| archived |


                """.Replace("\r\n", "\n"), markdown.ToString().Replace("\r\n", "\n"));
        }

        [Fact]
        public void The_text_report_gives_each_rule_its_status_and_the_citing_declarations_at_file_and_line()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1"
                  severity blocker
                  require licensed
                """, DeclaresR3);

            var text = new StringWriter();
            CoverageReport.WriteText(text, project.Run());

            var lines = text.ToString().Split('\n');
            Assert.EndsWith("1 policy file(s)): 3 rules, 1 encoded, 1 declared not encoded, 1 missing", lines[0]);
            Assert.Matches(@"^  R-1  encoded      clause LIC-1 \(.*eligibility\.policy:3\)$", lines[1]);
            Assert.Matches(@"^  R-2  missing      neither encoded nor declared not encoded \(listed at .*rules\.md:4\)$", lines[2]);
            Assert.Equal("  R-3  not encoded  records are kept by the archive", lines[3]);
        }

        [Fact]
        public void The_json_report_carries_statuses_citations_and_the_diagnostics()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1", "R-9"
                  severity blocker
                  require licensed
                """, DeclaresR3);

            using var stream = new MemoryStream();
            CoverageReport.WriteJson(stream, "compliance", "0.0.0", project.Run());
            using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));

            var index = Assert.Single(json.RootElement.GetProperty("indexes").EnumerateArray());
            Assert.Equal("R-[0-9]+", index.GetProperty("pattern").GetString());
            var rules = index.GetProperty("rules").EnumerateArray().ToList();
            Assert.Equal(new[] { "encoded", "missing", "notEncoded" }, rules.Select(r => r.GetProperty("status").GetString()));
            var by = Assert.Single(rules[0].GetProperty("encodedBy").EnumerateArray());
            Assert.Equal(("clause", "LIC-1", 3), (by.GetProperty("kind").GetString(), by.GetProperty("id").GetString(), by.GetProperty("line").GetInt32()));
            Assert.Equal("records are kept by the archive", rules[2].GetProperty("reason").GetString());
            Assert.Equal(new[] { "CP8001", "CP8002" }, json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).OrderBy(i => i));
            Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("missing").GetInt32());
        }

        [Fact]
        public void A_mention_of_a_rule_inside_another_rules_summary_is_not_a_listing()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1"
                  severity blocker
                  require licensed
                """, index: "<!-- rule-id-pattern: R-[0-9]+ -->\n| rule | summary |\n|---|---|\n| R-1 | A licence, unlike R-2. |\n");

            var rule = Assert.Single(Assert.Single(project.Run().Indexes).Rules);

            Assert.Equal(("R-1", "A licence, unlike R-2."), (rule.Rule.Id, rule.Rule.Summary));
        }
    }
}
