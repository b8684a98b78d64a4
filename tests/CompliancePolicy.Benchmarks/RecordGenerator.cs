using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// Writes N applications as JSON Lines, the same bytes for the same N and seed on every run. Most records are
    /// compliant; each clause fails for a few percent of them, and a few headcounts fall outside the audit-time table
    /// (a clause in error), so every path of the evaluation is taken.
    /// </summary>
    internal static class RecordGenerator
    {
        public const int Seed = 20000;

        private static readonly string[] Authorities = { "SAMR", "MIIT", "CAC", "provincial AMR", "customs" };
        private static readonly string[] ResponseTimes = { "1 day", "1 day", "2 days", "2 days", "3 days", "1 week" };
        private static readonly string[] Warranties = { "1 year", "1 year", "2 years", "1 year 6 months", "6 months", "3 years" };
        private static readonly int[] BandUpperBounds = { 25, 45, 65, 125, 175, 275, 425, 625, 875, 1175, 1550, 2025, 2675, 3450, 4350, 5450, 6800, 8500, 10700 };
        private static readonly DateTime Epoch = new DateTime(2023, 1, 1);

        public static void Write(string path, int count) => WriteLines(path, count, WriteApplication);

        /// <summary>Writes <paramref name="count"/> records, one per line, to a temporary name renamed into place at the end.</summary>
        internal static void WriteLines(string path, int count, Action<Utf8JsonWriter, Random, int> writeRecord)
        {
            var temporary = path + ".partial";
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { SkipValidation = true }))
            {
                var random = new Random(Seed);
                for (var i = 0; i < count; i++)
                {
                    writeRecord(writer, random, i);
                    writer.Flush();
                    stream.WriteByte((byte)'\n');
                    writer.Reset(stream);
                }
            }
            File.Move(temporary, path, overwrite: true);
        }

        private static void WriteApplication(Utf8JsonWriter w, Random random, int index)
        {
            var established = Epoch.AddDays(random.Next(0, 1200));
            var audit = established.AddDays(random.Next(75, 420));
            w.WriteStartObject();
            w.WriteString("id", "APP-" + index.ToString("D7", CultureInfo.InvariantCulture));
            var status = random.NextDouble();
            w.WriteString("legal_status", status < 0.97 ? "business_licence" : status < 0.99 ? "foreign_registration" : "none");
            w.WriteString("scope", random.Next(4) switch { 0 => "service_desk", 1 => "infrastructure", 2 => "cloud", _ => "outsourcing" });
            WriteDate(w, "sms_established", established);
            if (random.NextDouble() < 0.9) WriteDate(w, "audit_date", audit);
            else w.WriteNull("audit_date");

            var headcount = random.NextDouble() < 0.002 ? random.Next(10701, 15000) : (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(9000))) + 1;
            var extraSites = random.Next(0, 4);
            w.WriteNumber("headcount", headcount);
            w.WriteNumber("extra_sites", extraSites);
            var required = TableDays(headcount) + extraSites * 0.5m;
            w.WriteNumber("planned_days", Math.Round(required * (0.9m + random.Next(0, 12) * 0.1m) * 2, MidpointRounding.AwayFromZero) / 2);

            w.WriteStartArray("management_reviews");
            for (int r = 0, n = random.Next(0, 4); r < n; r++)
            {
                w.WriteStartObject();
                WriteDate(w, "date", established.AddDays(random.Next(20, (audit - established).Days + 30)));
                w.WriteBoolean("top_management_present", random.NextDouble() < 0.95);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("internal_audits");
            for (int a = 0, n = random.Next(0, 5); a < n; a++) WriteDateValue(w, established.AddDays(random.Next(10, (audit - established).Days + 20)));
            w.WriteEndArray();

            w.WriteStartArray("penalties");
            if (random.NextDouble() < 0.15)
            {
                for (int p = 0, n = random.Next(1, 3); p < n; p++)
                {
                    w.WriteStartObject();
                    WriteDate(w, "date", established.AddDays(-random.Next(-200, 1500)));
                    w.WriteString("authority", Authorities[random.Next(Authorities.Length)]);
                    w.WriteNumber("amount", random.Next(100, 4000) * 10m);
                    w.WriteEndObject();
                }
            }
            w.WriteEndArray();

            w.WriteStartArray("complaints");
            for (int c = 0, n = random.Next(0, 6); c < n; c++)
            {
                var received = audit.AddDays(-random.Next(5, 365));
                w.WriteStartObject();
                WriteDate(w, "received", received);
                if (random.NextDouble() < 0.9) WriteDate(w, "resolved", received.AddDays(random.NextDouble() < 0.9 ? random.Next(1, 25) : random.Next(25, 60)));
                else w.WriteNull("resolved");
                w.WriteNumber("seriousness", random.Next(1, 5));
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteNumber("indicator_score", random.Next(6500, 10001) / 100m);
            w.WriteStartArray("deductions");
            for (int d = 0, n = random.NextDouble() < 0.5 ? 0 : random.Next(1, 6); d < n; d++) w.WriteNumberValue(random.Next(5, 61) / 10m);
            w.WriteEndArray();
            w.WriteStartArray("bonuses");
            for (int b = 0, n = random.Next(0, 3); b < n; b++) w.WriteNumberValue(random.Next(5, 21) / 10m);
            w.WriteEndArray();

            w.WriteString("response_time", ResponseTimes[random.Next(ResponseTimes.Length)]);
            w.WriteString("warranty", Warranties[random.Next(Warranties.Length)]);
            w.WriteNumber("spare_parts_years", random.Next(4, 11));
            w.WriteNumber("satisfaction", random.Next(7500, 10000) / 10000m);
            w.WriteBoolean("pilot", random.NextDouble() < 0.02);
            w.WriteEndObject();
        }

        internal static decimal TableDays(int headcount)
        {
            for (var band = 0; band < BandUpperBounds.Length; band++)
            {
                if (headcount <= BandUpperBounds[band]) return band + 2;
            }
            return 20;
        }

        internal static void WriteDate(Utf8JsonWriter w, string name, DateTime date)
        {
            Span<char> text = stackalloc char[10];
            date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteString(name, text);
        }

        internal static void WriteDateValue(Utf8JsonWriter w, DateTime date)
        {
            Span<char> text = stackalloc char[10];
            date.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            w.WriteStringValue(text);
        }
    }
}
