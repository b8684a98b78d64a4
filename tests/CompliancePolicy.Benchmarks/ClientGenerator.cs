using System;
using System.Globalization;
using System.Text.Json;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// Writes N clients of dsl-samples/after-sales-certification.policy as JSON Lines: a certification body's register,
    /// with varied headcounts, scores and dates and an event history per client (certificates issued and renewed,
    /// surveillances, nonconformities, unpaid fees, suspensions and restorations), so that every state of the
    /// certificate lifecycle and every deadline occurs around the benchmark's as-of date (2026-11-23). Same seed, same bytes.
    /// </summary>
    internal static class ClientGenerator
    {
        private static readonly DateTime Epoch = new DateTime(2021, 6, 1);
        private static readonly string[] Kinds = { "initial", "initial", "surveillance", "surveillance", "recertification" };
        private static readonly string[] Authorities = { "SAMR", "MIIT", "provincial AMR" };

        public static void Write(string path, int count) => RecordGenerator.WriteLines(path, count, WriteClient);

        private static void WriteClient(Utf8JsonWriter w, Random random, int index)
        {
            var applied = Epoch.AddDays(random.Next(0, 1960));
            var since = applied.AddDays(-random.Next(60, 400));
            var audit = applied.AddDays(random.Next(10, 60));
            w.WriteStartObject();
            w.WriteString("id", "CL-" + index.ToString("D7", CultureInfo.InvariantCulture));
            w.WriteString("name", "Client " + index.ToString(CultureInfo.InvariantCulture) + " hardware after-sales service");
            w.WriteBoolean("legal_status_valid", random.NextDouble() < 0.995);
            var licence = random.NextDouble() < 0.3;
            w.WriteBoolean("licence_required", licence);
            if (licence && random.NextDouble() < 0.97) RecordGenerator.WriteDate(w, "licence_valid_until", audit.AddDays(random.Next(-30, 900)));
            else w.WriteNull("licence_valid_until");
            w.WriteBoolean("complies_with_laws", random.NextDouble() < 0.995);
            RecordGenerator.WriteDate(w, "service_system_since", since);
            RecordGenerator.WriteDate(w, "onsite_audit_date", audit);
            w.WriteBoolean("written_commitment", random.NextDouble() < 0.99);
            w.WriteBoolean("penalised_within_year", random.NextDouble() < 0.01);
            w.WriteBoolean("media_exposure_within_year", random.NextDouble() < 0.005);
            w.WriteBoolean("ordered_to_suspend_business", random.NextDouble() < 0.002);
            w.WriteBoolean("on_serious_violation_list", random.NextDouble() < 0.002);
            w.WriteString("audit_kind", Kinds[random.Next(Kinds.Length)]);
            var headcount = random.NextDouble() < 0.01 ? random.Next(10701, 20000) : (int)Math.Round(Math.Exp(random.NextDouble() * Math.Log(9000))) + 1;
            var extraSites = random.Next(0, 4);
            w.WriteNumber("effective_headcount", headcount);
            w.WriteNumber("extra_sites", extraSites);
            // Enough on-site days for any kind of audit, but for a few planned at half.
            var days = RecordGenerator.TableDays(headcount) + extraSites * 0.5m;
            w.WriteNumber("planned_onsite_days", random.NextDouble() < 0.04 ? Math.Floor(days) / 2 : days);
            w.WriteNumber("indicator_score", (random.NextDouble() < 0.04 ? random.Next(6000, 7000) : random.Next(7000, 10001)) / 100m);
            w.WriteStartArray("special_deductions");
            for (int d = 0, n = random.NextDouble() < 0.85 ? 0 : random.NextDouble() < 0.9 ? random.Next(1, 4) : 5; d < n; d++) w.WriteNumberValue(random.Next(5, 21) / 10m);
            w.WriteEndArray();
            w.WriteStartArray("special_bonuses");
            for (int b = 0, n = random.Next(0, 3); b < n; b++) w.WriteNumberValue(random.Next(5, 21) / 10m);
            w.WriteEndArray();
            RecordGenerator.WriteDate(w, "applied", applied);
            w.WriteStartArray("events");
            if (random.NextDouble() < 0.9) WriteHistory(w, random, audit.AddDays(random.Next(15, 90)));
            w.WriteEndArray();
            w.WriteEndObject();
        }

        /// <summary>A certificate's life from its issue up to the as-of date: yearly surveillance (sometimes late or
        /// missing), a nonconformity now and then (mostly closed in time), unpaid fees and suspensions, a renewal after
        /// about three years.</summary>
        private static void WriteHistory(Utf8JsonWriter w, Random random, DateTime issued)
        {
            var asOf = new DateTime(2026, 11, 23);
            WriteEvent(w, "CertificateIssued", issued);
            var day = issued;
            var surveillances = 0;
            while (true)
            {
                // Surveillance within the 12 months the scheme allows, now and then a few days late.
                day = day.AddDays(random.NextDouble() < 0.02 ? random.Next(366, 400) : random.Next(300, 360));
                if (day > asOf) return;
                var roll = random.NextDouble();
                if (roll < 0.01) return; // surveillance missed: the lifecycle suspends, then revokes, by its deadlines
                if (roll < 0.07)
                {
                    WriteEvent(w, "NonconformityFound", day, "finding", "service records incomplete");
                    if (random.NextDouble() < 0.85) WriteEvent(w, "NonconformityClosed", day.AddDays(random.Next(10, 75)));
                    continue;
                }
                if (roll < 0.09)
                {
                    WriteEvent(w, "FeesUnpaid", day);
                    if (random.NextDouble() < 0.7) WriteEvent(w, "RestorationApproved", day.AddDays(random.Next(20, 150)));
                    else return;
                    continue;
                }
                if (roll < 0.093)
                {
                    WriteEvent(w, "PenalisedByAuthority", day, "authority", Authorities[random.Next(Authorities.Length)]);
                    return;
                }
                if (roll < 0.098)
                {
                    WriteEvent(w, "CertificateGivenUp", day);
                    return;
                }
                if (++surveillances < 3)
                {
                    WriteEvent(w, "SurveillancePassed", day);
                }
                else
                {
                    surveillances = 0;
                    if (random.NextDouble() < 0.95) WriteEvent(w, "CertificateIssued", day);
                    else return; // not renewed: the certificate expires
                }
            }
        }

        private static void WriteEvent(Utf8JsonWriter w, string type, DateTime date, string? field = null, string? value = null)
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            RecordGenerator.WriteDate(w, "date", date);
            if (field != null) w.WriteString(field, value);
            w.WriteEndObject();
        }
    }
}
