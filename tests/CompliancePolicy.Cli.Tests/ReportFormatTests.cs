using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using System.Xml.Linq;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>The check report in each format: the JSON fields docs/report-format.md promises, SARIF that the official
    /// schema accepts, JUnit that CI reporters read, and Markdown for people.</summary>
    public class ReportFormatTests
    {
        private static CliResult Check(string format, params string[] more) =>
            Tool.Run(new[] { "check", Fixtures.Policy, Fixtures.Grading, "--records", Fixtures.Records("orgs.json"), Fixtures.Records("audits.json"),
                Fixtures.Records("mixed.jsonl"), "--as-of", "2026-11-23", "--format", format }.Concat(more).ToArray());

        [Fact]
        public void Json_has_the_documented_header_records_and_summary()
        {
            var result = Check("json", "--param", "minimum_operation=3 months");

            using var report = JsonDocument.Parse(result.Output);
            var root = report.RootElement;
            Assert.Equal("1.4", root.GetProperty("reportVersion").GetString());
            Assert.Equal("compliance", root.GetProperty("tool").GetProperty("name").GetString());
            Assert.Equal(CliApp.Version, root.GetProperty("tool").GetProperty("version").GetString());
            Assert.Equal("2026-11-23", root.GetProperty("asOf").GetString());
            Assert.Equal("blocker", root.GetProperty("failOn").GetString());
            var policy = root.GetProperty("policies")[0];
            Assert.Equal("ISO/IEC 20000 certification eligibility", policy.GetProperty("name").GetString());
            Assert.Equal("1.0.0", policy.GetProperty("version").GetString());
            Assert.EndsWith("eligibility.policy", policy.GetProperty("files")[0].GetString());
            Assert.Equal("Organisation", policy.GetProperty("schema").GetString());

            var org7 = root.GetProperty("records")[1];
            Assert.Equal("org-7", org7.GetProperty("id").GetString());
            Assert.EndsWith("records/orgs.json", org7.GetProperty("file").GetString());
            Assert.Equal(3, org7.GetProperty("line").GetInt32());
            Assert.Equal("non-compliant", org7.GetProperty("outcome").GetString());
            var eligibility = org7.GetProperty("policies")[0];
            Assert.Equal("ISO/IEC 20000 certification eligibility", eligibility.GetProperty("policy").GetString());
            var clause = eligibility.GetProperty("clauses")[0];
            Assert.Equal("ELIG-2", clause.GetProperty("id").GetString());
            Assert.Equal("fail", clause.GetProperty("outcome").GetString());
            Assert.Equal("blocker", clause.GetProperty("severity").GetString());
            Assert.Equal("operated 2 months 29 days since 2026-08-24; needs 3 months", clause.GetProperty("message").GetString());
            Assert.Equal("RD-2.2", clause.GetProperty("citation").GetString());
            Assert.Equal(new[] { "RD-2.2", "001 §2" }, clause.GetProperty("citations").EnumerateArray().Select(c => c.GetString()));
            Assert.Contains(clause.GetProperty("evidence").EnumerateArray(),
                e => e.GetProperty("expression").GetString() == "sms_established" && e.GetProperty("value").GetString() == "2026-08-24");
            var decision = eligibility.GetProperty("decisions")[0];
            Assert.Equal("eligible", decision.GetProperty("name").GetString());
            Assert.Equal(JsonValueKind.False, decision.GetProperty("value").ValueKind);

            var a1 = root.GetProperty("records")[3];
            Assert.Equal("four_star", a1.GetProperty("policies")[1].GetProperty("decisions")[0].GetProperty("value").GetString());

            var summary = root.GetProperty("summary");
            Assert.Equal(9, summary.GetProperty("records").GetInt32());
            Assert.Equal(summary.GetProperty("records").GetInt32(),
                summary.GetProperty("compliant").GetInt32() + summary.GetProperty("nonCompliant").GetInt32() + summary.GetProperty("errors").GetInt32());
            Assert.Equal(2, summary.GetProperty("exitCode").GetInt32());
        }

        [Fact]
        public async Task Sarif_for_check_validates_against_the_official_schema()
        {
            var result = Check("sarif");

            await SarifSchema.AssertValid(result.Output);
        }

        [Fact]
        public void Sarif_for_check_names_the_record_file_and_line_and_the_clause_with_its_citation()
        {
            var result = Check("sarif");

            using var log = JsonDocument.Parse(result.Output);
            var run = log.RootElement.GetProperty("runs")[0];
            var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToArray();
            var results = run.GetProperty("results").EnumerateArray().ToArray();
            var failure = results.Single(r => r.GetProperty("ruleId").GetString() == "ELIG-2");
            Assert.Equal("error", failure.GetProperty("level").GetString());
            Assert.StartsWith("Record org-7 fails ELIG-2 \"The SMS has operated for at least 3 months before the audit\" (RD-2.2; 001 §2):", failure.GetProperty("message").GetProperty("text").GetString());
            var location = failure.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("records/orgs.json", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
            var rule = rules[failure.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal("ELIG-2", rule.GetProperty("id").GetString());
            Assert.Contains("Cites RD-2.2; 001 §2", rule.GetProperty("help").GetProperty("text").GetString());
            Assert.Contains(rules, r => r.GetProperty("id").GetString() == "CP2003" && r.GetProperty("helpUri").GetString()!.EndsWith("docs/rules/CP2003.md"));
            var unreadable = results.First(r => r.GetProperty("ruleId").GetString() == "CP2003");
            Assert.Equal(2, unreadable.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal("2026-11-23", run.GetProperty("properties").GetProperty("asOf").GetString());
        }

        [Fact]
        public async Task Sarif_for_a_check_whose_policy_does_not_compile_is_valid_and_holds_the_diagnostic()
        {
            var result = Tool.Run("check", Fixtures.Path("broken/syntax-error.policy"), "--records", Fixtures.Records("orgs.json"), "--format", "sarif");

            Assert.Equal(2, result.ExitCode);
            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var run = log.RootElement.GetProperty("runs")[0];
            Assert.Equal("CP0001", run.GetProperty("results")[0].GetProperty("ruleId").GetString());
            Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
        }

        [Fact]
        public async Task Sarif_with_a_refused_parameter_reports_it_as_a_notification()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--param", "nope=1", "--format", "sarif");

            Assert.Equal(2, result.ExitCode);
            await SarifSchema.AssertValid(result.Output);
            Assert.Contains("toolExecutionNotifications", result.Output);
        }

        [Fact]
        public void Junit_has_a_testcase_per_record_and_clause_with_failures_and_errors()
        {
            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), Fixtures.Records("mixed.jsonl"),
                "--as-of", "2026-11-23", "--format", "junit");

            var document = XDocument.Parse(result.Output);
            var suites = document.Root!.Elements("testsuite").ToArray();
            var recordCases = suites.Where(s => s.Attribute("name")!.Value.Contains(" against ")).SelectMany(s => s.Elements("testcase")).ToArray();
            Assert.Equal(5 * 2, recordCases.Length);
            var failure = recordCases.Single(c => c.Attribute("name")!.Value.StartsWith("org-7 ELIG-2")).Element("failure")!;
            Assert.Equal("operated 2 months 29 days since 2026-08-24; needs 3 months", failure.Attribute("message")!.Value);
            Assert.Equal("blocker", failure.Attribute("type")!.Value);
            Assert.Contains("cites: RD-2.2; 001 §2", failure.Value);
            Assert.Contains(suites.SelectMany(s => s.Elements("testcase")), c => c.Element("error")?.Attribute("message")?.Value.Contains("CP2003") == true);
            var run = suites.Last();
            Assert.Equal("2026-11-23", run.Element("properties")!.Elements("property").Single(p => p.Attribute("name")!.Value == "asOf").Attribute("value")!.Value);
            foreach (var suite in suites)
                Assert.Equal(suite.Elements("testcase").Count(), int.Parse(suite.Attribute("tests")!.Value));
        }

        [Fact]
        public void Markdown_has_a_summary_and_a_table_of_failures()
        {
            var result = Check("markdown");

            Assert.StartsWith("# Compliance check", result.Output);
            Assert.Contains("As of **2026-11-23**", result.Output);
            Assert.Contains("| records | compliant | non-compliant | errors |", result.Output);
            Assert.Contains("| 9 | 5 | 2 | 2 |", result.Output);
            Assert.Contains("| org-7 |", result.Output);
            Assert.Contains("| **ELIG-2** The SMS has operated for at least 3 months before the audit | blocker | fail | operated 2 months 29 days since 2026-08-24; needs 3 months | sms_established on or before 2026-08-22 (now 2026-08-24), or audit_date on or after 2026-11-24 (now 2026-11-22) | RD-2.2; 001 §2 |", result.Output);
            Assert.Contains("## Unreadable records", result.Output);
        }

        [Fact]
        public void Text_on_a_terminal_is_coloured_unless_no_color_is_set()
        {
            var terminal = new CliEnvironment(outputIsTerminal: true, today: () => Tool.Today);
            var noColor = new CliEnvironment(outputIsTerminal: true, noColor: true, today: () => Tool.Today);
            string[] args = { "check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", "2026-11-23" };

            Assert.Contains("\u001b[", Tool.Run(terminal, args).Output, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", Tool.Run(noColor, args).Output, System.StringComparison.Ordinal);
            Assert.DoesNotContain("\u001b[", Tool.Run(args).Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Progress_appears_only_on_a_terminal_stderr_and_never_on_stdout()
        {
            var slowTerminal = new CliEnvironment(errorIsTerminal: true, today: () => Tool.Today) { ProgressDelay = System.TimeSpan.Zero };
            string[] args = { "check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--as-of", "2026-11-23", "--format", "json" };

            var withProgress = Tool.Run(slowTerminal, args);
            var pipeline = Tool.Run(args);

            Assert.Equal(pipeline.Output, withProgress.Output);
            Assert.DoesNotContain("Checked 0 records", pipeline.Error);
        }
    
        [Theory]
        [InlineData("json")]
        [InlineData("sarif")]
        [InlineData("junit")]
        [InlineData("markdown")]
        [InlineData("text")]
        public void Every_format_names_its_inputs_by_SHA_256_with_the_tool_version_date_and_parameters(string format)
        {
            // RD-5.4: every export is traceable. An auditor can tell exactly which files a gate decided on.
            var result = Check(format, "--param", "minimum_operation=3 months");

            var inputs = new[] { Fixtures.Policy, Fixtures.Path("policies/grading/grading.policy"), Fixtures.Records("orgs.json"), Fixtures.Records("audits.json"), Fixtures.Records("mixed.jsonl") };
            foreach (var input in inputs) Assert.Contains(Sha256(input), result.Output);
            Assert.Contains(CliApp.Version, result.Output);
            Assert.Contains("2026-11-23", result.Output);
            Assert.Contains("minimum_operation", result.Output);
            Assert.Contains("3 months", result.Output);
        }

        [Fact]
        public void Json_lists_the_inputs_with_kind_file_hash_and_size()
        {
            var result = Check("json");

            using var report = JsonDocument.Parse(result.Output);
            var inputs = report.RootElement.GetProperty("inputs").EnumerateArray().ToArray();
            Assert.Equal(new[] { "policy", "policy", "records", "records", "records" }, inputs.Select(i => i.GetProperty("kind").GetString()));
            var orgs = inputs.Single(i => i.GetProperty("file").GetString()!.EndsWith("records/orgs.json"));
            Assert.Equal(Sha256(Fixtures.Records("orgs.json")), orgs.GetProperty("sha256").GetString());
            Assert.Equal(new System.IO.FileInfo(Fixtures.Records("orgs.json")).Length, orgs.GetProperty("bytes").GetInt64());
        }

        [Fact]
        public async Task Sarif_carries_each_input_as_an_artifact_with_its_sha_256()
        {
            var result = Check("sarif");

            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var artifacts = log.RootElement.GetProperty("runs")[0].GetProperty("artifacts").EnumerateArray().ToArray();
            var orgs = artifacts.Single(a => a.GetProperty("location").GetProperty("uri").GetString()!.EndsWith("records/orgs.json"));
            Assert.Equal(Sha256(Fixtures.Records("orgs.json")), orgs.GetProperty("hashes").GetProperty("sha-256").GetString());
            Assert.Equal("analysisTarget", orgs.GetProperty("roles")[0].GetString());
        }

        [Fact]
        public void The_text_summary_lists_the_inputs_as_sha256sum_reads_them()
        {
            var result = Check("text");

            Assert.Contains($"{Sha256(Fixtures.Records("orgs.json"))}  {Fixtures.Records("orgs.json")}", result.Output);
            Assert.Contains($"by compliance {CliApp.Version}", result.Output);
        }

        private static string Sha256(string path) =>
            System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(path))).ToLowerInvariant();
}
}
