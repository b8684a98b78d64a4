using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using CompliancePolicy.Cli;

namespace CompliancePolicy.Fuzz.Tests.Harness
{
    /// <summary>What one run of the tool did: its exit code (null when it did not finish in time), what it printed, how long it took.</summary>
    public sealed record RunResult(int? ExitCode, string Output, string Error, TimeSpan Elapsed);

    /// <summary>Runs a case in this process (fast: <see cref="CliApp.Run"/> with captured output) or as a process of its
    /// own (slower, but it sees what a shell sees: an aborted process, exit code 134, and output on the real streams).</summary>
    public static class CaseRunner
    {
        /// <summary>Today for the tool, so that runs without --as-of are reproducible.</summary>
        private static readonly CliEnvironment Environment = new CliEnvironment(today: () => new Values.CalendarDate(2026, 11, 23));

        public static RunResult InProcess(FuzzCase fuzzCase, TimeSpan limit)
        {
            using var folder = new CaseFolder();
            var arguments = fuzzCase.WriteTo(folder.Path);
            var output = new StringWriter();
            var error = new StringWriter();
            var watch = Stopwatch.StartNew();
            // The tool runs on a thread of its own so that a run over the limit can be reported; it cannot be stopped.
            var run = Task.Run(() => CliApp.Run(arguments, output, error, Environment));
            if (!run.Wait(limit)) return new RunResult(null, string.Empty, string.Empty, watch.Elapsed);
            return new RunResult(run.Result, output.ToString(), error.ToString(), watch.Elapsed);
        }

        public static RunResult OutOfProcess(FuzzCase fuzzCase, TimeSpan limit)
        {
            using var folder = new CaseFolder();
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = folder.Path,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "compliance.dll"));
            foreach (var argument in fuzzCase.WriteTo(folder.Path)) start.ArgumentList.Add(argument);
            start.Environment["NO_COLOR"] = "1";
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)limit.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                return new RunResult(null, string.Empty, string.Empty, watch.Elapsed);
            }
            return new RunResult(process.ExitCode, output.Result, error.Result, watch.Elapsed);
        }

        /// <summary>A fresh folder for one case's files, deleted afterwards.</summary>
        private sealed class CaseFolder : IDisposable
        {
            public CaseFolder()
            {
                Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-fuzz-" + Guid.NewGuid().ToString("N"));
                Directory.CreateDirectory(Path);
            }

            public string Path { get; }

            public void Dispose()
            {
                try
                {
                    Directory.Delete(Path, recursive: true);
                }
                catch (IOException)
                {
                    // A run over the limit may still hold a file open; a leftover temp folder must not fail the run.
                }
            }
        }
    }
}
