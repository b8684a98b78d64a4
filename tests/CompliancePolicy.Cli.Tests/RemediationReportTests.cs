using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// What would make a failure pass, shown wherever the failure is: AS-02 of the after-sales sample scores 69.99 where
    /// SCORE-1 needs 70, so each report says "score needs +0.01 (69.99 → 70)" and how the record's inputs reach it.
    /// </summary>
    public class RemediationReportTests
    {
        private const string Remedy = "score needs +0.01 (69.99 → 70), through indicator_score needs +0.01 (69.99 → 70), or sum(special_bonuses) needs +0.01 (0 → 0.01)";
        private static readonly string Policy = Path.Combine(Samples.Folder, "after-sales-certification.policy");
        private static readonly string Records = Path.Combine(Samples.Folder, "records", "after-sales-certification.json");

        private static CliResult Check(string format) =>
            Tool.Run("check", Policy, "--records", Records, "--as-of", "2026-11-23", "--format", format);

        [Fact]
        public void The_text_report_lists_the_remedy_under_the_failure()
        {
            var result = Check("text");

            Assert.True(result.ExitCode == 1, result.ToString());
            var lines = result.Output.Replace("\r", string.Empty).Split('\n').Select(l => l.Trim()).ToList();
            var failure = lines.IndexOf("score 69.99 (69.99 - 0 + 0) with 0 special deduction(s)");
            Assert.True(failure > 0, result.Output);
            Assert.Equal(new[]
            {
                "cites RD-4.8; 003 §5.3.3.7",
                "to pass: score needs +0.01 (69.99 → 70), through one of:",
                "- indicator_score needs +0.01 (69.99 → 70)",
                "- sum(special_bonuses) needs +0.01 (0 → 0.01)",
            }, lines.Skip(failure + 1).Take(4));
        }

        [Fact]
        public void The_json_report_has_a_typed_remediation_on_a_failing_clause_and_null_on_a_passing_one()
        {
            var result = Check("json");

            using var report = JsonDocument.Parse(result.Output);
            var root = report.RootElement;
            Assert.Equal("1.4", root.GetProperty("reportVersion").GetString());
            var as02 = root.GetProperty("records").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "AS-02");
            var clauses = as02.GetProperty("policies")[0].GetProperty("clauses").EnumerateArray().ToArray();
            var score = clauses.Single(c => c.GetProperty("id").GetString() == "SCORE-1");
            var remediation = score.GetProperty("remediation");
            Assert.Equal(Remedy, remediation.GetProperty("text").GetString());
            Assert.Equal("bound", remediation.GetProperty("kind").GetString());
            Assert.Equal("score", remediation.GetProperty("input").GetString());
            Assert.Equal("let", remediation.GetProperty("inputKind").GetString());
            Assert.Equal(69.99m, remediation.GetProperty("current").GetDecimal());
            Assert.Equal(70m, remediation.GetProperty("target").GetDecimal());
            Assert.Equal("at-least", remediation.GetProperty("need").GetString());
            var passing = clauses.Single(c => c.GetProperty("id").GetString() == "APP-A");
            Assert.Equal(JsonValueKind.Null, passing.GetProperty("remediation").ValueKind);
            Assert.Equal(JsonValueKind.Null, passing.GetProperty("outlook").ValueKind);
        }

        [Fact]
        public void A_json_lines_record_carries_the_remediation_of_its_failing_clause_only()
        {
            var result = Check("jsonl");

            var as02 = result.Output.Split('\n').Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement)
                .Single(line => line.GetProperty("type").GetString() == "record" && line.GetProperty("id").GetString() == "AS-02");
            var clauses = as02.GetProperty("policies")[0].GetProperty("clauses").EnumerateArray().ToArray();
            var score = clauses.Single(c => c.GetProperty("id").GetString() == "SCORE-1");
            Assert.Equal(Remedy, score.GetProperty("remediation").GetProperty("text").GetString());
            Assert.Equal("bound", score.GetProperty("remediation").GetProperty("kind").GetString());
            // With the default detail only failing clauses are listed, and each one that has no remedy has no field.
            Assert.All(clauses.Where(c => c.GetProperty("id").GetString() != "SCORE-1"),
                c => Assert.NotEqual("pass", c.GetProperty("outcome").GetString()));
        }

        [Fact]
        public void The_markdown_report_has_a_to_pass_column()
        {
            var result = Check("markdown");

            Assert.Contains("| message | to pass | citations |", result.Output);
            Assert.Contains("| score 69.99 (69.99 - 0 + 0) with 0 special deduction(s) | " + Remedy + " |", result.Output);
        }

        [Fact]
        public async Task The_sarif_report_says_the_remedy_in_the_message_and_types_it_in_the_properties_and_stays_valid()
        {
            var result = Check("sarif");

            await SarifSchema.AssertValid(result.Output);
            using var report = JsonDocument.Parse(result.Output);
            var score = report.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
                .Single(r => r.GetProperty("ruleId").GetString() == "SCORE-1" && r.GetProperty("properties").GetProperty("recordId").GetString() == "AS-02");
            Assert.EndsWith(". To pass: " + Remedy, score.GetProperty("message").GetProperty("text").GetString());
            Assert.Equal(Remedy, score.GetProperty("properties").GetProperty("remediation").GetProperty("text").GetString());
        }

        [Fact]
        public void The_html_report_shows_the_remedy_under_the_message()
        {
            var result = Check("html");

            Assert.Contains("<p class=\"remedy\">" + Remedy + "</p>", result.Output);
        }

        [Fact]
        public void Explain_adds_the_remedy_to_the_tree_of_a_failing_clause()
        {
            var result = Tool.Run("explain", Policy, "--record", Records + "#AS-02", "--as-of", "2026-11-23", "--clause", "SCORE-1");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("to pass: score needs +0.01 (69.99 → 70), through one of:", result.Output);
            Assert.Contains("indicator_score needs +0.01 (69.99 → 70)", result.Output);
            Assert.Contains("sum(special_bonuses) needs +0.01 (0 → 0.01)", result.Output);
        }
    }
}
