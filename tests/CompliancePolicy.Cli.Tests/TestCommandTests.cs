using System.IO;
using System.Linq;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Testing;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance test</c> and the policy test runner behind it.</summary>
    public class TestCommandTests
    {
        [Fact]
        public void Passing_tests_exit_0_and_print_coverage()
        {
            var result = Tool.Run("test", Fixtures.Path("tests/eligibility.policytest.json"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("PASS", result.Output);
            Assert.Contains("Coverage of ISO/IEC 20000 certification eligibility 1.0.0: 2/2 clauses (100%)", result.Output);
            Assert.Contains("2 test(s): 2 passed, 0 failed", result.Output);
        }

        [Fact]
        public void A_failing_test_exits_1_with_expected_and_actual_for_each_expectation()
        {
            var file = Fixtures.Path("tests/failing.policytest.json");

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains($"FAIL {file}: A wrong expectation is reported with expected and actual", result.Output);
            Assert.Contains($"{file}(14,44): clause RD4.8-pass for record A-2: expected pass, actual fail (\"score 68.5 with 5 deduction items\")", result.Output);
            Assert.Contains($"{file}(14,76): decision grade for record A-2: expected \"compliant\", actual \"fail\"", result.Output);
            Assert.Contains("2 test(s): 1 passed, 1 failed", result.Output);
        }

        [Fact]
        public void Malformed_test_files_are_diagnostics_with_line_column_and_json_path()
        {
            var folder = Fixtures.Path("tests-malformed");
            var malformed = Path.Combine(folder, "malformed.policytest.json");

            var result = Tool.Run("test", folder);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{malformed}(6,16): error CP3106: '2026-13-01' is not a valid date: there is no month 13 at $.tests[0].as_of", result.Error);
            // A record's own problems stay the record reader's, located in the test file.
            Assert.Contains($"{malformed}(7,52): error CP2006: 'yesterday' is not a valid date; expected yyyy-MM-dd at $.tests[0].record.sms_established", result.Error);
            Assert.Contains($"{malformed}(8,40): error CP3113: Policy 'ISO/IEC 20000 certification eligibility' has no clause 'ELIG-9'; did you mean 'ELIG-2'? " +
                "at $.tests[0].expect.clauses['ELIG-9']", result.Error);
            Assert.Contains("error CP3107: \"passed\" is not a clause outcome; write \"pass\", \"fail\", \"not-applicable\" or \"error\" at $.tests[0].expect.clauses['ELIG-2']", result.Error);
            Assert.Contains($"{malformed}(9,19): warning CP3104: A test has no field 'expected'; it is ignored; did you mean 'expect'?", result.Error);
            Assert.Contains($"{Path.Combine(folder, "syntax.policytest.json")}(4,31): error CP3101: The policy test file is not valid JSON: unexpected '\"'; expected ',' or a closing '}}' or ']'", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }

        [Fact]
        public void Uncovered_clauses_are_listed()
        {
            using var temp = Fixtures.Temp();
            var test = temp.Write("partial.policytest.json", $@"{{
  ""policy"": {System.Text.Json.JsonSerializer.Serialize(Fixtures.Policy)},
  ""tests"": [
    {{ ""name"": ""only ELIG-2"", ""as_of"": ""2026-11-23"",
       ""record"": {{""id"": ""o"", ""sms_established"": ""2026-01-01"", ""audit_date"": ""2026-11-01"", ""management_reviews"": []}},
       ""expect"": {{ ""clauses"": {{ ""ELIG-2"": ""pass"" }} }} }}
  ]
}}");

            var result = Tool.Run("test", test);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("1/2 clauses (50%)", result.Output);
            Assert.Contains("Uncovered: ELIG-3 \"A management review before the audit\"", result.Output);
        }

        [Fact]
        public void No_test_files_exits_2()
        {
            var result = Tool.Run("test", Fixtures.Path("records"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no *.policytest.json files found", result.Error);
        }

        [Fact]
        public void The_runner_reports_coverage_and_outcomes_seen()
        {
            var run = PolicyTestRunner.Run(new[] { Fixtures.Path("tests/eligibility.policytest.json"), Fixtures.Path("tests/failing.policytest.json") });

            Assert.Equal(3, run.Passed);
            Assert.Equal(1, run.Failed);
            Assert.False(run.HasErrors);
            var eligibility = run.Coverage.Single(c => c.Policy.Name.StartsWith("ISO"));
            Assert.Equal(1.0, eligibility.Ratio);
            var elig2 = eligibility.Clauses.Single(c => c.Clause.Id == "ELIG-2");
            Assert.Equal(new[] { ClauseOutcome.Pass, ClauseOutcome.Fail }, elig2.OutcomesSeen.ToArray());
            Assert.True(elig2.Exercised);
            var failure = run.Results.Single(r => !r.Passed).Failures.First();
            Assert.Equal("clause", failure.Kind);
            Assert.Equal("pass", failure.Expected);
        }

        [Fact]
        public void A_policy_that_does_not_compile_fails_its_tests_with_the_compiler_diagnostics()
        {
            using var temp = Fixtures.Temp();
            var test = temp.Write("broken.policytest.json", $@"{{ ""policy"": {System.Text.Json.JsonSerializer.Serialize(Fixtures.Path("broken/syntax-error.policy"))},
  ""tests"": [ {{ ""name"": ""t"", ""as_of"": ""2026-11-23"", ""record"": {{ ""id"": ""a"" }}, ""expect"": {{ ""clauses"": {{ ""B-1"": ""pass"" }} }} }} ] }}");

            var run = PolicyTestRunner.Run(new[] { test });

            Assert.False(run.Succeeded);
            Assert.Contains(run.Diagnostics, d => d.Id == "CP0001");
            Assert.Contains(run.Diagnostics, d => d.Id == "CP3108" && d.Message.Contains("cannot be used: it does not compile (1 error(s), first: "));
            Assert.True(run.Results.Single().HasErrors);
        }

        [Fact]
        public void Records_can_be_referenced_by_file_and_id_and_missing_ids_are_diagnostics()
        {
            using var temp = Fixtures.Temp();
            var test = temp.Write("refs.policytest.json", $@"{{ ""policy"": {System.Text.Json.JsonSerializer.Serialize(Fixtures.Policy)},
  ""tests"": [ {{ ""name"": ""t"", ""as_of"": ""2026-11-23"", ""records"": [{System.Text.Json.JsonSerializer.Serialize(Fixtures.Records("orgs.json") + "#org-1")}, {System.Text.Json.JsonSerializer.Serialize(Fixtures.Records("orgs.json") + "#org-404")}],
    ""expect"": {{ ""decisions"": {{ ""eligible"": true }} }} }} ] }}");

            var run = PolicyTestRunner.Run(new[] { test });

            var missing = Assert.Single(run.Diagnostics);
            Assert.Equal("CP3110", missing.Id);
            Assert.Equal($"The records file '{Fixtures.Records("orgs.json")}' has no record with ID 'org-404'", missing.Message);
            Assert.Equal("$.tests[0].records[1]", missing.Location!.JsonPath);
        }
    
        [Fact]
        public void Bad_parameter_values_are_located_diagnostics_and_the_other_tests_still_run()
        {
            // The reproducer: "parameters": {"grace": "banana"} (or true, "", an unknown name) gave "internal error
            // (FormatException)" and ran no test.
            using var temp = Fixtures.Temp();
            var policy = System.Text.Json.JsonSerializer.Serialize(Path.Combine(Samples.Folder, "iso20000-certificate-status.policy"));
            const string record = "{\"id\": \"X\", \"holder\": \"Test holder\", \"issued\": \"2024-02-01\", \"base_fee\": 60000, \"events\": []}";
            string Test(string name, string parameters) =>
                $"{{ \"name\": \"{name}\", \"as_of\": \"2024-06-01\", \"parameters\": {parameters}, \"record\": {record}, \"expect\": {{ \"lifecycles\": {{ \"certificate\": \"active\" }} }} }}";
            var file = temp.Write("grace.policytest.json", $"{{ \"policy\": {policy}, \"tests\": [\n" + string.Join(",\n",
                Test("banana", "{\"grace\": \"banana\"}"), Test("true", "{\"grace\": true}"), Test("empty", "{\"grace\": \"\"}"),
                Test("unknown", "{\"gracee\": \"3 months\"}"), Test("good", "{\"grace\": \"3 months\"}")) + "\n] }");

            var result = Tool.Run("test", file);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.DoesNotContain("internal error", result.Error);
            Assert.Contains($"{file}(2,{Column(file, 2, "\"banana\"}")}): error CP3002: Parameter 'grace' is a duration; cannot use 'banana': " +
                "expected a duration such as '30 days', '3 months' or '1 year' at $.tests[0].parameters.grace", result.Error);
            Assert.Contains("error CP3002: Parameter 'grace' is a duration; cannot use 'true': expected a duration", result.Error);
            Assert.Contains("error CP3002: Parameter 'grace' is a duration; cannot use '': expected a duration", result.Error);
            Assert.Contains("error CP3001: Policy 'ISO/IEC 20000 certificate status' has no parameter 'gracee'; did you mean 'grace'? at $.tests[3].parameters.gracee", result.Error);
            Assert.Contains($"PASS {file}: good", result.Output);
            Assert.Contains("5 test(s): 1 passed, 4 failed", result.Output);
        }

        [Fact]
        public void A_policy_path_with_a_NUL_or_that_never_ends_is_a_clear_error()
        {
            using var temp = Fixtures.Temp();
            string File(string policy) => $"{{ \"policy\": \"{policy}\", \"tests\": [ {{ \"name\": \"t\", \"as_of\": \"2026-11-23\", \"record\": {{ \"id\": \"a\" }}, \"expect\": {{ \"decisions\": {{ \"eligible\": true }} }} }} ] }}";
            var nul = temp.Write("nul.policytest.json", File("eligibility\\u0000.policy"));
            var zero = temp.Write("zero.policytest.json", File("/dev/zero"));

            var result = Tool.Run("test", nul, zero);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{nul}(1,13): error CP3108: The policy 'eligibilityU+0000.policy' cannot be used: the path contains a NUL or another character no file name can hold at $.policy", result.Error);
            if (System.IO.File.Exists("/dev/zero"))
                Assert.Contains($"{zero}(1,13): error CP3108: The policy '/dev/zero' cannot be used: is larger than 4 MiB, the limit for a policy file", result.Error);
            Assert.DoesNotContain("internal error", result.Error);
        }

        [Fact]
        public void A_malformed_test_file_is_described_without_the_JSON_library_s_wording()
        {
            using var temp = Fixtures.Temp();
            var trailing = temp.Write("trailing.policytest.json", "{ \"policy\": \"p.policy\", \"tests\": [], }");
            var blank = temp.Write("blank.policytest.json", "   ");

            var result = Tool.Run("test", trailing, blank);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains($"{trailing}(1,38): error CP3101: The policy test file is not valid JSON: a comma before the closing '}}'; remove it", result.Error);
            Assert.Contains($"{blank}(1,4): error CP3101: The policy test file is not valid JSON: the file is empty", result.Error);
            Assert.DoesNotContain("reader options", result.Error);
            Assert.DoesNotContain("isFinalBlock", result.Error);
        }

        /// <summary>The 1-based column of a text on a line of a file, for asserting where a diagnostic points.</summary>
        private static int Column(string file, int line, string text) => File.ReadAllLines(file)[line - 1].IndexOf(text, System.StringComparison.Ordinal) + 1;
}
}
