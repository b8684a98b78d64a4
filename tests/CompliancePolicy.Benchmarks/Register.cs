using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// The two halves of the register-scale comparison that run in processes of their own (register-scale.sh measures
    /// them beside the <c>compliance</c> process): writing a register of after-sales clients, and the bare baseline,
    /// System.Text.Json deserialising every line of it into plain objects on one thread.
    /// </summary>
    internal static class Register
    {
        /// <summary><c>--generate-register N PATH</c>.</summary>
        public static int Generate(string count, string path)
        {
            var records = int.Parse(count.Replace("_", string.Empty), NumberStyles.None, CultureInfo.InvariantCulture);
            var clock = Stopwatch.StartNew();
            ClientGenerator.Write(path, records);
            Console.WriteLine($"Wrote {records:N0} clients ({new FileInfo(path).Length / (1024.0 * 1024.0):F1} MiB) to {path} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        }

        /// <summary><c>--bare PATH</c>: what reading the register costs a program that does nothing else.</summary>
        public static int Deserialise(string path)
        {
            var clock = Stopwatch.StartNew();
            long count;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
                count = DeserialiseStream(stream, out var checksum);
            Console.WriteLine($"Deserialised {count:N0} clients in {clock.Elapsed.TotalSeconds:F2} s");
            return 0;
        }

        /// <summary>
        /// <c>--bare-echo PATH OUT</c>: the floor under any tool that writes a line per record: each line deserialised
        /// and serialised back (about the size of a JSON Lines report line) on one thread, with nothing decided between.
        /// </summary>
        public static int Echo(string path, string outputPath)
        {
            var clock = Stopwatch.StartNew();
            var typeInfo = ClientJsonContext.Default.Client;
            long count = 0;
            using (var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan))
            using (var output = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1))
            using (var lines = new JsonLines(input))
            {
                var buffer = new ArrayBufferWriter<byte>(EchoFlushBytes + 64 * 1024);
                using var writer = new Utf8JsonWriter(buffer);
                while (lines.TryReadLine(out var line))
                {
                    JsonSerializer.Serialize(writer, JsonSerializer.Deserialize(line, typeInfo)!, typeInfo);
                    writer.Flush();
                    writer.Reset();
                    buffer.GetSpan(1)[0] = (byte)'\n';
                    buffer.Advance(1);
                    if (buffer.WrittenCount >= EchoFlushBytes)
                    {
                        output.Write(buffer.WrittenSpan);
                        buffer.ResetWrittenCount();
                    }
                    count++;
                }
                output.Write(buffer.WrittenSpan);
            }
            Console.WriteLine($"Deserialised and wrote back {count:N0} clients in {clock.Elapsed.TotalSeconds:F2} s");
            return 0;
        }

        /// <summary>Lines are written to the file a megabyte at a time, as the report writers do.</summary>
        private const int EchoFlushBytes = 1 << 20;

        /// <summary>Deserialises every line of a register; returns a checksum of what it read, so nothing is optimised away.</summary>
        public static long DeserialiseStream(Stream stream) => DeserialiseStream(stream, out var checksum) + checksum;

        private static long DeserialiseStream(Stream stream, out long checksum)
        {
            var typeInfo = ClientJsonContext.Default.Client;
            long count = 0;
            checksum = 0;
            using var lines = new JsonLines(stream);
            while (lines.TryReadLine(out var line))
            {
                var client = JsonSerializer.Deserialize(line, typeInfo)!;
                checksum += client.EffectiveHeadcount + client.Events.Count + client.SpecialDeductions.Count + (client.LicenceValidUntil is null ? 0 : 1);
                count++;
            }
            return count;
        }
    }

    public sealed class ClientEvent
    {
        public string Type { get; set; } = string.Empty;
        public DateOnly Date { get; set; }
        public string? Finding { get; set; }
        public string? Authority { get; set; }
    }

    public sealed class Client
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public bool LegalStatusValid { get; set; }
        public bool LicenceRequired { get; set; }
        public DateOnly? LicenceValidUntil { get; set; }
        public bool CompliesWithLaws { get; set; }
        public DateOnly ServiceSystemSince { get; set; }
        public DateOnly OnsiteAuditDate { get; set; }
        public bool WrittenCommitment { get; set; }
        public bool PenalisedWithinYear { get; set; }
        public bool MediaExposureWithinYear { get; set; }
        public bool OrderedToSuspendBusiness { get; set; }
        public bool OnSeriousViolationList { get; set; }
        public string AuditKind { get; set; } = string.Empty;
        public int EffectiveHeadcount { get; set; }
        public int ExtraSites { get; set; }
        public decimal PlannedOnsiteDays { get; set; }
        public decimal IndicatorScore { get; set; }
        public List<decimal> SpecialDeductions { get; set; } = new List<decimal>();
        public List<decimal> SpecialBonuses { get; set; } = new List<decimal>();
        public DateOnly Applied { get; set; }
        public List<ClientEvent> Events { get; set; } = new List<ClientEvent>();
    }

    /// <summary>Source-generated metadata, as for <see cref="ApplicationJsonContext"/>.</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
    [JsonSerializable(typeof(Client))]
    internal sealed partial class ClientJsonContext : JsonSerializerContext
    {
    }
}
