using System.IO;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>lint</c> and <c>check</c> read the same compliance.json and honour the same suppression comments.</summary>
    public class SettingsAndSuppressionTests
    {
        private const string Policy = """
            policy "Eligibility"

            schema Organisation key id {
              id: text
              staff: int
            }

            clause ELIG-1 "Staffed"
              require staff >= 3

            """;

        private static TempFolder Repository(string? settings = null, string policy = Policy)
        {
            var folder = Fixtures.Temp();
            Directory.CreateDirectory(Path.Combine(folder.Path, ".git"));
            Directory.CreateDirectory(Path.Combine(folder.Path, "policies"));
            folder.Write(Path.Combine("policies", "eligibility.policy"), policy);
            folder.Write("records.json", "[{ \"id\": \"A\", \"staff\": 5 }]");
            if (settings != null) folder.Write("compliance.json", settings);
            return folder;
        }

        [Fact]
        public void Lint_takes_severities_from_the_nearest_compliance_json_above_the_policy()
        {
            using var folder = Repository("{ \"severity\": { \"CP1101\": \"error\" } }");

            var result = Tool.Run("lint", Path.Combine(folder.Path, "policies"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error CP1101: Clause 'ELIG-1' cites no source", result.Output);
        }

        [Fact]
        public void Check_reads_the_same_settings_and_does_not_run_on_an_error_they_raise()
        {
            using var folder = Repository("{ \"severity\": { \"CP1101\": \"error\" } }");

            var result = Tool.Run("check", Path.Combine(folder.Path, "policies"), "--records", Path.Combine(folder.Path, "records.json"), "--as-of", "2026-11-23");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error CP1101", result.Error);
        }

        [Fact]
        public void Check_stays_quiet_about_a_rule_the_settings_turn_off()
        {
            using var folder = Repository("{ \"severity\": { \"CP1101\": \"none\" } }");

            var result = Tool.Run("check", Path.Combine(folder.Path, "policies"), "--records", Path.Combine(folder.Path, "records.json"), "--as-of", "2026-11-23");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.DoesNotContain("CP1101", result.Error);
        }

        [Fact]
        public void A_broken_settings_file_is_reported_where_it_is_and_fails_lint()
        {
            using var folder = Repository("{ \"severity\": { \"CP1101\": \"none\", } }");

            var result = Tool.Run("lint", Path.Combine(folder.Path, "policies"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{Path.Combine(folder.Path, "compliance.json")}(1,35): error CP6001: The settings file cannot be read", result.Output);
            Assert.Contains("warning CP1101", result.Output);
        }

        [Fact]
        public void Lint_and_check_honour_suppression_comments()
        {
            using var folder = Repository(policy: Policy.Replace("clause ELIG-1", "# compliance-disable-next-line CP1101 -- the rule number is being assigned\nclause ELIG-1"));

            var lint = Tool.Run("lint", Path.Combine(folder.Path, "policies"), "--warnings-as-errors");
            var check = Tool.Run("check", Path.Combine(folder.Path, "policies"), "--records", Path.Combine(folder.Path, "records.json"), "--as-of", "2026-11-23");

            Assert.True(lint.ExitCode == 0, lint.ToString());
            Assert.Equal(string.Empty, lint.Output);
            Assert.DoesNotContain("CP1101", check.Error);
        }
    }
}
