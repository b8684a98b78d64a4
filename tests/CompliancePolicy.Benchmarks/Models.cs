using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CompliancePolicy.Benchmarks
{
    // The same records as plain C# objects, for the System.Text.Json baseline. Field names are snake_case in the JSON
    // (the context below maps them); durations stay text, as plain deserialisation has no type for "3 months".

    public enum LegalStatus
    {
        [JsonStringEnumMemberName("business_licence")] BusinessLicence,
        [JsonStringEnumMemberName("foreign_registration")] ForeignRegistration,
        [JsonStringEnumMemberName("none")] None,
    }

    public enum Scope
    {
        [JsonStringEnumMemberName("service_desk")] ServiceDesk,
        [JsonStringEnumMemberName("infrastructure")] Infrastructure,
        [JsonStringEnumMemberName("cloud")] Cloud,
        [JsonStringEnumMemberName("outsourcing")] Outsourcing,
    }

    public sealed class Review
    {
        public DateOnly Date { get; set; }
        public bool TopManagementPresent { get; set; }
    }

    public sealed class Penalty
    {
        public DateOnly Date { get; set; }
        public string Authority { get; set; } = string.Empty;
        public decimal Amount { get; set; }
    }

    public sealed class Complaint
    {
        public DateOnly Received { get; set; }
        public DateOnly? Resolved { get; set; }
        public int Seriousness { get; set; }
    }

    public sealed class Application
    {
        public string Id { get; set; } = string.Empty;
        public LegalStatus LegalStatus { get; set; }
        public Scope Scope { get; set; }
        public DateOnly SmsEstablished { get; set; }
        public DateOnly? AuditDate { get; set; }
        public int Headcount { get; set; }
        public int ExtraSites { get; set; }
        public decimal PlannedDays { get; set; }
        public List<Review> ManagementReviews { get; set; } = new List<Review>();
        public List<DateOnly> InternalAudits { get; set; } = new List<DateOnly>();
        public List<Penalty> Penalties { get; set; } = new List<Penalty>();
        public List<Complaint> Complaints { get; set; } = new List<Complaint>();
        public decimal IndicatorScore { get; set; }
        public List<decimal> Deductions { get; set; } = new List<decimal>();
        public List<decimal> Bonuses { get; set; } = new List<decimal>();
        public string ResponseTime { get; set; } = string.Empty;
        public string Warranty { get; set; } = string.Empty;
        public int SparePartsYears { get; set; }
        public decimal Satisfaction { get; set; }
        public bool Pilot { get; set; }
    }

    /// <summary>Source-generated metadata: the fastest plain System.Text.Json setup (no reflection at run time).</summary>
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]
    [JsonSerializable(typeof(Application))]
    internal sealed partial class ApplicationJsonContext : JsonSerializerContext
    {
    }
}
