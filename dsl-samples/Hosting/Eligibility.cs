using System.Collections.Generic;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Hosting;
using CompliancePolicy.Values;

namespace CompliancePolicy.Samples.Hosting
{
    /// <summary>Legal status of an applicant (policy enumeration LegalStatus).</summary>
    public enum LegalStatus
    {
        BusinessLicence,
        ProductionLicence,
        ForeignRegistration,
        None,
    }

    /// <summary>A management review (policy record Review); the analyzers check it against the policy.</summary>
    [PolicyRecord("ISO/IEC 20000 certification eligibility", "Review")]
    public sealed class Review
    {
        public CalendarDate Date { get; set; }
        public bool TopManagementPresent { get; set; }
    }

    /// <summary>A penalty an authority imposed (policy record Penalty).</summary>
    [PolicyRecord("ISO/IEC 20000 certification eligibility", "Penalty")]
    public sealed class Penalty
    {
        public CalendarDate Date { get; set; }
        public string Authority { get; set; } = string.Empty;
    }

    /// <summary>An applicant for ISO/IEC 20000 certification, shaped like the eligibility policy's schema.</summary>
    [PolicyRecord("ISO/IEC 20000 certification eligibility")]
    public sealed class Organisation
    {
        public string Id { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public LegalStatus LegalStatus { get; set; }
        public CalendarDate? LegalStatusValidUntil { get; set; }
        public CalendarDate SmsEstablished { get; set; }
        public CalendarDate SmsOperatingSince { get; set; }
        public CalendarDate AuditDate { get; set; }
        public int OperationRecordMonths { get; set; }
        public List<Review> ManagementReviews { get; set; } = new List<Review>();
        public List<CalendarDate> InternalAudits { get; set; } = new List<CalendarDate>();
        public List<Penalty> Penalties { get; set; } = new List<Penalty>();
        public List<string> Documents { get; set; } = new List<string>();
        public List<string> KeyProcessesMissing { get; set; } = new List<string>();
        public int FullTimeItStaff { get; set; }
        public bool OutsourcingWithSupplierManagement { get; set; }
        public List<string> Materials { get; set; } = new List<string>();
    }

    /// <summary>Evaluates applicants as of a date the caller states, so every decision can be replayed.</summary>
    public static class EligibilityCheck
    {
        public static RecordEvaluation Evaluate(Policy policy, RecordValue applicant, CalendarDate asOf) =>
            policy.Evaluate(applicant, asOf);
    }
}
