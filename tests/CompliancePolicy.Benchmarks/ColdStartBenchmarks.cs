using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Runtime;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// Compiling the six sample policies (parse, bind, every check) as the first thing a fresh process does, JIT
    /// included: what a cold compiler process pays in the analyzers, and a CI run of <c>compliance lint</c> before
    /// it can say anything. Each launch is a new process measured once; <see cref="WarmCompileBenchmarks"/> is the
    /// same work once the code is compiled.
    /// </summary>
    [SimpleJob(RunStrategy.ColdStart, launchCount: 20, warmupCount: 0, iterationCount: 1, id: "ColdStart")]
    public class ColdStartBenchmarks
    {
        private IReadOnlyList<SourceText> _samples = null!;

        [GlobalSetup]
        public void LoadSamples() => _samples = SamplePolicies.Load();

        [Benchmark]
        public int CompileSamplePolicies() => PolicyCompiler.Compile(_samples).Diagnostics.Count;
    }

    /// <summary>The same compile as <see cref="ColdStartBenchmarks"/>, measured after warm-up.</summary>
    public class WarmCompileBenchmarks
    {
        private IReadOnlyList<SourceText> _samples = null!;

        [GlobalSetup]
        public void LoadSamples() => _samples = SamplePolicies.Load();

        [Benchmark]
        public int CompileSamplePolicies() => PolicyCompiler.Compile(_samples).Diagnostics.Count;
    }

    /// <summary>
    /// <c>--cold-once</c>: the cold compile of the samples once, in this fresh process, split into parse and bind, with
    /// the number of methods the JIT compiled for each: the figure to watch when the cold start gets slower.
    /// </summary>
    internal static class ColdStartOnce
    {
        public static int Run()
        {
            var samples = SamplePolicies.Load();
            var clock = Stopwatch.StartNew();
            var methods = JitInfo.GetCompiledMethodCount();
            var parsed = samples.Select(s => PolicyParser.Parse(s)).ToImmutableArray();
            Report("parse", clock, ref methods);
            var compilation = PolicyCompiler.Compile(parsed);
            Report("bind", clock, ref methods);
            Console.WriteLine($"{samples.Count} policy files, {compilation.Diagnostics.Count} diagnostics, {compilation.Policies.Length} policies");
            return compilation.Diagnostics.Count == 0 ? 0 : 1;
        }

        private static void Report(string phase, Stopwatch clock, ref long methods)
        {
            var now = JitInfo.GetCompiledMethodCount();
            Console.WriteLine($"{phase,-6} {clock.Elapsed.TotalMilliseconds,7:F1} ms  {now - methods,5} methods JIT-compiled");
            methods = now;
            clock.Restart();
        }
    }

    /// <summary>The dsl-samples policies, embedded in this assembly under <c>samples/</c>.</summary>
    internal static class SamplePolicies
    {
        public static IReadOnlyList<SourceText> Load()
        {
            var assembly = typeof(SamplePolicies).Assembly;
            return assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith("samples/", System.StringComparison.Ordinal))
                .OrderBy(n => n, System.StringComparer.Ordinal)
                .Select(n =>
                {
                    using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                    return new SourceText(n, reader.ReadToEnd());
                })
                .ToList();
        }
    }
}
