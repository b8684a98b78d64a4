using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Fuzz.Tests.Harness;
using Xunit.Abstractions;

namespace CompliancePolicy.Fuzz.Tests
{
    /// <summary>
    /// The policy mutants of <see cref="FuzzTests"/> (same seed, same cases) through the Roslyn analyzers, as a build
    /// compiles them: a compiler crash is worse than a CLI crash, since it fails the build of a project that merely holds
    /// a policy. Seeded and bounded in time; COMPLIANCE_FUZZ_ANALYZER_SECONDS runs longer (README.md).
    /// </summary>
    public class AnalyzerFuzzTests
    {
        private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

        /// <summary>What a project may set a rule's severity to, and what it should not (the analyzers must shrug those off).</summary>
        private static readonly string[] Severities = { "error", "warning", "info", "none", "hidden", "Error", "banana", "" };

        private readonly ITestOutputHelper _output;

        public AnalyzerFuzzTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task Policy_mutants_never_crash_the_analyzers()
        {
            var seed = Finds.Seed;
            var budget = TimeSpan.FromSeconds(Finds.Setting("COMPLIANCE_FUZZ_ANALYZER_SECONDS", 30));
            var watch = Stopwatch.StartNew();
            var failures = new List<string>();
            var byId = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var (mutants, slowest, slowestCase) = (0, TimeSpan.Zero, string.Empty);
            var iteration = 0;
            for (; watch.Elapsed < budget && failures.Count < 10; iteration++)
            {
                var fuzzCase = CaseGenerator.Generate(seed, iteration);
                if (!CaseGenerator.MutatesThePolicy(fuzzCase)) continue;
                mutants++;
                var properties = SeverityProperties(new Random(unchecked(seed * 31 + iteration)));
                var result = await AnalyzerRunner.AnalyzeAsync(fuzzCase, properties, Limit);
                foreach (var diagnostic in result.Diagnostics) byId[diagnostic.Id] = byId.GetValueOrDefault(diagnostic.Id) + 1;
                if (result.Elapsed > slowest) (slowest, slowestCase) = (result.Elapsed, fuzzCase.Name);
                if (Verdict.Problem(result, Limit) is { } problem)
                {
                    var set = properties.Count == 0 ? "none" : string.Join(", ", properties.Select(p => $"{p.Key}={p.Value}"));
                    failures.Add(Finds.Keep(fuzzCase, problem, $"MSBuild properties: {set}"));
                }
            }

            _output.WriteLine($"seed {seed}: {mutants} policy mutants of {iteration} cases in {watch.Elapsed.TotalSeconds:0} s " +
                $"(slowest {slowest.TotalSeconds:0.0} s, case {slowestCase}); {byId.Values.Sum()} diagnostics: " +
                string.Join(", ", byId.Select(p => $"{p.Key} {p.Value}")));
            Assert.True(mutants > 0, "no policy mutant was generated");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        }

        /// <summary>One project in four sets rule severities through MSBuild properties (the props file's
        /// CompilerVisibleProperty list), a few of them to values no rule knows.</summary>
        private static IReadOnlyDictionary<string, string> SeverityProperties(Random random)
        {
            if (random.Next(4) != 0) return new Dictionary<string, string>();
            return Enumerable.Range(0, random.Next(1, 6)).Select(_ => DiagnosticRules.All[random.Next(DiagnosticRules.All.Count)].Id)
                .Distinct().ToDictionary(id => "CompliancePolicySeverity_" + id, _ => Severities[random.Next(Severities.Length)]);
        }
    }
}
