using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary><c>compliance lint</c>: compiler-style lines in CI, Cedar-style snippets on a terminal, JSON and SARIF.</summary>
    public class LintCommandTests
    {
        private static readonly Regex CompilerLine = new Regex(@"^.+\(\d+,\d+\): (error|warning|info) CP\d{4}: .+$");

        [Fact]
        public void A_clean_policy_prints_no_diagnostics_and_exits_0()
        {
            var result = Tool.Run("lint", Fixtures.Policies);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains("2 file(s): 0 error(s), 0 warning(s).", result.Error);
        }

        [Fact]
        public void Errors_are_compiler_lines_and_exit_2()
        {
            var result = Tool.Run("lint", Fixtures.Path("broken"));

            Assert.Equal(2, result.ExitCode);
            var lines = result.Output.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
            Assert.Equal(2, lines.Length);
            Assert.All(lines, line => Assert.Matches(CompilerLine, line));
            Assert.Equal($"{Fixtures.Path("broken/syntax-error.policy")}(7,16): error CP0001: Syntax error: expected expression, found '='", lines[0]);
            Assert.Equal($"{Fixtures.Path("broken/warning.policy")}(5,7): warning CP1102: Parameter 'unused_limit' is never used", lines[1]);
        }

        [Fact]
        public void Warnings_exit_0_unless_warnings_are_errors()
        {
            var policy = Fixtures.Path("broken/warning.policy");

            Assert.Equal(0, Tool.Run("lint", policy).ExitCode);
            Assert.Equal(2, Tool.Run("lint", policy, "--warnings-as-errors").ExitCode);
        }

        [Fact]
        public void On_a_terminal_each_diagnostic_shows_the_source_line_a_caret_its_help_and_a_link()
        {
            var terminal = new CliEnvironment(outputIsTerminal: true, noColor: true);
            var policy = Fixtures.Path("broken/syntax-error.policy");

            var result = Tool.Run(terminal, "lint", policy);

            var expected = string.Join("\n",
                $"{policy}(7,16): error CP0001: Syntax error: expected expression, found '='",
                "  |",
                "7 |   require id = = \"a\"",
                "  |                ^",
                "  = help: " + Diagnostics.DiagnosticRules.SyntaxError.Help,
                "  = see: https://github.com/compliancepolicy/compliancepolicy/blob/main/docs/rules/CP0001.md");
            Assert.Contains(expected, result.Output.Replace("\r\n", "\n"));
        }

        [Fact]
        public void Json_lists_every_diagnostic_with_its_position()
        {
            var result = Tool.Run("lint", Fixtures.Path("broken"), "--format", "json");

            using var report = JsonDocument.Parse(result.Output);
            var diagnostics = report.RootElement.GetProperty("diagnostics");
            Assert.Equal(2, diagnostics.GetArrayLength());
            Assert.Equal("CP0001", diagnostics[0].GetProperty("id").GetString());
            Assert.Equal(7, diagnostics[0].GetProperty("line").GetInt32());
            Assert.Equal(16, diagnostics[0].GetProperty("column").GetInt32());
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
        }

        [Fact]
        public async Task Sarif_for_lint_validates_and_points_into_the_policy_files()
        {
            var result = Tool.Run("lint", Fixtures.Path("broken"), "--format", "sarif");

            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var run = log.RootElement.GetProperty("runs")[0];
            var first = run.GetProperty("results")[0];
            Assert.Equal("CP0001", first.GetProperty("ruleId").GetString());
            var location = first.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.EndsWith("broken/syntax-error.policy", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
            Assert.Equal(7, location.GetProperty("region").GetProperty("startLine").GetInt32());
            Assert.Equal(16, location.GetProperty("region").GetProperty("startColumn").GetInt32());
            var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[first.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal("CP0001", rule.GetProperty("id").GetString());
            Assert.Contains("docs/rules/CP0001.md", rule.GetProperty("help").GetProperty("text").GetString());
        }

        [Fact]
        public async Task The_schema_check_is_real_a_broken_log_fails_it()
        {
            Assert.True(await SarifSchema.CountErrors("{\"version\":\"2.1.0\",\"runs\":[{\"results\":[]}]}") > 0);
        }

        [Fact]
        public void A_policy_that_is_not_utf8_exits_2()
        {
            using var temp = Fixtures.Temp();
            var policy = Path.Combine(temp.Path, "bad.policy");
            File.WriteAllBytes(policy, new byte[] { (byte)'p', 0xFF, (byte)'\n' });

            var result = Tool.Run("lint", policy);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("is not valid UTF-8 (byte offset 1)", result.Error);
        }

        [Fact]
        public void A_folder_without_policies_exits_2()
        {
            using var temp = Fixtures.Temp();

            var result = Tool.Run("lint", temp.Path);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no .policy files found", result.Error);
        }
    
        [Fact]
        public async Task Sarif_on_a_policy_that_is_not_utf8_is_a_valid_log_that_carries_the_error()
        {
            // The reproducer: lint bad.policy --format sarif > lint.sarif left a 0-byte file, the error only on stderr.
            using var temp = Fixtures.Temp();
            var policy = Path.Combine(temp.Path, "bad.policy");
            File.WriteAllBytes(policy, new byte[] { (byte)'p', 0xFF, (byte)'\n' });

            var result = Tool.Run("lint", policy, "--format", "sarif");

            Assert.Equal(2, result.ExitCode);
            await SarifSchema.AssertValid(result.Output);
            using var log = JsonDocument.Parse(result.Output);
            var run = log.RootElement.GetProperty("runs")[0];
            var error = run.GetProperty("results")[0];
            Assert.Equal("CP3004", error.GetProperty("ruleId").GetString());
            Assert.Equal($"Cannot use the policy input '{policy}': is not valid UTF-8 (byte offset 1); save it with UTF-8 encoding",
                error.GetProperty("message").GetProperty("text").GetString());
            Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
            Assert.Contains("is not valid UTF-8 (byte offset 1)", result.Error);
        }

        [Fact]
        public void Json_on_a_missing_policy_is_a_whole_report_that_carries_the_error()
        {
            using var temp = Fixtures.Temp();
            var missing = Path.Combine(temp.Path, "nope.policy");
            var output = Path.Combine(temp.Path, "lint.json");

            var result = Tool.Run("lint", missing, "--format", "json", "--output", output);

            Assert.Equal(2, result.ExitCode);
            using var report = JsonDocument.Parse(File.ReadAllText(output));
            var diagnostic = Assert.Single(report.RootElement.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal("CP3004", diagnostic.GetProperty("id").GetString());
            Assert.Equal($"Cannot use the policy input '{missing}': no such file or folder", diagnostic.GetProperty("message").GetString());
            Assert.Equal(1, report.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
        }

        [Fact]
        public void Text_goes_to_the_output_file_as_it_would_to_stdout()
        {
            using var temp = Fixtures.Temp();
            var output = Path.Combine(temp.Path, "lint.txt");

            var result = Tool.Run("lint", Fixtures.Path("broken"), "--output", output);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Equal(Tool.Run("lint", Fixtures.Path("broken")).Output, File.ReadAllText(output));
        }
}
}
