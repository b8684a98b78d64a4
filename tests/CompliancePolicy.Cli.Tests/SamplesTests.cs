using System;
using System.IO;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// The bundled samples are the product's proof that it carries the real rules: they lint clean, their policy tests
    /// pass with every clause and transition covered, and README's first command runs on them.
    /// </summary>
    public class SamplesTests
    {
        private static readonly string SamplesFolder = Samples.Folder;

        [Fact]
        public void The_samples_lint_without_errors_or_warnings()
        {
            var result = Tool.Run("lint", SamplesFolder, "--warnings-as-errors");

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("0 error(s), 0 warning(s)", result.Error + result.Output);
        }

        [Fact]
        public void The_sample_policy_tests_pass_and_cover_every_clause_and_transition()
        {
            var result = Tool.Run("test", SamplesFolder);

            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.Contains("0 failed", result.Output + result.Error);
            foreach (var line in (result.Output + result.Error).Split('\n'))
            {
                if (!line.StartsWith("Coverage of", StringComparison.Ordinal)) continue;
                Assert.DoesNotMatch(@"\((?!100%)\d+%\)", line);
            }
        }

        [Fact]
        public void READMEs_first_command_checks_every_sample_record()
        {
            var result = Tool.Run("check", SamplesFolder, "--records", Path.Combine(SamplesFolder, "records"), "--as-of", "2026-11-23", "--format", "json");

            Assert.True(result.ExitCode == 1, result.ToString()); // some sample records are meant to fail
            Assert.Contains("\"records\": 48", result.Output);
            Assert.Contains("\"unreadable\": 0", result.Output);
            Assert.Contains("\"errors\": 0", result.Output);
        }
    }
}
