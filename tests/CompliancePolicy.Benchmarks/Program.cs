using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Running;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/CompliancePolicy.Benchmarks -- [--records N] [--memory | --validate | --breakdown R | --report-size | --cold-once | --editor] [BenchmarkDotNet options]
    /// <list type="bullet">
    /// <item>no mode: the BenchmarkDotNet benchmarks, all of them unless a <c>--filter</c> is given;</item>
    /// <item><c>--memory</c>: the flat-memory check, each workload in a process of its own;</item>
    /// <item><c>--validate</c>: one quick pass of each workload with timings and the verdicts' spread;</item>
    /// <item><c>--breakdown R</c>: where the time goes, each stage from memory, best of R runs;</item>
    /// <item><c>--report-size</c>: each report format's bytes per record and time, the HTML report at both detail levels;</item>
    /// <item><c>--cold-once</c>: the sample policies compiled once in this fresh process, with the JIT's method counts;</item>
    /// <item><c>--editor [--lines N] [--edits N]</c>: the language server's latency while typing in a large policy, and its memory.</item>
    /// </list>
    /// The records file is written once per run, here, and handed to BenchmarkDotNet's processes by environment variable.
    /// </summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            var rest = new List<string>(args);
            if (rest.Remove("--cold-once")) return ColdStartOnce.Run();
            if (rest.Remove("--editor"))
            {
                var lines = TakeOption(rest, "--lines");
                var edits = TakeOption(rest, "--edits");
                return EditorLatency.Run(
                    lines is null ? 2000 : int.Parse(lines, CultureInfo.InvariantCulture),
                    edits is null ? 1000 : int.Parse(edits, CultureInfo.InvariantCulture));
            }
            if (rest.Count == 3 && rest[0] == "--generate-register") return Register.Generate(rest[1], rest[2]);
            if (rest.Count == 2 && rest[0] == "--bare") return Register.Deserialise(rest[1]);
            if (rest.Count == 3 && rest[0] == "--bare-echo") return Register.Echo(rest[1], rest[2]);
            if (rest.Count == 4 && rest[0] == "--register-breakdown")
                return Breakdown.RunRegister(rest[1], rest[2], int.Parse(rest[3], CultureInfo.InvariantCulture));
            var records = TakeOption(rest, "--records");
            if (records != null) Environment.SetEnvironmentVariable(BenchmarkSettings.RecordsVariable, records);
            var count = BenchmarkSettings.Records;

            var memoryOne = TakeOption(rest, "--memory-one");
            if (memoryOne != null)
            {
                var file = BenchmarkSettings.EnsureRecordsFile(count, out var createdHere);
                try { return MemoryCheck.RunOne(memoryOne, file, count); }
                finally { if (createdHere) File.Delete(file); }
            }

            var memory = rest.Remove("--memory");
            var validate = rest.Remove("--validate");
            var breakdown = TakeOption(rest, "--breakdown");
            var reportSize = rest.Remove("--report-size");
            var path = Path.Combine(Path.GetTempPath(), $"compliancepolicy-bench-{count}-{Environment.ProcessId}.jsonl");
            var clock = Stopwatch.StartNew();
            RecordGenerator.Write(path, count);
            Console.WriteLine($"Wrote {count:N0} records ({new FileInfo(path).Length / (1024.0 * 1024.0):F1} MiB) to {path} in {clock.Elapsed.TotalSeconds:F1} s");
            Environment.SetEnvironmentVariable(BenchmarkSettings.FileVariable, path);
            try
            {
                if (memory) return MemoryCheck.RunAll(path, count);
                if (validate) return Validate(path, count);
                if (reportSize) return ReportSize.Run(path, count);
                if (breakdown != null) return Breakdown.Run(path, count, int.Parse(breakdown, CultureInfo.InvariantCulture));
                // Without a filter BenchmarkDotNet would ask which benchmarks to run: run them all.
                if (!rest.Any(a => a == "--filter" || a == "-f" || a == "--list")) rest.AddRange(new[] { "--filter", "*" });
                var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest.ToArray());
                return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
            }
            finally
            {
                File.Delete(path);
            }
        }

        /// <summary>One pass of each workload: a quick figure, and proof that the policy takes all its paths.</summary>
        private static int Validate(string path, int count)
        {
            var compilation = PolicyCompiler.Compile(BenchmarkSettings.PolicyText(), BenchmarkSettings.PolicyResource);
            foreach (var diagnostic in compilation.Diagnostics) Console.WriteLine(diagnostic);
            if (compilation.HasErrors) return 1;
            var policy = compilation.Policies.Single();
            Console.WriteLine($"Policy '{policy}': {policy.Clauses.Length} clauses, {policy.Decisions.Length} decisions");

            foreach (var (name, run) in new (string, Func<long>)[]
            {
                ("deserialise", () => Workloads.Deserialise(path)),
                ("read", () => Workloads.Read(path, policy.Schema)),
                ("check", () => Workloads.Check(path, policy, BenchmarkSettings.AsOf)),
            })
            {
                var allocated = GC.GetTotalAllocatedBytes(precise: true);
                var clock = Stopwatch.StartNew();
                var checksum = run();
                var seconds = clock.Elapsed.TotalSeconds;
                allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-12} {1,8:F2} s {2,12:N0} records/s {3,8:N0} B/record  checksum {4}",
                    name, seconds, count / seconds, allocated / (double)count, checksum));
            }

            Console.WriteLine("Clause outcomes over the file:");
            var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
            var invalid = 0;
            using (var stream = File.OpenRead(path))
            {
                foreach (var result in Records.RecordReader.Read(stream, path, policy.Schema))
                {
                    if (!result.IsValid)
                    {
                        if (invalid++ == 0) Console.WriteLine("  first invalid record: " + string.Join("; ", result.Diagnostics));
                        continue;
                    }
                    var evaluation = policy.Evaluate(result.Record!, BenchmarkSettings.AsOf);
                    foreach (var clause in evaluation.Clauses) Tally(outcomes, clause.Clause.Id + " " + clause.Outcome);
                    foreach (var decision in evaluation.Decisions) Tally(outcomes, decision.IsError ? decision.Name + ": error" : decision.ToString());
                }
            }
            // audit_days takes a value per band: leave those out.
            foreach (var pair in outcomes.OrderBy(p => p.Key, StringComparer.Ordinal).Where(p => !p.Key.StartsWith("audit_days", StringComparison.Ordinal)))
                Console.WriteLine($"  {pair.Key,-60} {pair.Value,9:N0}");
            Console.WriteLine($"  invalid records: {invalid}");
            return invalid == 0 ? 0 : 1;
        }

        private static void Tally(Dictionary<string, int> counts, string key) =>
            counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

        private static string? TakeOption(List<string> args, string name)
        {
            var index = args.IndexOf(name);
            if (index < 0) return null;
            if (index + 1 >= args.Count) throw new ArgumentException($"{name} needs a value.");
            var value = args[index + 1];
            args.RemoveRange(index, 2);
            return value;
        }
    }
}
