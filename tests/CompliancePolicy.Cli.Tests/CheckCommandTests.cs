using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance check</c>: every exit code, and every kind of bad input reported in one line, never a stack trace.</summary>
    public class CheckCommandTests
    {
        private const string AsOf = "2026-11-23";
        private const string TooLong = "error CP3002: Parameter 'minimum_operation' is a duration; cannot use ";
        private const string Limit = ": it is too long: a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar";

        [Fact]
        public void Compliant_records_exit_0_and_the_report_says_how_to_reproduce_the_run()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("compliant.json"), "--as-of", AsOf);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("COMPLIANT: 1 record in 1 file, 1 compliant, 0 non-compliant, 0 in error (exit code 0).", result.Output);
            Assert.Contains("reproduce with --as-of 2026-11-23 --fail-on blocker", result.Output);
        }

        [Fact]
        public void A_record_failing_a_blocker_clause_exits_1_with_the_clause_message_and_citations()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("org-7", result.Output);
            Assert.Contains("ELIG-2 [blocker] The SMS has operated for at least 3 months before the audit", result.Output);
            Assert.Contains("operated 2 months 29 days since 2026-08-24; needs 3 months", result.Output);
            Assert.Contains("cites RD-2.2; 001 §2", result.Output);
            Assert.DoesNotContain("org-1 ", result.Output);
            Assert.Equal(string.Empty, result.Error);
        }

        [Theory]
        [InlineData("blocker", 1)]
        [InlineData("minor", 1)]
        [InlineData("never", 0)]
        public void Fail_on_sets_the_lowest_severity_that_fails_the_run(string failOn, int exit)
        {
            // org-9 fails only the minor clause ELIG-3: it fails the run from 'minor' down, never at 'blocker'.
            var records = Fixtures.Path("records/orgs.json");
            var result = Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", AsOf, "--fail-on", failOn, "--format", "json");

            Assert.True(result.ExitCode == exit, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var org9 = report.RootElement.GetProperty("records")[2];
            Assert.Equal("org-9", org9.GetProperty("id").GetString());
            Assert.Equal(failOn == "blocker" ? "compliant" : "non-compliant", org9.GetProperty("outcome").GetString());
        }

        [Fact]
        public void One_invalid_UTF_8_byte_loses_only_its_own_record_and_the_summary_counts_it_as_unreadable()
        {
            // Issue 16, item 8: the byte 0xFF dropped every later line, and the summary said "records: 1, unreadable: 0".
            using var temp = Fixtures.Temp();
            var path = Path.Combine(temp.Path, "orgs.jsonl");
            var line = "{\"id\": \"org-#\", \"sms_established\": \"2025-03-01\", \"audit_date\": \"2026-01-10\", \"management_reviews\": [\"2025-12-01\"]}\n";
            var bytes = new System.Collections.Generic.List<byte>();
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(line.Replace("#", "1")));
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(line.Replace("#", "2")));
            bytes.Insert(bytes.Count - 4, 0xFF);
            bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(line.Replace("#", "3") + line.Replace("#", "4")));
            File.WriteAllBytes(path, bytes.ToArray());

            var result = Tool.Run("check", Fixtures.Policy, "--records", path, "--as-of", AsOf, "--format", "json");

            Assert.True(result.ExitCode == 2, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var summary = report.RootElement.GetProperty("summary");
            Assert.Equal(4, summary.GetProperty("records").GetInt32());
            Assert.Equal(1, summary.GetProperty("unreadable").GetInt32());
            var ids = new System.Collections.Generic.List<string?>();
            foreach (var record in report.RootElement.GetProperty("records").EnumerateArray()) ids.Add(record.GetProperty("id").GetString());
            Assert.Equal(new[] { "org-1", "#2", "org-3", "org-4" }, ids);
        }

        [Fact]
        public void Minor_failures_alone_pass_at_blocker_and_fail_at_minor()
        {
            using var temp = Fixtures.Temp();
            var records = temp.Write("org9.json", "{\"id\": \"org-9\", \"sms_established\": \"2025-03-01\", \"management_reviews\": []}");

            Assert.Equal(0, Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", AsOf).ExitCode);
            Assert.Equal(1, Tool.Run("check", Fixtures.Policy, "--records", records, "--as-of", AsOf, "--fail-on", "minor").ExitCode);
        }

        [Fact]
        public void A_policy_with_a_syntax_error_exits_2_and_names_file_line_and_column_as_lint_does()
        {
            var policy = Fixtures.Path("broken/syntax-error.policy");

            var result = Tool.Run("check", policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf);

            Assert.True(result.ExitCode == 2, result.ToString());
            var expected = $"{policy}(7,16): error CP0001: Syntax error: expected expression, found '='";
            Assert.Contains(expected, result.Error);
            Assert.Contains(expected, Tool.Run("lint", policy).Output);
            Assert.DoesNotContain("   at ", result.Error);
        }

        [Fact]
        public void A_missing_records_file_exits_2_naming_the_file()
        {
            var missing = Fixtures.Records("nope.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("compliant.json"), missing, "--as-of", AsOf);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{missing}(1,1): error CP2007: Cannot read records: '{missing}' does not exist", result.Error);
            Assert.Contains("1 record in 1 file, 1 compliant", result.Output);
        }

        [Fact]
        public void A_missing_policy_exits_2_naming_the_path()
        {
            var missing = Fixtures.Path("policies/nope.policy");

            var result = Tool.Run("check", missing, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: {missing}: no such file or folder", result.Error.Trim());
        }

        [Fact]
        public void An_unknown_option_exits_2_with_the_parser_message()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--bogus");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error: Unrecognized command or argument '--bogus'.", result.Error);
            Assert.Contains("Run 'compliance check --help' for usage.", result.Error);
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void Records_are_required()
        {
            var result = Tool.Run("check", Fixtures.Policy);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Option '--records' is required.", result.Error);
        }

        [Theory]
        [InlineData("--format", "yaml", "yaml")]
        [InlineData("--fail-on", "sometimes", "sometimes")]
        public void Values_outside_the_choices_exit_2(string option, string value, string quoted)
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), option, value);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"'{quoted}'", result.Error);
        }

        [Fact]
        public void A_bad_as_of_date_exits_2()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", "23.11.2026");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: --as-of: '23.11.2026' is not a date written yyyy-MM-dd (e.g. 2026-11-23)", result.Error.Trim());
        }

        [Fact]
        public void Without_as_of_the_run_uses_today_and_prints_it()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("compliant.json"), "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            Assert.Equal(Tool.Today.ToString(), report.RootElement.GetProperty("asOf").GetString());
        }

        [Fact]
        public void A_malformed_record_among_good_ones_is_reported_and_the_others_are_evaluated()
        {
            var file = Fixtures.Records("mixed.jsonl");

            var result = Tool.Run("check", Fixtures.Policy, "--records", file, "--as-of", AsOf, "--format", "json");

            Assert.True(result.ExitCode == 2, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var records = report.RootElement.GetProperty("records");
            Assert.Equal(4, records.GetArrayLength());
            Assert.Equal("compliant", records[0].GetProperty("outcome").GetString());
            Assert.Equal("error", records[1].GetProperty("outcome").GetString());
            var wrongType = records[1].GetProperty("diagnostics")[0];
            Assert.Equal("CP2003", wrongType.GetProperty("id").GetString());
            Assert.Equal(2, wrongType.GetProperty("line").GetInt32());
            Assert.Equal("$.audit_date", wrongType.GetProperty("jsonPath").GetString());
            Assert.Equal("CP2001", records[2].GetProperty("diagnostics")[0].GetProperty("id").GetString());
            Assert.Equal("org-23", records[3].GetProperty("id").GetString());
            Assert.Equal("compliant", records[3].GetProperty("outcome").GetString());
            var summary = report.RootElement.GetProperty("summary");
            Assert.Equal(2, summary.GetProperty("unreadable").GetInt32());
            Assert.Equal(2, summary.GetProperty("compliant").GetInt32());
        }

        [Fact]
        public void Unreadable_records_are_shown_in_text_with_their_location()
        {
            var file = Fixtures.Records("mixed.jsonl");

            var result = Tool.Run("check", Fixtures.Policy, "--records", file, "--as-of", AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{file}(2,65): error CP2003: Expected a date but found a number 42 at $.audit_date", result.Output);
            Assert.Contains("INPUT ERRORS", result.Output);
        }

        [Fact]
        public void An_empty_records_file_is_a_warning_and_with_allow_empty_checks_nothing()
        {
            var file = Fixtures.Records("empty.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", file, "--as-of", AsOf, "--allow-empty");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"warning: {file}: holds no records", result.Error);
            Assert.Contains("0 records in 1 file", result.Output);
        }

        [Fact]
        public void A_records_file_that_is_not_utf8_exits_2_with_the_byte_offset()
        {
            var file = Fixtures.Records("latin1.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", file, "--as-of", AsOf);

            // The record is lost (and counted as unreadable), not the file: a record after it would still be read.
            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{file}(1,13): error CP2001: Malformed JSON: the record is not valid UTF-8 (byte offset 12 in the file); " +
                "the record is skipped: save the file with UTF-8 encoding", result.Output);
            Assert.Contains("1 in error (exit code 2)", result.Output);
        }

        [Fact]
        public void A_policy_file_that_is_not_utf8_exits_2()
        {
            using var temp = Fixtures.Temp();
            var policy = Path.Combine(temp.Path, "latin1.policy");
            File.WriteAllBytes(policy, new byte[] { (byte)'#', (byte)' ', 0xE9, (byte)'\n' });

            var result = Tool.Run("check", policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"error: {policy}: is not valid UTF-8 (byte offset 2); save it with UTF-8 encoding", result.Error.Trim());
        }

        [Fact]
        public void A_param_override_changes_the_verdict_and_is_recorded_in_the_report()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf,
                "--param", "minimum_operation=2 months", "--format", "json");

            Assert.True(result.ExitCode == 0, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            Assert.Equal("2 months", report.RootElement.GetProperty("parameters").GetProperty("minimum_operation").GetString());
            var parameter = report.RootElement.GetProperty("policies")[0].GetProperty("parameters")[0];
            Assert.Equal("2 months", parameter.GetProperty("value").GetString());
            Assert.True(parameter.GetProperty("overridden").GetBoolean());
        }

        [Theory]
        [InlineData("minimum_operation=soon", "error CP3002: Parameter 'minimum_operation' is a duration; cannot use 'soon': expected a duration such as '30 days', '3 months' or '1 year'")]
        [InlineData("minimum_operatoin=2 months", "error CP3001: Policy 'ISO/IEC 20000 certification eligibility' has no parameter 'minimum_operatoin'; did you mean 'minimum_operation'?")]
        [InlineData("minimum_operation", "error: --param: 'minimum_operation' is not NAME=VALUE (e.g. --param \"cure_period=45 days\")")]
        // Issue 16, item 6: these crashed with an OverflowException, wrapped to a negative duration, or made every clause an internal error.
        [InlineData("minimum_operation=178956971 years", TooLong + "'178956971 years'" + Limit)]
        [InlineData("minimum_operation=1 day 2147483647 days", TooLong + "'1 day 2147483647 days'" + Limit)]
        [InlineData("minimum_operation=1 year 2147483647 months", TooLong + "'1 year 2147483647 months'" + Limit)]
        [InlineData("minimum_operation=1000000 years", TooLong + "'1000000 years'" + Limit)]
        public void A_bad_param_exits_2_with_a_clear_message(string param, string message)
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf, "--param", param);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(message, result.Error);
        }

        [Fact]
        public void The_report_can_go_to_a_file()
        {
            using var temp = Fixtures.Temp();
            var output = Path.Combine(temp.Path, "report.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf, "--format", "json", "--output", output);

            Assert.Equal(1, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains($"report written to {output}", result.Error);
            using var report = JsonDocument.Parse(File.ReadAllText(output));
            Assert.Equal(3, report.RootElement.GetProperty("summary").GetProperty("records").GetInt32());
        }

        [Fact]
        public void An_output_file_that_cannot_be_written_exits_2()
        {
            var output = Fixtures.Path("no-such-folder/report.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", AsOf, "--format", "json", "--output", output);

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"error: --output: cannot write '{output}'", result.Error);
        }

        [Fact]
        public void Folders_are_searched_recursively_for_policies_and_records()
        {
            var result = Tool.Run("check", Fixtures.Policies, "--records", Fixtures.Path("records"), "--as-of", AsOf, "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            Assert.Equal(2, report.RootElement.GetProperty("policies").GetArrayLength());
            Assert.True(report.RootElement.GetProperty("summary").GetProperty("files").GetInt32() >= 6);
        }

        [Fact]
        public void Policy_tests_in_a_records_folder_are_not_read_as_records()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Path("tests"), "--as-of", AsOf, "--allow-empty");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("no *.json or *.jsonl files in this folder", result.Error);
        }

        [Fact]
        public void A_record_is_not_applicable_to_a_policy_whose_schema_it_does_not_fit()
        {
            var result = Tool.Run("check", Fixtures.Policy, Fixtures.Grading, "--records", Fixtures.Records("orgs.json"), Fixtures.Records("audits.json"),
                "--as-of", AsOf, "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            var records = report.RootElement.GetProperty("records");
            var org1 = records[0].GetProperty("policies");
            Assert.Equal("compliant", org1[0].GetProperty("outcome").GetString());
            Assert.Equal("not-applicable", org1[1].GetProperty("outcome").GetString());
            Assert.Equal("the record does not fit schema 'Audit': Required field 'audit_id' of Audit is missing at $[0].audit_id", org1[1].GetProperty("reason").GetString());
            var a2 = records[4];
            Assert.Equal("A-2", a2.GetProperty("id").GetString());
            Assert.Equal("not-applicable", a2.GetProperty("policies")[0].GetProperty("outcome").GetString());
            Assert.Equal("non-compliant", a2.GetProperty("policies")[1].GetProperty("outcome").GetString());
            Assert.Equal(1, result.ExitCode);
        }

        [Fact]
        public void A_record_that_fits_no_policy_is_reported_against_the_closest_schema()
        {
            var result = Tool.Run("check", Fixtures.Policy, Fixtures.Grading, "--records", Fixtures.Records("mixed.jsonl"), "--as-of", AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("error CP2003: Expected a date but found a number 42 at $.audit_date (schema of policy 'ISO/IEC 20000 certification eligibility')", result.Output);
            Assert.DoesNotContain("of Audit is missing", result.Output);
        }
    
        [Fact]
        public void Checking_an_empty_folder_of_records_is_not_a_pass()
        {
            // The reproducer: check dsl-samples --records empty-folder printed COMPLIANT and exited 0.
            using var temp = Fixtures.Temp();

            var result = Tool.Run("check", Samples.Folder, "--records", temp.Path, "--as-of", AsOf);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"warning: {temp.Path}: no *.json or *.jsonl files in this folder", result.Error);
            Assert.Contains("error CP3003: No record was checked: no record file was found; a run that checks nothing is not a pass. " +
                "Give the records, or allow an empty run (--allow-empty)", result.Error);
            Assert.Contains("NOTHING CHECKED: 0 records in 0 files", result.Output);
            Assert.DoesNotContain("COMPLIANT:", result.Output);
        }

        [Fact]
        public void Checking_the_null_device_is_not_a_pass_unless_an_empty_run_is_allowed()
        {
            if (!File.Exists("/dev/null")) return; // Windows has no /dev/null; the empty folder above is the same case.

            var refused = Tool.Run("check", Samples.Folder, "--records", "/dev/null", "--as-of", AsOf, "--format", "json");
            var allowed = Tool.Run("check", Samples.Folder, "--records", "/dev/null", "--as-of", AsOf, "--format", "json", "--allow-empty");

            Assert.Equal(2, refused.ExitCode);
            using var report = JsonDocument.Parse(refused.Output);
            Assert.Contains(report.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("id").GetString() == "CP3003");
            Assert.Equal(2, report.RootElement.GetProperty("summary").GetProperty("exitCode").GetInt32());
            Assert.Equal(0, allowed.ExitCode);
        }

        [Fact]
        public void An_as_of_date_that_does_not_exist_is_said_to_be_no_such_date()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", "2026-02-30");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: --as-of: '2026-02-30' is no such date: February 2026 has 28 days", result.Error.Trim());
        }

        [Theory]
        [InlineData("check")]
        [InlineData("explain")]
        [InlineData("timeline")]
        public void A_parameter_given_twice_is_refused_naming_both_values(string verb)
        {
            var records = verb == "check" ? new[] { "--records", Fixtures.Records("orgs.json") } : new[] { "--record", Fixtures.Records("one-org.json") };

            var result = Tool.Run(new[] { verb, Fixtures.Policy }.Concat(records)
                .Concat(new[] { "--param", "minimum_operation=2 months", "--param", "minimum_operation=4 months" }).ToArray());

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("error: --param: 'minimum_operation' is given twice: '2 months' and '4 months'; give each parameter once", result.Error.Trim());
        }

        [Theory]
        [InlineData("check")]
        [InlineData("explain")]
        public void Every_verb_prints_the_policy_warnings_as_lint_does(string verb)
        {
            using var temp = Fixtures.Temp();
            var policy = Fixtures.Path("broken/warning.policy");
            var record = temp.Write("r.json", "{\"id\": \"a\"}");
            var records = verb == "check" ? "--records" : "--record";

            var result = Tool.Run(verb, policy, records, record, "--as-of", AsOf);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains($"{policy}(5,7): warning CP1102: Parameter 'unused_limit' is never used", result.Error);
        }
}
}
