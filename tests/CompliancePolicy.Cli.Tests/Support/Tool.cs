using System;
using System.IO;
using System.Linq;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Tests.Support
{
    /// <summary>What one run of the tool printed and returned.</summary>
    public sealed record CliResult(int ExitCode, string Output, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    /// <summary>Runs the real entry point in-process with captured stdout and stderr, as a pipeline would see it
    /// (not a terminal, no colour) unless an environment is given. Today is fixed, so default dates are reproducible.</summary>
    public static class Tool
    {
        public static readonly CalendarDate Today = new CalendarDate(2026, 11, 23);

        public static CliEnvironment Pipeline { get; } = new CliEnvironment(today: () => Today);

        public static CliResult Run(params string[] args) => Run(Pipeline, args);

        public static CliResult Run(CliEnvironment environment, params string[] args)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = CliApp.Run(args, output, error, environment);
            return new CliResult(exit, output.ToString(), error.ToString());
        }
    }

    /// <summary>Paths of the test fixtures copied beside the test assembly.</summary>
    public static class Fixtures
    {
        public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");

        public static string Path(params string[] parts) => System.IO.Path.Combine(new[] { Root }.Concat(parts.SelectMany(p => p.Split('/'))).ToArray());

        public static string Policy => Path("policies/eligibility.policy");
        public static string Policies => Path("policies");
        public static string Grading => Path("policies/grading");
        public static string Records(string name) => Path("records", name);

        /// <summary>A copy of dsl-samples/consultancy-termination.policy: one lifecycle of 11 transitions.</summary>
        public static string Termination => Path("lifecycle/consultancy-termination.policy");

        /// <summary>Engagements for <see cref="Termination"/>: E-1 never rectified, E-2 running, E-3 three missed milestones.</summary>
        public static string Engagements => Path("lifecycle/engagements.json");

        /// <summary>A lifecycle with a state deadline that can be overdue and a transition whose condition can divide by zero.</summary>
        public static string Permit => Path("lifecycle/permit.policy");

        /// <summary>Permits for <see cref="Permit"/>: P-1 renewal overdue, P-2 a replay error, P-3 renewed.</summary>
        public static string Permits => Path("lifecycle/permits.json");

        /// <summary>A fresh folder for a test that writes files; deleted when disposed.</summary>
        public static TempFolder Temp() => new TempFolder();
    }

    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "compliance-cli-tests-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Copy(string source, string? name = null)
        {
            var target = System.IO.Path.Combine(Path, name ?? System.IO.Path.GetFileName(source));
            File.Copy(source, target);
            return target;
        }

        public string Write(string name, string text)
        {
            var target = System.IO.Path.Combine(Path, name);
            File.WriteAllText(target, text);
            return target;
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(Path, recursive: true);
            }
            catch (IOException)
            {
                // Best effort: a leftover temp folder must not fail a test.
            }
        }
    }

    /// <summary>Where the bundled samples (dsl-samples) are.</summary>
    public static class Samples
    {
        public static string Folder { get; } = Find();

        private static string Find()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.sln"))) directory = directory.Parent;
            return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("CompliancePolicy.sln not found above the test assembly"), "dsl-samples");
        }
    }
}
