using System;
using System.IO;
using System.Text.Json;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// <c>compliance coverage</c>: the samples cover every rule of dsl-samples/rules.md (encoded or declared not encoded),
    /// the README's rule map is exactly what the verb prints, and the machine format stays a whole document on errors.
    /// </summary>
    public class CoverageCommandTests
    {
        private const string MapStart = "<!-- coverage:start -->\n";
        private const string MapEnd = "<!-- coverage:end -->";

        [Fact]
        public void The_samples_leave_no_rule_of_their_index_missing()
        {
            var result = Tool.Run("coverage", Samples.Folder);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains(" 0 missing", result.Output);
            Assert.DoesNotContain("CP80", result.Error);
        }

        [Fact]
        public void The_samples_README_map_is_what_coverage_prints_as_markdown()
        {
            var result = Tool.Run("coverage", Samples.Folder, "--format", "markdown");
            var readme = File.ReadAllText(Path.Combine(Samples.Folder, "README.md")).Replace("\r\n", "\n");
            var start = readme.IndexOf(MapStart, StringComparison.Ordinal);
            var end = readme.IndexOf(MapEnd, StringComparison.Ordinal);

            Assert.True(start >= 0 && end > start, "dsl-samples/README.md has no coverage:start ... coverage:end section");
            Assert.True(readme.Substring(start + MapStart.Length, end - start - MapStart.Length) == result.Output.Replace("\r\n", "\n").TrimEnd('\n') + "\n",
                "dsl-samples/README.md's rule map is out of date: replace it with the output of " +
                "'dotnet run --project src/CompliancePolicy.Cli -- coverage dsl-samples --format markdown'");
        }

        [Fact]
        public void A_policy_without_an_index_exits_2_and_the_json_report_is_still_a_whole_document()
        {
            using var folder = Fixtures.Temp();
            folder.Copy(Fixtures.Policy);

            var result = Tool.Run("coverage", folder.Path, "--format", "json");

            Assert.Equal(2, result.ExitCode);
            using var json = JsonDocument.Parse(result.Output);
            Assert.Equal(0, json.RootElement.GetProperty("indexes").GetArrayLength());
            Assert.Contains("CP8008", json.RootElement.GetProperty("diagnostics").ToString());
            Assert.Contains("error CP8008", result.Error);
        }

        [Fact]
        public void A_missing_rule_fails_the_run_unless_told_never_to_and_the_output_never_replaces_the_index()
        {
            using var folder = Fixtures.Temp();
            folder.Write("rules.md", "<!-- rule-id-pattern: R-[0-9]+ -->\n- R-1 A licence.\n- R-2 Three months.\n");
            folder.Write("compliance.json", "{ \"coverage\": { \"index\": \"rules.md\" } }");
            folder.Write("p.policy", "policy \"P\"\nschema S key id { id: text, ok: bool }\nclause C-1 \"ok\"\n  cites \"R-1\"\n  severity minor\n  require ok\n");
            var report = Path.Combine(folder.Path, "coverage.md");

            var failing = Tool.Run("coverage", folder.Path, "--format", "markdown", "--output", report);
            var never = Tool.Run("coverage", folder.Path, "--fail-on", "never");
            var refused = Tool.Run("coverage", folder.Path, "--output", Path.Combine(folder.Path, "rules.md"));

            Assert.Equal(1, failing.ExitCode);
            Assert.Contains("| R-2 | Three months. | **missing** |", File.ReadAllText(report));
            Assert.Contains("warning CP8001: Rule 'R-2'", failing.Error);
            Assert.Equal(0, never.ExitCode);
            Assert.Equal(2, refused.ExitCode);
            Assert.Contains("--output: ", refused.Error);
            Assert.Contains("a rule index", refused.Error);
            Assert.StartsWith("<!-- rule-id-pattern", File.ReadAllText(Path.Combine(folder.Path, "rules.md")));
        }
    }
}
