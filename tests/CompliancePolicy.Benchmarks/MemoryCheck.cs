using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// The "flat memory" check: runs one workload over the file and, at checkpoints (100k records, then every
    /// doubling up to the end), prints the managed heap, the working set and the peak working set so far, and the
    /// bytes allocated per record. Flat memory means the figures at 1,000,000 records are those at 100,000.
    /// Each workload runs in a process of its own (<see cref="RunAll"/>), so one's peak does not hide another's.
    /// </summary>
    internal static class MemoryCheck
    {
        private const int FirstCheckpoint = 100_000;

        public static int RunAll(string path, int records)
        {
            foreach (var workload in new[] { "deserialise", "read", "check" })
            {
                var self = Environment.ProcessPath ?? throw new InvalidOperationException("The process path is unknown.");
                var start = new ProcessStartInfo(self) { UseShellExecute = false };
                // Run through `dotnet X.dll` the process is dotnet itself: name the assembly again.
                if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                    start.ArgumentList.Add(typeof(MemoryCheck).Assembly.Location);
                start.ArgumentList.Add("--memory-one");
                start.ArgumentList.Add(workload);
                start.Environment[BenchmarkSettings.RecordsVariable] = records.ToString(CultureInfo.InvariantCulture);
                start.Environment[BenchmarkSettings.FileVariable] = path;
                using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + self);
                child.WaitForExit();
                if (child.ExitCode != 0) return child.ExitCode;
            }
            return 0;
        }

        public static int RunOne(string workload, string path, int records)
        {
            var policy = BenchmarkSettings.CompilePolicy();
            Func<Action<long>, long> run = workload switch
            {
                "deserialise" => progress => Workloads.Deserialise(path, progress),
                "read" => progress => Workloads.Read(path, policy.Schema, progress),
                "check" => progress => Workloads.Check(path, policy, BenchmarkSettings.AsOf, progress),
                _ => throw new ArgumentException($"Unknown workload '{workload}'; expected deserialise, read or check."),
            };

            var checkpoints = new SortedSet<long> { records };
            for (long c = FirstCheckpoint; c < records; c *= 2) checkpoints.Add(c);
            if (records > 1_000_000) checkpoints.Add(1_000_000);

            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var process = Process.GetCurrentProcess();
            var rows = new List<string[]>();
            var allocatedAtStart = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            void Sample(long count)
            {
                if (!checkpoints.Contains(count)) return;
                process.Refresh();
                var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedAtStart;
                var info = GC.GetGCMemoryInfo(GCKind.Any);
                rows.Add(new[]
                {
                    count.ToString("N0", CultureInfo.InvariantCulture),
                    clock.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture) + " s",
                    Mib(GC.GetTotalMemory(forceFullCollection: false)),
                    Mib(info.HeapSizeBytes),
                    Mib(process.WorkingSet64),
                    Mib(process.PeakWorkingSet64),
                    (allocated / (double)count).ToString("N0", CultureInfo.InvariantCulture) + " B",
                    $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}",
                });
            }

            // A run whose record count is not a multiple of the progress step still gets its last row.
            var checksum = run(Sample);
            if (records % Workloads.ProgressEvery != 0) Sample(records);

            Console.WriteLine();
            Console.WriteLine($"## {workload}: {records:N0} records (checksum {checksum})");
            Console.WriteLine();
            Print(new[] { "records", "elapsed", "GC total memory", "GC heap size", "working set", "peak working set", "allocated/record", "GCs gen0/1/2" }, rows);
            return 0;
        }

        private static string Mib(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

        private static void Print(string[] header, List<string[]> rows)
        {
            Console.WriteLine("| " + string.Join(" | ", header) + " |");
            Console.WriteLine("|" + string.Concat(header.Select(_ => "---:|")));
            foreach (var row in rows) Console.WriteLine("| " + string.Join(" | ", row) + " |");
        }
    }
}
