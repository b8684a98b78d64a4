using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// A record whose date arithmetic leaves the calendar (issue 16, item 2): every report format says the same, the
    /// report is whole, the other records are checked; and a bug in the tool is exit code 3, never a data error.
    /// </summary>
    public class EvaluationErrorReportTests
    {
        private const string Policy = """
            policy "Next day"
            schema R key id {
              id: text
              due: date
            }
            decision next_day = due + 1 day
            clause C-1 "The day after the due date"
              cites "RD-1"
              require due + 1 day > due
            """;

        private const string Records = """
            {"id":"A","due":"2026-01-01"}
            {"id":"B","due":"9999-12-31"}
            {"id":"C","due":"2026-01-02"}

            """;

        private const string OutsideTheCalendar = "'due + 1 day' (9999-12-31 + 1 day) is outside the calendar, which runs from 0001-01-01 to 9999-12-31";

        private static CliResult Check(TempFolder folder, string format) => Tool.Run(
            "check", folder.Write("next-day.policy", Policy), "--records", folder.Write("due.jsonl", Records),
            "--as-of", "2026-01-01", "--format", format);

        [Fact]
        public void The_json_report_is_whole_and_puts_the_record_in_error_with_the_kind()
        {
            using var folder = Fixtures.Temp();

            var result = Check(folder, "json");

            Assert.Equal(1, result.ExitCode);
            using var report = JsonDocument.Parse(result.Output);
            var records = report.RootElement.GetProperty("records").EnumerateArray().ToArray();
            Assert.Equal(new[] { "A", "B", "C" }, records.Select(r => r.GetProperty("id").GetString()));
            Assert.Equal(new[] { "compliant", "error", "compliant" }, records.Select(r => r.GetProperty("outcome").GetString()));
            var policy = records[1].GetProperty("policies")[0];
            var clause = policy.GetProperty("clauses")[0];
            Assert.Equal("error", clause.GetProperty("outcome").GetString());
            Assert.Equal("date-out-of-range", clause.GetProperty("errorKind").GetString());
            Assert.Equal(OutsideTheCalendar, clause.GetProperty("message").GetString());
            var decision = policy.GetProperty("decisions")[0];
            Assert.Equal(OutsideTheCalendar, decision.GetProperty("error").GetString());
            Assert.Equal("date-out-of-range", decision.GetProperty("errorKind").GetString());
            Assert.False(records[0].GetProperty("policies")[0].GetProperty("clauses")[0].TryGetProperty("errorKind", out _));
            var summary = report.RootElement.GetProperty("summary");
            Assert.Equal(1, summary.GetProperty("errors").GetInt32());
            Assert.Equal(0, summary.GetProperty("internalErrors").GetInt32());
        }

        [Theory]
        [InlineData("text")]
        [InlineData("markdown")]
        [InlineData("sarif")]
        [InlineData("junit")]
        public void Every_format_says_the_record_is_in_error_with_the_same_message(string format)
        {
            using var folder = Fixtures.Temp();

            var result = Check(folder, format);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(OutsideTheCalendar, result.Output);
            Assert.DoesNotContain("internal error", result.Output + result.Error);
            Assert.DoesNotContain("Exception", result.Output + result.Error);
        }

        /// <summary>The issue's own reproducer: a decision alone, no clause. Its error used to reach the text and JSON
        /// reports only; SARIF, JUnit and Markdown said nothing of record B.</summary>
        [Theory]
        [InlineData("text")]
        [InlineData("json")]
        [InlineData("markdown")]
        [InlineData("sarif")]
        [InlineData("junit")]
        public void A_decision_in_error_is_in_every_format(string format)
        {
            using var folder = Fixtures.Temp();
            var policy = folder.Write("next-day.policy", "policy \"P\"\nschema R key id {\n  id: text\n  due: date\n}\ndecision next_day = due + 1 day\n");

            var result = Tool.Run("check", policy, "--records", folder.Write("due.jsonl", Records), "--as-of", "2026-11-23", "--format", format);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains(OutsideTheCalendar, result.Output);
            Assert.DoesNotContain("internal error", result.Output + result.Error);
            if (format == "junit")
            {
                var suite = XDocument.Parse(result.Output).Descendants("testsuite").Single(s => s.Attribute("name")!.Value.StartsWith("B ", StringComparison.Ordinal));
                Assert.Equal("1", suite.Attribute("errors")!.Value);
                Assert.Equal("B decision next_day", suite.Element("testcase")!.Attribute("name")!.Value);
            }
            if (format == "sarif")
            {
                using var sarif = JsonDocument.Parse(result.Output);
                var only = Assert.Single(sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
                Assert.Equal("P/decision/next_day", only.GetProperty("ruleId").GetString());
                Assert.Equal("error", only.GetProperty("level").GetString());
            }
        }

        [Fact]
        public async Task The_sarif_report_of_a_decision_in_error_stays_valid()
        {
            using var folder = Fixtures.Temp();
            var policy = folder.Write("next-day.policy", "policy \"P\"\nschema R key id {\n  id: text\n  due: date\n}\ndecision next_day = due + 1 day\n");

            await SarifSchema.AssertValid(Tool.Run("check", policy, "--records", folder.Write("due.jsonl", Records), "--as-of", "2026-11-23", "--format", "sarif").Output);
        }

        [Fact]
        public async Task The_sarif_report_stays_valid()
        {
            using var folder = Fixtures.Temp();

            await SarifSchema.AssertValid(Check(folder, "sarif").Output);
        }

        [Fact]
        public void The_junit_report_has_a_test_case_per_record_and_one_for_the_decision_in_error()
        {
            using var folder = Fixtures.Temp();

            var junit = XDocument.Parse(Check(folder, "junit").Output);

            Assert.Equal(new[] { "A C-1 The day after the due date", "B C-1 The day after the due date", "B decision next_day", "C C-1 The day after the due date" },
                junit.Descendants("testcase").Select(c => c.Attribute("name")!.Value));
        }

        [Fact]
        public void Explain_shows_the_error_instead_of_crashing()
        {
            using var folder = Fixtures.Temp();
            var policy = folder.Write("next-day.policy", Policy);
            var records = folder.Write("due.jsonl", Records);

            var result = Tool.Run("explain", policy, "--record", records + "#B", "--clause", "C-1", "--as-of", "2026-01-01");

            Assert.Equal(0, result.ExitCode);
            Assert.Contains("C-1 The day after the due date [major]: error", result.Output);
            Assert.Contains("due + 1 day → error: " + OutsideTheCalendar, result.Output);
            Assert.DoesNotContain("Exception", result.Output + result.Error);
        }

        [Fact]
        public void A_bug_in_the_tool_is_exit_code_3_with_a_message_that_says_so()
        {
            // A clock that fails stands for any bug: nothing the user gives can make the tool itself fail.
            var broken = new CliEnvironment(today: () => throw new InvalidOperationException("the clock is broken"));

            var result = Tool.Run(broken, "check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"));

            Assert.Equal(ExitCodes.InternalError, result.ExitCode);
            Assert.Equal(3, ExitCodes.InternalError);
            Assert.StartsWith("error: internal error: InvalidOperationException: the clock is broken (compliance ", result.Error);
            Assert.Contains("this is a bug in CompliancePolicy, not a problem with the input. Please report it at " +
                "https://github.com/compliancepolicy/compliancepolicy/issues with the command line and the input files", result.Error);
        }
    }
}
