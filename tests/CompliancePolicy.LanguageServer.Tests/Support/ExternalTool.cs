using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>What a run of an outside program printed and returned.</summary>
    public sealed record ToolRun(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    /// <summary>Runs the editors' own tools (nvim, npm) the way the repository's test.sh installs them.</summary>
    public static class ExternalTool
    {
        /// <summary>The repository root, found from the test's build output.</summary>
        public static string RepositoryRoot { get; } = FindRoot();

        /// <summary>The full path of a program on PATH, or null.</summary>
        public static string? Find(string program) =>
            (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(folder => Path.Combine(folder, program))
                .FirstOrDefault(File.Exists);

        public static ToolRun Run(string program, string workingDirectory, TimeSpan timeout, params string[] arguments) =>
            Run(program, workingDirectory, timeout, new System.Collections.Generic.Dictionary<string, string>(), arguments);

        public static ToolRun Run(string program, string workingDirectory, TimeSpan timeout, System.Collections.Generic.IReadOnlyDictionary<string, string> environment, params string[] arguments)
        {
            var start = new ProcessStartInfo(program)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            foreach (var variable in environment) start.Environment[variable.Key] = variable.Value;
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit((int)timeout.TotalMilliseconds))
            {
                process.Kill(entireProcessTree: true);
                return new ToolRun(-1, output.Result, error.Result + $"\n(killed after {timeout.TotalSeconds:F0} s)");
            }
            return new ToolRun(process.ExitCode, output.Result, error.Result);
        }

        private static string FindRoot()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("The repository root (CompliancePolicy.sln) was not found above the test output.");
        }
    }
}
