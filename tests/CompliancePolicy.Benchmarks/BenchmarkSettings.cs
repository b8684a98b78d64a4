using System;
using System.Globalization;
using System.IO;
using System.Reflection;
using CompliancePolicy.Values;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// What every benchmark process shares: the number of records, the records file and the policy. The host process
    /// sets the environment variables; BenchmarkDotNet's child processes inherit them.
    /// </summary>
    internal static class BenchmarkSettings
    {
        public const string RecordsVariable = "CP_BENCH_RECORDS";
        public const string FileVariable = "CP_BENCH_FILE";
        public const int DefaultRecords = 1_000_000;
        public const string PolicyResource = "after-sales-certification.policy";

        /// <summary>The evaluation date: fixed, so every run takes the same paths.</summary>
        public static readonly CalendarDate AsOf = new CalendarDate(2026, 11, 23);

        public static int Records
        {
            get
            {
                var text = Environment.GetEnvironmentVariable(RecordsVariable);
                if (string.IsNullOrWhiteSpace(text)) return DefaultRecords;
                if (!int.TryParse(text.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
                    throw new InvalidOperationException($"{RecordsVariable}='{text}' is not a positive whole number.");
                return count;
            }
        }

        /// <summary>The records file: the one the host wrote, or a fresh one when a benchmark runs on its own.</summary>
        public static string EnsureRecordsFile(int records, out bool created)
        {
            var path = Environment.GetEnvironmentVariable(FileVariable);
            if (!string.IsNullOrEmpty(path) && File.Exists(path))
            {
                created = false;
                return path;
            }
            path = Path.Combine(Path.GetTempPath(), $"compliancepolicy-bench-{records}-{Environment.ProcessId}.jsonl");
            RecordGenerator.Write(path, records);
            created = true;
            return path;
        }

        public static string PolicyText()
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(PolicyResource)
                ?? throw new InvalidOperationException($"The resource '{PolicyResource}' is missing.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public static Policy CompilePolicy()
        {
            var compilation = PolicyCompiler.Compile(PolicyText(), PolicyResource);
            if (compilation.HasErrors) throw new InvalidOperationException("The benchmark policy does not compile:\n" + string.Join("\n", compilation.Diagnostics));
            return compilation.Policies[0];
        }
    }
}
