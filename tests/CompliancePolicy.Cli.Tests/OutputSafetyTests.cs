using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// Nothing the user gave is lost: an output that is one of the inputs is refused before anything is read (issue 16,
    /// item 1), and a report or policy file is replaced only once the new one is complete (item 3).
    /// </summary>
    public class OutputSafetyTests
    {
        private const string AsOf = "2026-11-23";

        [Fact]
        public void A_report_over_a_record_file_of_the_records_folder_is_refused_and_the_records_are_kept()
        {
            // The reproducer: check dsl-samples --records recs --output recs/subsidies.json replaced the records with the report.
            using var temp = Fixtures.Temp();
            var records = Directory.CreateDirectory(Path.Combine(temp.Path, "recs")).FullName;
            var subsidies = Path.Combine(records, "subsidies.json");
            File.Copy(Path.Combine(Samples.Folder, "records", "subsidies.json"), subsidies);
            var before = File.ReadAllBytes(subsidies);

            var result = Tool.Run("check", Samples.Folder, "--records", records, "--output", subsidies, "--as-of", AsOf);

            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal($"error: --output: '{subsidies}' is a record file this run reads ('{subsidies}'); writing the report there would replace it. Choose another output file",
                result.Error.Trim());
            Assert.Equal(before, File.ReadAllBytes(subsidies));
            Assert.Equal(string.Empty, result.Output);
        }

        [Fact]
        public void The_same_file_named_another_way_is_refused_too()
        {
            using var temp = Fixtures.Temp();
            var records = temp.Copy(Fixtures.Records("orgs.json"));
            var roundabout = Path.Combine(temp.Path, "sub", "..", ".", "orgs.json");

            var result = Tool.Run("check", Fixtures.Policy, "--records", records, "--output", roundabout, "--as-of", AsOf, "--format", "json");

            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith($"error: --output: '{roundabout}' is a record file this run reads", result.Error);
            Assert.Equal(File.ReadAllText(Fixtures.Records("orgs.json")), File.ReadAllText(records));
        }

        [Fact]
        public void A_link_to_an_input_is_refused()
        {
            if (OperatingSystem.IsWindows()) return; // creating links needs privileges there.
            using var temp = Fixtures.Temp();
            var records = temp.Copy(Fixtures.Records("orgs.json"));
            var link = Path.Combine(temp.Path, "report.json");
            File.CreateSymbolicLink(link, records);

            var result = Tool.Run("check", Fixtures.Policy, "--records", records, "--output", link, "--as-of", AsOf);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is a record file this run reads", result.Error);
            Assert.Equal(File.ReadAllText(Fixtures.Records("orgs.json")), File.ReadAllText(records));
        }

        [Fact]
        public void A_report_over_a_policy_file_is_refused_by_check_and_by_lint()
        {
            using var temp = Fixtures.Temp();
            var policy = temp.Copy(Fixtures.Policy);
            var before = File.ReadAllText(policy);

            var check = Tool.Run("check", temp.Path, "--records", Fixtures.Records("orgs.json"), "--output", policy, "--as-of", AsOf);
            var lint = Tool.Run("lint", temp.Path, "--format", "sarif", "--output", policy);

            Assert.Equal(2, check.ExitCode);
            Assert.Contains($"'{policy}' is a policy file this run reads", check.Error);
            Assert.Equal(2, lint.ExitCode);
            Assert.Contains($"'{policy}' is a policy file this run reads", lint.Error);
            Assert.Equal(before, File.ReadAllText(policy));
        }

        [Fact]
        public void A_report_replaces_the_previous_one_whole_and_leaves_no_temporary_file()
        {
            using var temp = Fixtures.Temp();
            var report = temp.Write("report.json", "the previous report");

            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--output", report, "--as-of", AsOf, "--format", "json");

            Assert.Equal(1, result.ExitCode);
            using var document = JsonDocument.Parse(File.ReadAllText(report));
            Assert.Equal(3, document.RootElement.GetProperty("summary").GetProperty("records").GetInt32());
            Assert.Equal(new[] { report }, Directory.GetFiles(temp.Path));
        }

        [Fact]
        public void A_report_to_a_device_is_written_in_place()
        {
            if (!File.Exists("/dev/null")) return; // Windows names it NUL, treated the same way.

            var result = Tool.Run("check", Fixtures.Policy, "--records", Fixtures.Records("orgs.json"), "--output", "/dev/null", "--as-of", AsOf, "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("report written to /dev/null", result.Error);
        }

        [Fact]
        public void Formatting_replaces_each_policy_whole_and_leaves_no_temporary_file()
        {
            using var temp = Fixtures.Temp();
            var file = temp.Copy(Fixtures.Path("format/unformatted.policy"));

            var result = Tool.Run("fmt", temp.Path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(new[] { file }, Directory.GetFiles(temp.Path));
            Assert.Equal(0, Tool.Run("fmt", file, "--check").ExitCode);
        }

        [Fact]
        public void A_lint_report_goes_to_its_output_file()
        {
            using var temp = Fixtures.Temp();
            var report = Path.Combine(temp.Path, "lint.sarif");

            var result = Tool.Run("lint", Fixtures.Path("broken"), "--format", "sarif", "--output", report);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            using var log = JsonDocument.Parse(File.ReadAllText(report));
            Assert.Equal("CP0001", log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
            Assert.Equal(new[] { report }, Directory.GetFiles(temp.Path));
        }
    }
}
