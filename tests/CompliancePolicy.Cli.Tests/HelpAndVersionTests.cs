using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>--help on every command is complete and ends with examples; --version prints the version.</summary>
    public class HelpAndVersionTests
    {
        [Theory]
        [InlineData("check", new[] { "--records", "--as-of", "--param", "--format", "--output", "--fail-on", "--allow-empty", "Exit codes", "not applicable" })]
        [InlineData("lint", new[] { "--format", "--warnings-as-errors", "--output", "Exit codes" })]
        [InlineData("fmt", new[] { "--check", "Exit codes" })]
        [InlineData("test", new[] { "policytest.json", "Exit codes" })]
        [InlineData("explain", new[] { "--record", "--clause", "--as-of", "--param" })]
        [InlineData("timeline", new[] { "--record", "FILE[#ID]", "--as-of", "--param", "--format", "pending deadlines", "Exit codes" })]
        public void Every_command_has_complete_help_with_an_example(string command, string[] mentions)
        {
            var result = Tool.Run(command, "--help");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("Usage:", result.Output);
            // Help wraps long descriptions; compare with the line breaks folded into spaces.
            var text = System.Text.RegularExpressions.Regex.Replace(result.Output, @"\s+", " ");
            foreach (var mention in mentions) Assert.Contains(mention, text);
            Assert.Contains("Examples:", result.Output);
            Assert.Contains($"  compliance {command} ", result.Output);
        }

        [Fact]
        public void The_root_help_lists_the_commands()
        {
            var result = Tool.Run("--help");

            Assert.Equal(0, result.ExitCode);
            foreach (var command in new[] { "check", "lint", "fmt", "test", "explain", "timeline" }) Assert.Contains(command, result.Output);
            Assert.Contains("Examples:", result.Output);
        }

        [Fact]
        public void Version_prints_the_tool_version()
        {
            var result = Tool.Run("--version");

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(CliApp.Version, result.Output.Trim());
            Assert.Equal("0.1.0", CliApp.Version);
        }

        [Fact]
        public void No_command_is_an_error()
        {
            var result = Tool.Run();

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Required command was not provided.", result.Error);
        }

        [Fact]
        public void An_unknown_command_is_an_error()
        {
            var result = Tool.Run("chek");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("'chek'", result.Error);
        }
    }
}
