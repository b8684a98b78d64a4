using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using CompliancePolicy.Records;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// Where the time of the full check goes: the file in memory (no I/O), each stage timed alone several times, best
    /// run kept (robust on a shared machine). Stages: System.Text.Json deserialisation; CompliancePolicy's reader;
    /// evaluation alone over records read beforehand; and the full check.
    /// </summary>
    internal static class Breakdown
    {
        public static int Run(string path, int records, int repetitions)
        {
            var bytes = File.ReadAllBytes(path);
            var policy = BenchmarkSettings.CompilePolicy();
            var asOf = BenchmarkSettings.AsOf;
            var read = new List<RecordValue>(records);
            foreach (var result in RecordReader.Read(new MemoryStream(bytes, writable: false), path, policy.Schema)) read.Add(result.Record!);

            var stages = new (string Name, Func<long> Run)[]
            {
                ("STJ deserialise", () => Deserialise(bytes)),
                ("STJ DeserializeAsyncEnumerable", () => Workloads.DeserialiseAsyncEnumerable(new MemoryStream(bytes, writable: false))),
                ("CP read", () => Workloads.ReadStream(new MemoryStream(bytes, writable: false), path, policy.Schema)),
                ("CP evaluate only", () => Evaluate(policy, read, asOf)),
                ("CP full check", () => Workloads.CheckStream(new MemoryStream(bytes, writable: false), path, policy, asOf)),
            };
            var best = new double[stages.Length];
            var allocated = new double[stages.Length];
            for (var i = 0; i < best.Length; i++) best[i] = double.MaxValue;
            for (var r = 0; r < repetitions; r++)
            {
                for (var s = 0; s < stages.Length; s++)
                {
                    var before = GC.GetTotalAllocatedBytes(precise: true);
                    var clock = Stopwatch.StartNew();
                    stages[s].Run();
                    best[s] = Math.Min(best[s], clock.Elapsed.TotalMilliseconds);
                    allocated[s] = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)records;
                }
            }

            Console.WriteLine($"Best of {repetitions}, {records:N0} records from memory ({bytes.Length / (1024.0 * 1024.0):F1} MiB):");
            Console.WriteLine("| stage | time | ns/record | x STJ | allocated/record |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            for (var s = 0; s < stages.Length; s++)
            {
                Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:F0} ms | {2:N0} | {3:F2} | {4:N0} B |",
                    stages[s].Name, best[s], best[s] * 1e6 / records, best[s] / best[0], allocated[s]));
            }
            return 0;
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
