using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// <c>compliance diff</c> on real edits of the samples: a parameter changed, a table band changed, a clause added, a
    /// transition removed; the gate's exit codes; each format; bad input as one located line and exit 2.
    /// </summary>
    public class DiffCommandTests
    {
        private const string AsOf = "2026-11-23";
        internal static string Sample(string name) => Path.Combine(Samples.Folder, name + ".policy");
        internal static string SampleRecords(string file) => Path.Combine(Samples.Folder, "records", file);

        /// <summary>A copy of a sample policy with one edit, in a temp folder.</summary>
        internal static string Edited(TempFolder temp, string sample, string from, string to)
        {
            var text = File.ReadAllText(Sample(sample));
            Assert.Contains(from, text);
            return temp.Write(sample + ".policy", text.Replace(from, to));
        }

        private static CliResult Diff(string old, string @new, string records, params string[] more) =>
            Tool.Run(new[] { "diff", old, @new, "--records", records, "--as-of", AsOf }.Concat(more).ToArray());

        [Fact]
        public void A_longer_minimum_operation_fails_two_records_that_passed_and_the_gate_exits_1()
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "after-sales-certification", "param minimum_operation: duration = 3 months", "param minimum_operation: duration = 4 months");

            var result = Diff(Sample("after-sales-certification"), edited, SampleRecords("after-sales-certification.json"));

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("param minimum_operation: `= 3 months` became `= 4 months`", result.Output);
            Assert.Contains("AS-01  " + SampleRecords("after-sales-certification.json") + ":2  NEW FAILURE", result.Output);
            Assert.Contains("After-sales service certification: compliant → non-compliant", result.Output);
            Assert.Contains("APP-D [blocker] pass → fail: operated 3 months 9 days before the on-site audit; needs 4 months", result.Output);
            Assert.Contains("to pass: one of:", result.Output);
            Assert.Contains("- service_system_since on or before 2025-11-10 (now 2025-12-01)", result.Output);
            Assert.Contains("- onsite_audit_date on or after 2026-04-01 (now 2026-03-10)", result.Output);
            Assert.Contains("decision certification_recommended: true → false", result.Output);
            Assert.Contains("9 records compared in 1 file: 4 changed, 2 new failures, 0 no longer failing.", result.Output);
            Assert.Contains("Result: 2 records that passed now fail: exit code 1 (allow it with --fail-on-new-failures false).", result.Output);
        }

        [Fact]
        public void With_the_gate_off_new_failures_are_reported_and_the_exit_code_is_0()
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "after-sales-certification", "param minimum_operation: duration = 3 months", "param minimum_operation: duration = 4 months");

            var result = Diff(Sample("after-sales-certification"), edited, SampleRecords("after-sales-certification.json"), "--fail-on-new-failures", "false");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Result: 2 records that passed now fail, allowed by --fail-on-new-failures false: exit code 0.", result.Output);
        }

        [Fact]
        public void A_changed_band_fails_a_major_clause_of_a_record_already_failing_and_changes_its_person_days()
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "after-sales-certification", "  26 to 45 => 3", "  26 to 45 => 4");

            var result = Diff(Sample("after-sales-certification"), edited, SampleRecords("after-sales-certification.json"));

            // AS-02 already fails the blocker SCORE-1: its verdict stays, so the gate does not fire.
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("table initial_person_days: `26 to 45 => 3` became `26 to 45 => 4`", result.Output);
            Assert.Contains("After-sales service certification: still non-compliant", result.Output);
            Assert.Contains("DAYS-1 [major] pass → fail: 2.5 on-site of 4.0 person-days (initial, headcount 26, 0 extra site(s)); needs 3.20", result.Output);
            Assert.Contains("- planned_onsite_days needs +0.7 (2.5 → 3.2)", result.Output);
            Assert.Contains("through effective_headcount needs -1 (26 → 25)", result.Output);
            Assert.Contains("decision person_days: 3.0 → 4.0", result.Output);
            Assert.Contains("Result: no record that passed now fails: exit code 0.", result.Output);
        }

        [Theory]
        [InlineData("blocker", 0)]
        [InlineData("major", 1)]
        public void An_added_major_clause_fails_the_gate_only_when_major_failures_count(string failOn, int exit)
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "subsidies", "decision subsidy", "clause SUB-6 \"The fee is at most 300,000 yuan\"\n  severity major\n  require certification_fee <= 300000\n  message \"fee {certification_fee}\"\n\ndecision subsidy");

            var result = Diff(Sample("subsidies"), edited, SampleRecords("subsidies.json"), "--fail-on", failOn);

            Assert.True(result.ExitCode == exit, result.ToString());
            Assert.Contains("clause SUB-6 added:", result.Output);
            Assert.Contains("SUB-6 [major] absent → fail: fee 1200000", result.Output);
            Assert.Contains("to pass: certification_fee needs -900000 (1200000 → 300000)", result.Output);
            Assert.Contains("decision subsidy: 500000 → 0", result.Output);
        }

        [Fact]
        public void A_removed_transition_leaves_a_certificate_rectifying_and_changes_its_decisions_not_its_verdict()
        {
            using var temp = Fixtures.Temp();
            var text = File.ReadAllText(Sample("iso20000-certificate-status"));
            var start = text.IndexOf("  transition A-3", StringComparison.Ordinal);
            var end = text.IndexOf("  transition A-4", StringComparison.Ordinal);
            var edited = temp.Write("iso20000-certificate-status.policy", text.Remove(start, end - start));

            var result = Diff(Sample("iso20000-certificate-status"), edited, SampleRecords("iso20000-certificate-status.json"));

            // Rectifying within the 90 days still passes VALID-1: the lifecycle and the decisions change, the verdict does not.
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("lifecycle certificate, transition A-3 removed:", result.Output);
            Assert.Contains("transition A-3 \"Rectification accepted within 90 days\" rectifying -> active", result.Output);
            Assert.Contains("CERT-03  " + SampleRecords("iso20000-certificate-status.json") + ":42\n", result.Output.Replace("\r", string.Empty));
            Assert.Contains("ISO/IEC 20000 certificate status: still compliant", result.Output);
            Assert.Contains("decision status: active → rectifying", result.Output);
            Assert.Contains("lifecycle certificate: active since 2026-10-20 → rectifying since 2026-10-01", result.Output);
            Assert.Contains("1 changed, 0 new failures", result.Output);
        }

        [Fact]
        public void The_same_policies_change_nothing_and_exit_0()
        {
            var result = Diff(Samples.Folder, Samples.Folder, Path.Combine(Samples.Folder, "records"));

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Policy changes\n  none", result.Output.Replace("\r", string.Empty));
            Assert.Contains("Verdict changes\n  none", result.Output.Replace("\r", string.Empty));
            Assert.Contains("0 changed, 0 new failures, 0 no longer failing.", result.Output);
        }

        [Fact]
        public void The_json_report_carries_the_structural_changes_each_changed_clause_with_its_remediation_and_the_counts()
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "after-sales-certification", "param minimum_operation: duration = 3 months", "param minimum_operation: duration = 4 months");

            var result = Diff(Sample("after-sales-certification"), edited, SampleRecords("after-sales-certification.json"), "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            using var report = JsonDocument.Parse(result.Output);
            var root = report.RootElement;
            Assert.Equal("policy-diff", root.GetProperty("kind").GetString());
            var change = root.GetProperty("policies")[0].GetProperty("changes")[0];
            Assert.Equal("changed", change.GetProperty("kind").GetString());
            Assert.Equal("minimum_operation", change.GetProperty("declaration").GetString());
            var first = root.GetProperty("records")[0];
            Assert.Equal("AS-01", first.GetProperty("id").GetString());
            Assert.True(first.GetProperty("newFailure").GetBoolean());
            var clause = first.GetProperty("policies")[0].GetProperty("clauses")[0];
            Assert.Equal("APP-D", clause.GetProperty("id").GetString());
            Assert.Equal("pass", clause.GetProperty("old").GetString());
            Assert.Equal("fail", clause.GetProperty("new").GetString());
            var remedy = clause.GetProperty("remediation");
            Assert.Equal("any", remedy.GetProperty("kind").GetString());
            var byDate = remedy.GetProperty("alternatives")[0];
            Assert.Equal("service_system_since", byDate.GetProperty("input").GetString());
            Assert.Equal("2025-11-10", byDate.GetProperty("target").GetString());
            var summary = root.GetProperty("summary");
            Assert.Equal(2, summary.GetProperty("newFailures").GetInt32());
            Assert.Equal(1, summary.GetProperty("exitCode").GetInt32());
            Assert.Contains("2 new failures", result.Error);
        }

        [Fact]
        public void The_markdown_report_for_a_pull_request_has_the_summary_the_records_per_change_and_the_policy_changes_in_order()
        {
            using var temp = Fixtures.Temp();
            var edited = Edited(temp, "after-sales-certification", "  26 to 45 => 3", "  26 to 45 => 4");
            var output = Path.Combine(temp.Path, "diff.md");

            var result = Diff(Sample("after-sales-certification"), edited, SampleRecords("after-sales-certification.json"), "--format", "markdown", "--output", output);

            Assert.True(result.ExitCode == 0, result.ToString());
            var markdown = File.ReadAllText(output);
            var summary = markdown.IndexOf("| records | changed | new failures | no longer failing |", StringComparison.Ordinal);
            var perChange = markdown.IndexOf("## pass → fail", StringComparison.Ordinal);
            var structure = markdown.IndexOf("## Policy changes", StringComparison.Ordinal);
            Assert.True(summary >= 0 && perChange > summary && structure > perChange, markdown);
            Assert.Contains("| 9 | 1 | 0 | 0 |", markdown);
            Assert.Contains("| AS-02 |", markdown);
            Assert.Contains("planned_onsite_days needs +0.7 (2.5 → 3.2)", markdown);
            Assert.Contains("- table initial_person_days: `26 to 45 => 3` became `26 to 45 => 4`", markdown);
            Assert.Contains("report written to " + output, result.Error);
        }

        [Fact]
        public void A_version_that_does_not_exist_is_an_input_error_with_exit_2()
        {
            var missing = Path.Combine(Path.GetTempPath(), "no-such-policies-" + Guid.NewGuid().ToString("N"));

            var result = Diff(Sample("subsidies"), missing, SampleRecords("subsidies.json"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"error: {missing}: no such file or folder", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }

        [Fact]
        public void A_new_version_that_does_not_compile_is_reported_at_its_line_and_column_with_exit_2()
        {
            using var temp = Fixtures.Temp();
            var broken = temp.Write("broken.policy", "policy \"x\"\nclause");

            var result = Diff(Sample("subsidies"), broken, SampleRecords("subsidies.json"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("broken.policy(2,7): error CP0001: Syntax error: expected clause ID, found end of file", result.Error);
            Assert.DoesNotContain("   at ", result.Error);
        }

        [Fact]
        public void A_revision_the_repository_does_not_have_is_an_input_error_with_exit_2()
        {
            var result = Diff("no-such-revision:dsl-samples", Samples.Folder, Path.Combine(Samples.Folder, "records"));

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("error: no-such-revision:dsl-samples: ", result.Error);
            Assert.Contains("no revision 'no-such-revision'", result.Error);
        }

        [Fact]
        public void A_negative_max_listed_is_refused_with_exit_2()
        {
            var result = Diff(Sample("subsidies"), Sample("subsidies"), SampleRecords("subsidies.json"), "--max-listed", "-1");

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains("--max-listed: -1 is negative", result.Error);
        }

        [Fact]
        public void A_git_revision_is_read_with_git_from_the_repository_the_command_runs_in()
        {
            using var temp = Fixtures.Temp();
            var repository = temp.Path;
            Directory.CreateDirectory(Path.Combine(repository, "policies"));
            File.Copy(Sample("after-sales-certification"), Path.Combine(repository, "policies", "after-sales-certification.policy"));
            Git(repository, "init", "-q");
            Git(repository, "add", ".");
            Git(repository, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "policies");
            Edited(temp, "after-sales-certification", "param minimum_operation: duration = 3 months", "param minimum_operation: duration = 4 months");
            File.Move(Path.Combine(repository, "after-sales-certification.policy"), Path.Combine(repository, "policies", "after-sales-certification.policy"), overwrite: true);

            var result = RunIn(repository, "diff", "HEAD:policies", "policies", "--records", SampleRecords("after-sales-certification.json"), "--as-of", AsOf);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("Policy diff: HEAD:policies → policies", result.Output);
            Assert.Contains("param minimum_operation: `= 3 months` became `= 4 months`", result.Output);
            Assert.Contains("HEAD:policies/after-sales-certification.policy", result.Output);
        }

        private static void Git(string directory, params string[] arguments)
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"git {string.Join(" ", arguments)}: {error.Result}");
        }

        /// <summary>The tool as a process in <paramref name="directory"/>: a revision is read from the repository around the current folder.</summary>
        private static CliResult RunIn(string directory, params string[] args)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = directory };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance.dll"));
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "the tool did not finish within a minute");
            return new CliResult(process.ExitCode, output.Result, error.Result);
        }
    }
}
