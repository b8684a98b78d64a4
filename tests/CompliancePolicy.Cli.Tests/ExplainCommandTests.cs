using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance explain</c>: the evaluation of one record as a tree.</summary>
    public class ExplainCommandTests
    {
        [Fact]
        public void The_tree_shows_each_condition_and_the_values_it_read()
        {
            var result = Tool.Run("explain", Fixtures.Policy, "--record", Fixtures.Records("orgs.json") + "#org-7", "--as-of", "2026-11-23");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Record org-7", result.Output);
            Assert.Contains("as of 2026-11-23", result.Output);
            Assert.Contains("ELIG-2 The SMS has operated for at least 3 months before the audit [blocker]: fail (cites RD-2.2; 001 §2)", result.Output);
            Assert.Contains("applies when audit_date is present → true", result.Output);
            Assert.Contains("require sms_established + minimum_operation <= audit_date → false", result.Output);
            Assert.Contains("sms_established + minimum_operation → 2026-11-24", result.Output);
            Assert.Contains("eligible = false", result.Output);
        }

        [Fact]
        public void One_clause_with_a_parameter_override()
        {
            var result = Tool.Run("explain", Fixtures.Policy, "--record", Fixtures.Records("one-org.json"), "--clause", "ELIG-2",
                "--as-of", "2026-11-23", "--param", "minimum_operation=2 months");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Parameters: minimum_operation = 2 months", result.Output);
            Assert.Contains("ELIG-2 The SMS has operated for at least 3 months before the audit [blocker]: pass", result.Output);
            Assert.DoesNotContain("ELIG-3", result.Output);
        }

        [Fact]
        public void With_several_policies_the_record_is_explained_against_the_one_it_fits()
        {
            var result = Tool.Run("explain", Fixtures.Policies, "--record", Fixtures.Records("audits.json") + "#A-2", "--as-of", "2026-11-23");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("against policy After-sales service certification 2.1", result.Output);
            Assert.Contains("RD4.8-pass The audit passes [blocker]: fail", result.Output);
            Assert.Contains("Not applicable to policy 'ISO/IEC 20000 certification eligibility'", result.Output);
        }

        [Fact]
        public void A_file_of_several_records_needs_an_id()
        {
            var file = Fixtures.Records("orgs.json");

            var result = Tool.Run("explain", Fixtures.Policy, "--record", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: --record: '{file}' holds more than one record; name one with FILE#ID (IDs: org-1, org-7, org-9)", result.Error.Trim());
        }

        [Fact]
        public void An_unknown_id_lists_the_ids_there_are()
        {
            var file = Fixtures.Records("orgs.json");

            var result = Tool.Run("explain", Fixtures.Policy, "--record", file + "#org-77");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: --record: '{file}' has no record with ID 'org-77' (IDs: org-1, org-7, org-9)", result.Error.Trim());
        }

        [Fact]
        public void An_unknown_clause_suggests_the_closest()
        {
            var result = Tool.Run("explain", Fixtures.Policy, "--record", Fixtures.Records("one-org.json"), "--clause", "ELIG-22");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: --clause: no clause has the ID 'ELIG-22'; did you mean 'ELIG-2'?", result.Error.Trim());
        }

        [Fact]
        public void An_invalid_record_exits_2_with_its_problems()
        {
            var file = Fixtures.Records("mixed.jsonl");

            var result = Tool.Run("explain", Fixtures.Policy, "--record", file + "#org-21");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{file}(2,65): error CP2003: Expected a date but found a number 42 at $.audit_date", result.Error);
        }

        [Fact]
        public void A_missing_record_file_exits_2()
        {
            var file = Fixtures.Records("nope.json");

            var result = Tool.Run("explain", Fixtures.Policy, "--record", file);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: --record: '{file}' does not exist", result.Error.Trim());
        }
    }
}
