using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// The three measured workloads over one records file. Each returns a checksum built from what it read, so no
    /// work can be optimised away, and calls <c>progress</c> (when given) every <see cref="ProgressEvery"/> records.
    /// </summary>
    internal static class Workloads
    {
        public const int ProgressEvery = 10_000;

        /// <summary>Baseline: System.Text.Json deserialises every line into the POCOs (source-generated metadata).</summary>
        public static long Deserialise(string path, Action<long>? progress = null)
        {
            using var stream = OpenSequential(path);
            return DeserialiseStream(stream, progress);
        }

        public static long DeserialiseStream(Stream stream, Action<long>? progress = null)
        {
            var typeInfo = ApplicationJsonContext.Default.Application;
            using var lines = new JsonLines(stream);
            long count = 0, checksum = 0;
            while (lines.TryReadLine(out var line))
            {
                var application = JsonSerializer.Deserialize(line, typeInfo)!;
                checksum += application.Headcount + application.ManagementReviews.Count + application.Complaints.Count + (int)application.LegalStatus;
                if (++count % ProgressEvery == 0) progress?.Invoke(count);
            }
            return checksum + count;
        }

        /// <summary>
        /// The other plain way, for comparison (docs/performance.md): System.Text.Json's own streaming of top-level
        /// values (JSON Lines) with <see cref="JsonSerializer.DeserializeAsyncEnumerable{TValue}(Stream, JsonTypeInfo{TValue}, bool, System.Threading.CancellationToken)"/>.
        /// </summary>
        public static long DeserialiseAsyncEnumerable(Stream stream)
        {
            return Run().GetAwaiter().GetResult();

            async Task<long> Run()
            {
                long count = 0, checksum = 0;
                await foreach (var application in JsonSerializer.DeserializeAsyncEnumerable(stream, ApplicationJsonContext.Default.Application, topLevelValues: true))
                {
                    checksum += application!.Headcount + application.ManagementReviews.Count + application.Complaints.Count + (int)application.LegalStatus;
                    count++;
                }
                return checksum + count;
            }
        }

        /// <summary>CompliancePolicy's reader alone: split, validate and decode every record against the schema.</summary>
        public static long Read(string path, RecordType schema, Action<long>? progress = null)
        {
            using var stream = OpenSequential(path);
            return ReadStream(stream, path, schema, progress);
        }

        public static long ReadStream(Stream stream, string path, RecordType schema, Action<long>? progress = null)
        {
            long count = 0, checksum = 0;
            foreach (var result in RecordReader.Read(stream, path, schema))
            {
                checksum += result.IsValid ? result.Id.Length : 1000 + result.Diagnostics.Count;
                if (++count % ProgressEvery == 0) progress?.Invoke(count);
            }
            return checksum + count;
        }

        /// <summary>The full check: read, evaluate every clause and decision, and consume each record's outcome and decisions.</summary>
        public static long Check(string path, Policy policy, CalendarDate asOf, Action<long>? progress = null)
        {
            using var stream = OpenSequential(path);
            return CheckStream(stream, path, policy, asOf, progress);
        }

        public static long CheckStream(Stream stream, string path, Policy policy, CalendarDate asOf, Action<long>? progress = null)
        {
            long count = 0, checksum = 0;
            foreach (var result in RecordReader.Read(stream, path, policy.Schema))
            {
                if (result.IsValid)
                {
                    var evaluation = policy.Evaluate(result.Record!, asOf);
                    checksum += (int)evaluation.OutcomeAt(Severity.Major) * 100 + evaluation.FailureCount(Severity.Minor);
                    foreach (var decision in evaluation.Decisions) checksum += Digest(decision);
                }
                else
                {
                    checksum += 1000 + result.Diagnostics.Count;
                }
                if (++count % ProgressEvery == 0) progress?.Invoke(count);
            }
            return checksum + count;
        }

        private static long Digest(DecisionResult decision)
        {
            switch (decision.Value)
            {
                case bool flag: return flag ? 1 : 2;
                case decimal number: return (long)number;
                case EnumValue member: return member.Ordinal;
                default: return decision.IsError ? 7 : 0;
            }
        }

        // The readers buffer by themselves: a FileStream buffer of 1 turns the stream's own buffering off.
        private static FileStream OpenSequential(string path) =>
            new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
    }
}
