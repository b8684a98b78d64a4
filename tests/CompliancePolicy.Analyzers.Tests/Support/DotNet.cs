using System;
using System.Diagnostics;
using System.Text;
using System.Threading.Tasks;

namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>Runs the dotnet CLI offline-friendly and without leaving build servers behind (they would hold the test's output pipes).</summary>
    internal static class DotNet
    {
        public static async Task<(int ExitCode, string Output)> RunAsync(string workingDirectory, TimeSpan timeout, params string[] arguments)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["UseSharedCompilation"] = "false";

            using var process = new Process { StartInfo = start };
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            var exited = process.WaitForExitAsync();
            if (await Task.WhenAny(exited, Task.Delay(timeout)) != exited)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"dotnet {string.Join(" ", arguments)} did not finish in {timeout}:\n{output}");
            }
            await exited;
            lock (output) return (process.ExitCode, output.ToString());
        }
    }
}
