using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using CompliancePolicy.Fuzz.Tests.Harness;
using Xunit.Abstractions;

namespace CompliancePolicy.Fuzz.Tests
{
    /// <summary>
    /// Mutants of the samples' policies, records and policy tests, run through every command: none may crash, hang, exit
    /// with a code outside 0-2 or say "internal error". Seeded and bounded in time (about a minute and a half in all);
    /// COMPLIANCE_FUZZ_SECONDS runs longer, COMPLIANCE_FUZZ_SEED another seed (README.md).
    /// </summary>
    public class FuzzTests
    {
        private const int DefaultSeed = 20261204;
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        private static int Seed => Setting("COMPLIANCE_FUZZ_SEED", DefaultSeed);

        [Fact]
        public void Mutants_run_in_process_keep_every_promise()
        {
            var budget = TimeSpan.FromSeconds(Setting("COMPLIANCE_FUZZ_SECONDS", 70));
            var watch = Stopwatch.StartNew();
            var failures = new List<string>();
            var exitCodes = new SortedDictionary<int, int>();
            var iteration = 0;
            for (; watch.Elapsed < budget && failures.Count < 10; iteration++)
            {
                var fuzzCase = CaseGenerator.Generate(Seed, iteration);
                var result = CaseRunner.InProcess(fuzzCase, Limit);
                if (result.ExitCode is int code) exitCodes[code] = exitCodes.GetValueOrDefault(code) + 1;
                if (Verdict.Problem(fuzzCase, result, Limit) is { } problem) failures.Add(Keep(fuzzCase, problem, result));
            }

            _output.WriteLine($"seed {Seed}: {iteration} cases in {watch.Elapsed.TotalSeconds:0} s; exit codes " +
                string.Join(", ", exitCodes.Select(e => $"{e.Key}: {e.Value}")));
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        /// <summary>A few cases as processes of their own: a stack overflow would end this test run in process, but here
        /// it is exit code 134 and a failure that names the case.</summary>
        [Fact]
        public void Mutants_run_as_processes_keep_every_promise()
        {
            var failures = new List<string>();
            var cases = Setting("COMPLIANCE_FUZZ_PROCESSES", 12);
            for (var i = 0; i < cases; i++)
            {
                // Iterations from far beyond the in-process run's, so the two see different cases.
                var fuzzCase = CaseGenerator.Generate(Seed, 1_000_000 + i);
                var result = CaseRunner.OutOfProcess(fuzzCase, Limit);
                if (Verdict.Problem(fuzzCase, result, Limit) is { } problem) failures.Add(Keep(fuzzCase, problem, result));
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        /// <summary>Saves a failing case where it can be copied into Fixtures/found, and says so.</summary>
        private static string Keep(FuzzCase fuzzCase, string problem, RunResult result)
        {
            var folder = Path.Combine(Path.GetTempPath(), "compliance-fuzz-found", fuzzCase.Name);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            fuzzCase.Save(folder);
            return $"{fuzzCase}\n  {problem}; exit {result.ExitCode}\n  kept in {folder}: copy it to tests/CompliancePolicy.Fuzz.Tests/Fixtures/found " +
                $"so that RegressionTests replays it\n  stderr: {Shorten(result.Error)}\n  stdout: {Shorten(result.Output)}";
        }

        private static string Shorten(string text) => text.Length <= 600 ? text : text.Substring(0, 600) + "...";

        private static int Setting(string name, int fallback) =>
            int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
