using System;
using System.Collections.Generic;
using System.Diagnostics;
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
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
        private readonly ITestOutputHelper _output;

        public FuzzTests(ITestOutputHelper output) => _output = output;

        private static int Seed => Finds.Seed;

        [Fact]
        public void Mutants_run_in_process_keep_every_promise()
        {
            var budget = TimeSpan.FromSeconds(Finds.Setting("COMPLIANCE_FUZZ_SECONDS", 70));
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
            var cases = Finds.Setting("COMPLIANCE_FUZZ_PROCESSES", 12);
            for (var i = 0; i < cases; i++)
            {
                // Iterations from far beyond the in-process run's, so the two see different cases.
                var fuzzCase = CaseGenerator.Generate(Seed, 1_000_000 + i);
                var result = CaseRunner.OutOfProcess(fuzzCase, Limit);
                if (Verdict.Problem(fuzzCase, result, Limit) is { } problem) failures.Add(Keep(fuzzCase, problem, result));
            }

            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        private static string Keep(FuzzCase fuzzCase, string problem, RunResult result) =>
            Finds.Keep(fuzzCase, $"{problem}; exit {result.ExitCode}", $"stderr: {Finds.Shorten(result.Error)}\n  stdout: {Finds.Shorten(result.Output)}");
    }
}
