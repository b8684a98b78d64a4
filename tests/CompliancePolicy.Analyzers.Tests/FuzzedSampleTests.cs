using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.Fuzz.Tests.Harness;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// The policy mutants of the fuzz harness (tests/CompliancePolicy.Fuzz.Tests, same seed, same cases), each the
    /// AdditionalFile of a project of its own (files that name the same policy would otherwise be one policy): a
    /// compiler process must never be taken down by a policy, so no AD0001 and no CP5008 (the analyzers' own catch-all).
    /// COMPLIANCE_FUZZ_ANALYZER_CASES sets how many cases are generated.
    /// </summary>
    public class FuzzedSampleTests
    {
        private const int Seed = 20261204;
        private readonly ITestOutputHelper _output;

        public FuzzedSampleTests(ITestOutputHelper output) => _output = output;

        [Fact]
        public async Task The_fuzz_harness_policy_mutants_never_crash_the_analyzers()
        {
            var cases = int.TryParse(Environment.GetEnvironmentVariable("COMPLIANCE_FUZZ_ANALYZER_CASES"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 500;
            var mutants = Enumerable.Range(0, cases)
                .Select(i => CaseGenerator.Generate(Seed, i))
                .Where(c => c.Description.Contains("policy mutated", StringComparison.Ordinal))
                .Select(c => (c.Name, Text: Encoding.UTF8.GetString(c.Files.Single(f => f.Key.EndsWith(".policy", StringComparison.Ordinal)).Value)))
                .ToList();
            var exceptions = new ConcurrentQueue<Exception>();
            var diagnostics = new List<Diagnostic>();

            foreach (var (name, text) in mutants)
            {
                diagnostics.AddRange(await AnalyzeAsync(ImmutableArray.Create<AdditionalText>(new TestAdditionalText($"/fuzz/{name}.policy", text)), exceptions));
            }

            var byId = diagnostics.GroupBy(d => d.Id).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
            _output.WriteLine($"{mutants.Count} policy mutants of {cases} cases: {diagnostics.Count} diagnostics ({string.Join(", ", byId)})");
            Assert.Empty(exceptions);
            Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "CP5008");
            Assert.Contains(diagnostics, d => d.Id.StartsWith("CP", StringComparison.Ordinal));
        }

        private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(ImmutableArray<AdditionalText> files, ConcurrentQueue<Exception> exceptions)
        {
            var compilation = CSharpCompilation.Create("FuzzedSamples", new[] { CSharpSyntaxTree.ParseText("class C { }") }, TestReferences.All,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), (e, analyzer, diagnostic) => exceptions.Enqueue(e),
                concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            return await compilation.WithAnalyzers(DirectAnalysis.AllAnalyzers, options).GetAnalyzerDiagnosticsAsync(timeout.Token);
        }
    }
}
