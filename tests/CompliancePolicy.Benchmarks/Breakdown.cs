using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Records;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// Where the time of the full check goes: the file in memory (no I/O), the stages run in turn several times and
    /// the best run of each kept, by wall-clock and by CPU time (robust on a shared machine). Stages: System.Text.Json deserialisation; CompliancePolicy's reader;
    /// evaluation alone over records read beforehand; and the full check.
    /// </summary>
    internal static class Breakdown
    {
        public static int Run(string path, int records, int repetitions)
        {
            var bytes = File.ReadAllBytes(path);
            var policy = BenchmarkSettings.CompilePolicy();
            var asOf = BenchmarkSettings.AsOf;
            var read = ReadAll(bytes, path, policy);
            return Measure(bytes, records, repetitions, new (string Name, Func<long> Run)[]
            {
                ("STJ deserialise", () => Deserialise(bytes)),
                ("STJ DeserializeAsyncEnumerable", () => Workloads.DeserialiseAsyncEnumerable(new MemoryStream(bytes, writable: false))),
                ("CP read", () => Workloads.ReadStream(new MemoryStream(bytes, writable: false), path, policy.Schema)),
                ("CP evaluate only", () => Evaluate(policy, read, asOf)),
                ("CP full check", () => Workloads.CheckStream(new MemoryStream(bytes, writable: false), path, policy, asOf)),
            });
        }

        /// <summary><c>--register-breakdown REGISTER POLICY REPETITIONS</c>: the same stages over a register of after-sales
        /// clients (<c>--generate-register</c>) with their event histories, against the bare deserialisation of
        /// register-scale.sh; the lifecycle replay is measured apart from the clauses.</summary>
        public static int RunRegister(string path, string policyPath, int repetitions)
        {
            var bytes = File.ReadAllBytes(path);
            var compilation = PolicyCompiler.Compile(File.ReadAllText(policyPath), policyPath);
            if (compilation.HasErrors) throw new InvalidOperationException("The policy does not compile:\n" + string.Join("\n", compilation.Diagnostics));
            var policy = compilation.Policies[0];
            var asOf = new CalendarDate(2026, 11, 23);
            var read = ReadAll(bytes, path, policy);
            return Measure(bytes, read.Count, repetitions, new (string Name, Func<long> Run)[]
            {
                ("STJ deserialise (bare)", () => Register.DeserialiseStream(new MemoryStream(bytes, writable: false))),
                ("CP read", () => Workloads.ReadStream(new MemoryStream(bytes, writable: false), path, policy.Schema)),
                ("CP lifecycle replay only", () => Project(policy, read, asOf)),
                ("CP evaluate only", () => Evaluate(policy, read, asOf)),
                ("CP full check", () => Workloads.CheckStream(new MemoryStream(bytes, writable: false), path, policy, asOf)),
                ("CheckRun, 1 job, jsonl", () => RunCheck(path, policy, asOf, 1)),
                ("CheckRun, 2 jobs, jsonl", () => RunCheck(path, policy, asOf, 2)),
            });
        }

        /// <summary>What <c>compliance check --format jsonl</c> does with the file, in this process: the run layer's
        /// pipeline, report model and writer, the report going nowhere.</summary>
        private static long RunCheck(string path, Policy policy, CalendarDate asOf, int jobs)
        {
            var options = new RunOptions(asOf, failOn: Severity.Blocker, jobs: jobs);
            using var writer = new JsonLinesReportWriter(Stream.Null);
            var run = new CheckRun(options, new[] { new RunPolicy(policy, policy.DefaultParameters) }, writer);
            var count = run.CheckFile(path);
            return count + run.Complete().NonCompliant;
        }

        private static List<RecordValue> ReadAll(byte[] bytes, string path, Policy policy)
        {
            var read = new List<RecordValue>();
            foreach (var result in RecordReader.Read(new MemoryStream(bytes, writable: false), path, policy.Schema))
            {
                if (result.IsValid) read.Add(result.Record!);
            }
            return read;
        }

        private static int Measure(byte[] bytes, int records, int repetitions, (string Name, Func<long> Run)[] stages)
        {
            // Wall-clock time counts the waits for a core on a busy machine; the process's CPU time does not, so on a
            // shared machine it is the steadier measure of the work itself (gen0/gen1 collections run on this thread).
            var bestWall = new double[stages.Length];
            var bestCpu = new double[stages.Length];
            var allocated = new double[stages.Length];
            Array.Fill(bestWall, double.MaxValue);
            Array.Fill(bestCpu, double.MaxValue);
            using var process = Process.GetCurrentProcess();
            for (var r = 0; r < repetitions; r++)
            {
                for (var s = 0; s < stages.Length; s++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    process.Refresh();
                    var cpuBefore = process.TotalProcessorTime;
                    var clock = Stopwatch.StartNew();
                    stages[s].Run();
                    bestWall[s] = Math.Min(bestWall[s], clock.Elapsed.TotalMilliseconds);
                    process.Refresh();
                    bestCpu[s] = Math.Min(bestCpu[s], (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                    allocated[s] = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)records;
                }
            }

            Console.WriteLine($"Best of {repetitions}, {records:N0} records from memory ({bytes.Length / (1024.0 * 1024.0):F1} MiB), load average {LoadAverage()}:");
            Console.WriteLine("| stage | wall time | CPU time | CPU ns/record | x STJ (CPU) | x STJ (wall) | allocated/record |");
            Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
            for (var s = 0; s < stages.Length; s++)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F0} ms | {2:F0} ms | {3:N0} | {4:F2} | {5:F2} | {6:N0} B |",
                    stages[s].Name, bestWall[s], bestCpu[s], bestCpu[s] * 1e6 / records, bestCpu[s] / bestCpu[0], bestWall[s] / bestWall[0], allocated[s]));
            }
            return 0;
        }

        private static string LoadAverage() =>
            File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

        private static long Project(Policy policy, List<RecordValue> records, CalendarDate asOf)
        {
            long checksum = 0;
            foreach (var record in records)
            {
                foreach (var projection in policy.Project(record, asOf, asOf)) checksum += projection.Projection?.Now.Timeline.Count ?? 1;
            }
            return checksum;
        }

        private static long Deserialise(byte[] bytes) => Workloads.DeserialiseStream(new MemoryStream(bytes, writable: false));

        private static long Evaluate(Policy policy, List<RecordValue> records, CalendarDate asOf)
        {
            long checksum = 0;
            foreach (var record in records)
            {
                var evaluation = policy.Evaluate(record, asOf);
                checksum += (int)evaluation.OutcomeAt(Severity.Major) + evaluation.Decisions.Count;
            }
            return checksum;
        }
    }
}
