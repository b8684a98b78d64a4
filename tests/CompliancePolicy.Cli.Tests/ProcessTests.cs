using System;
using System.Diagnostics;
using System.IO;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>A few runs of the real tool as a process (`dotnet compliance.dll ...`): the entry point, the exit code
    /// the shell sees, and output on the real stdout/stderr. Kept few: each starts a runtime.</summary>
    public class ProcessTests
    {
        private static CliResult RunProcess(params string[] args)
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "compliance.dll");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Fixtures.Root,
            };
            start.ArgumentList.Add(dll);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            start.Environment["NO_COLOR"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "the tool did not finish within a minute");
            return new CliResult(process.ExitCode, output.Result, error.Result);
        }

        [Fact]
        public void Check_as_a_process_exits_1_for_a_failing_record_with_relative_paths()
        {
            var result = RunProcess("check", "policies/eligibility.policy", "--records", "records/orgs.json", "--as-of", "2026-11-23");

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("org-7  records/orgs.json:3  non-compliant", result.Output);
            Assert.DoesNotContain("\u001b[", result.Output, System.StringComparison.Ordinal);
        }

        [Fact]
        public void Lint_as_a_process_exits_2_with_a_compiler_line_and_no_stack_trace()
        {
            var result = RunProcess("lint", "broken/syntax-error.policy");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal("broken/syntax-error.policy(7,16): error CP0001: Syntax error: expected expression, found '='", result.Output.Trim());
        }

        [Fact]
        public void A_bad_command_line_as_a_process_exits_2()
        {
            var result = RunProcess("check", "policies", "--records", "records/orgs.json", "--bogus");

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("Unrecognized command or argument '--bogus'", result.Error);
            Assert.DoesNotContain("Exception", result.Error);
        }
    }
}
