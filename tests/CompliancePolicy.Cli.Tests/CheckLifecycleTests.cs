using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance check</c> on policies with lifecycles: each record's states in every report format, and a
    /// text report that does not drown results under the policies of other schemas.</summary>
    public class CheckLifecycleTests
    {
        private static CliResult Check(string asOf, params string[] more) =>
            Tool.Run(new[] { "check", Fixtures.Path("lifecycle"), "--records", Fixtures.Engagements, Fixtures.Permits, "--as-of", asOf }.Concat(more).ToArray());

        [Fact]
        public void Json_gives_each_record_its_lifecycles_with_state_since_timeline_pending_deadlines_notes_and_error()
        {
            var result = Check("2026-03-10", "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            var root = report.RootElement;
            Assert.Equal("1.4", root.GetProperty("reportVersion").GetString());
            var termination = root.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Expedited consultancy agreement termination");
            Assert.Equal(new[] { "agreement" }, termination.GetProperty("lifecycles").EnumerateArray().Select(l => l.GetString()));

            var e3 = Record(root, "E-3");
            var own = e3.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("outcome").GetString() != "not-applicable");
            var agreement = own.GetProperty("lifecycles").EnumerateArray().Single();
            foreach (var field in new[] { "name", "title", "state", "final", "since", "started", "timeline", "pendingDeadlines", "notes", "error" })
                Assert.True(agreement.TryGetProperty(field, out _), field);
            Assert.Equal("paused", agreement.GetProperty("state").GetString());
            Assert.Equal("2026-03-01", agreement.GetProperty("since").GetString());
            Assert.Equal(2, agreement.GetProperty("timeline").GetArrayLength());
            Assert.Equal("P-4", agreement.GetProperty("pendingDeadlines")[0].GetProperty("id").GetString());
            Assert.Equal(JsonValueKind.Null, agreement.GetProperty("error").ValueKind);
            Assert.Equal(JsonValueKind.Null, agreement.GetProperty("errorKind").ValueKind);
            var other = e3.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("outcome").GetString() == "not-applicable");
            Assert.Equal(0, other.GetProperty("lifecycles").GetArrayLength());
            Assert.StartsWith("the record does not fit schema 'Permit'", other.GetProperty("reason").GetString());

            var e2 = Record(root, "E-2").GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("outcome").GetString() == "compliant");
            Assert.Equal("1 event after the as-of date (2026-03-10) not replayed", e2.GetProperty("lifecycles")[0].GetProperty("notes")[0].GetString());

            var p2 = Record(root, "P-2");
            Assert.Equal("error", p2.GetProperty("outcome").GetString());
            var permit = p2.GetProperty("policies").EnumerateArray().Single(p => p.GetProperty("outcome").GetString() == "error").GetProperty("lifecycles")[0];
            Assert.Equal("division by zero in 'event.findings / event.inspectors'", permit.GetProperty("error").GetString());
            Assert.Equal("division-by-zero", permit.GetProperty("errorKind").GetString());
            Assert.Equal(JsonValueKind.Null, permit.GetProperty("state").ValueKind);
        }

        [Fact]
        public void Text_shows_each_printed_record_state_and_next_deadline_and_leaves_other_schemas_out()
        {
            // E-3 is paused: it fails the major clause TERM-2, so it is printed from --fail-on major.
            var result = Check("2026-03-10", "--fail-on", "major");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("✗ E-3", result.Output);
            Assert.Contains("state agreement: paused since 2026-03-01", result.Output);
            Assert.Contains("next: P-4 \"No substantive progress while paused\" by 2026-03-31, else terminated from 2026-04-01", result.Output);
            Assert.Contains("error lifecycle permit: division by zero in 'event.findings / event.inspectors'", result.Output);
            // E-3 fits only the termination policy: the permit schema's complaint is not printed under it.
            Assert.DoesNotContain("not applicable", result.Output);
            Assert.DoesNotContain("does not fit schema", result.Output);
            Assert.DoesNotContain("✗ E-2", result.Output);
            Assert.Contains("Other schema", result.Output);
            Assert.Contains("Compliant records are not listed", result.Output);
        }

        [Fact]
        public void A_record_that_fits_no_policy_is_still_printed_with_its_problems()
        {
            using var temp = Fixtures.Temp();
            var records = temp.Write("odd.json", "{\"id\": \"X-1\", \"signed\": \"2026-01-05\"}");

            var result = Tool.Run("check", Fixtures.Path("lifecycle"), "--records", records, "--as-of", "2026-03-10");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("X-1", result.Output);
            Assert.Contains("unreadable", result.Output);
            Assert.Contains("Required field", result.Output);
        }

        [Fact]
        public async Task Sarif_results_carry_the_record_lifecycle_states_and_stay_valid()
        {
            var result = Check("2026-04-01", "--format", "sarif");

            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToArray();
            var e1 = results.Single(r => r.GetProperty("properties").TryGetProperty("recordId", out var id) && id.GetString() == "E-1");
            var agreement = e1.GetProperty("properties").GetProperty("lifecycles")[0];
            Assert.Equal("agreement", agreement.GetProperty("name").GetString());
            Assert.Equal("terminated", agreement.GetProperty("state").GetString());
            Assert.Equal("2026-04-01", agreement.GetProperty("since").GetString());
            Assert.Equal(JsonValueKind.Null, agreement.GetProperty("nextDeadline").ValueKind);
        }

        [Fact]
        public void Junit_suites_carry_lifecycle_properties_and_the_timeline_in_system_out()
        {
            var result = Check("2026-03-10", "--format", "junit");

            var suites = XDocument.Parse(result.Output).Root!.Elements("testsuite").ToArray();
            var e3 = suites.Single(s => s.Attribute("name")!.Value.StartsWith("E-3 ") && s.Attribute("name")!.Value.EndsWith("against Expedited consultancy agreement termination"));
            var properties = e3.Element("properties")!.Elements("property").ToDictionary(p => p.Attribute("name")!.Value, p => p.Attribute("value")!.Value);
            Assert.Equal("paused", properties["lifecycle.agreement.state"]);
            Assert.Equal("2026-03-01", properties["lifecycle.agreement.since"]);
            Assert.Equal("P-4 \"No substantive progress while paused\" by 2026-03-31, else terminated from 2026-04-01", properties["lifecycle.agreement.nextDeadline"]);
            var output = e3.Element("system-out")!.Value;
            Assert.Contains("lifecycle agreement \"Service agreement\": paused since 2026-03-01", output);
            Assert.Contains("paused from 2026-03-01 to now: P-1 event MilestoneMissed on 2026-03-01 [RD-1.3; 000 配合断档]", output);

            var p2 = suites.Single(s => s.Attribute("name")!.Value.StartsWith("P-2 ") && s.Attribute("name")!.Value.EndsWith("against Operating permit register"));
            var error = p2.Elements("testcase").Single(c => c.Attribute("name")!.Value == "P-2 lifecycle permit").Element("error")!;
            Assert.Equal("division by zero in 'event.findings / event.inspectors'", error.Attribute("message")!.Value);
            foreach (var suite in suites)
            {
                Assert.Equal(suite.Elements("testcase").Count(), int.Parse(suite.Attribute("tests")!.Value));
                Assert.Equal(suite.Elements("testcase").Count(c => c.Element("error") != null), int.Parse(suite.Attribute("errors")!.Value));
            }
        }

        [Fact]
        public void Markdown_failures_have_a_lifecycles_column()
        {
            var result = Check("2026-04-01", "--format", "markdown");

            Assert.Contains("| record | where | policy | clause | severity | outcome | message | to pass | citations | lifecycles |", result.Output);
            Assert.Contains("| terminated since 2026-04-01 | no remediation: agreement is terminated, a final state: no event moves it out | RD-1.2; RD-1.4; RD-1.5; RD-1.6 | agreement: terminated since 2026-04-01 (final) |", result.Output);
        }

        [Fact]
        public void Markdown_without_lifecycles_keeps_its_columns()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", "2026-11-23", "--format", "markdown");

            Assert.Contains("| record | where | policy | clause | severity | outcome | message | to pass | citations |\n", result.Output.Replace("\r", string.Empty));
        }

        private static JsonElement Record(JsonElement root, string id) =>
            root.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);
    }
}
