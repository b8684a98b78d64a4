using System.IO;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Remediation
{
    /// <summary>The samples' failing records as of 2026-11-23, each failing clause with what the engine says would make it pass.</summary>
    public class SampleRemedyTests
    {
        [Theory]
        [InlineData("iso20000-eligibility", "ISO-E02", "ELIG-2", "sms_operating_since on or before 2026-05-20 (now 2026-05-21), or audit_date on or after 2026-08-21 (now 2026-08-20)")]
        [InlineData("iso20000-eligibility", "ISO-E03", "ELIG-4", "penalties needs to drop Penalty { date: 2025-05-01, authority: \"Suzhou market regulator\" }")]
        [InlineData("iso20000-eligibility", "ISO-E05", "DOCS-1", "missing_documents needs 2 items fewer (2 → 0), through documents needs to include budgeting_and_accounting_process, release_management_process")]
        [InlineData("iso20000-eligibility", "ISO-E05", "MAT-1", "missing_materials needs 1 item fewer (1 → 0), through materials needs to include iso20000_mapping")]
        [InlineData("iso20000-eligibility", "ISO-E06", "FATAL-3", "reviews_before_audit item 1 (Review { date: 2026-08-01, top_management_present: false }): r.top_management_present needs to be true (now false), or reviews_before_audit needs 1 more item where r.top_management_present (0 → 1)")]
        [InlineData("iso20000-eligibility", "ISO-E08", "STAFF-1", "full_time_it_staff needs +1 (2 → 3)")]
        [InlineData("iso20000-eligibility", "ISO-E09", "FATAL-1", "key_processes_missing needs to drop \"service continuity management\"")]
        [InlineData("iso20000-eligibility", "ISO-E10", "ELIG-1", "legal_status needs to be one of business_licence, production_licence, foreign_registration (now none)")]
        [InlineData("iso20000-eligibility", "ISO-E10", "ELIG-3a", "management_reviews needs 1 more item where r.date >= sms_operating_since and r.date < audit_date (0 → 1)")]
        [InlineData("iso20000-eligibility", "ISO-E10", "ELIG-3b", "internal_audits needs 1 more item where a >= sms_operating_since and a < audit_date (0 → 1)")]
        [InlineData("iso20000-eligibility", "ISO-E10", "FATAL-2", "operation_record_months needs +1 (2 → 3)")]
        [InlineData("after-sales-certification", "AS-02", "SCORE-1", "score needs +0.01 (69.99 → 70), through indicator_score needs +0.01 (69.99 → 70), or sum(special_bonuses) needs +0.01 (0 → 0.01)")]
        [InlineData("after-sales-certification", "AS-04", "DAYS-2", "effective_headcount needs -1 (10701 → 10700)")]
        [InlineData("after-sales-certification", "AS-04", "SCORE-1", "special_deductions needs 1 item fewer (5 → 4)")]
        [InlineData("after-sales-certification", "AS-05", "CERT-1", "no remediation: certificate is revoked, a final state: no event moves it out")]
        [InlineData("after-sales-certification", "AS-06", "CERT-1", "certificate: a CertificateIssued event (transition C-2 \"Recertified: a new certificate replaces the old one\") moves it from suspended to certified, or certificate: a RestorationApproved event (transition R-1 \"Restored: cause corrected and applied for before the suspension ended\") moves it from suspended to certified")]
        [InlineData("after-sales-certification", "AS-07", "DAYS-1", "planned_onsite_days needs +0.8 (16 → 16.8), or audit_days needs -1 (21 → 20), through (kind_days needs -1 (20 → 19), through base_days needs -1 (20 → 19), through initial_person_days(effective_headcount) needs -1 (20 → 19), through effective_headcount needs -2200 (10700 → 8500), or extra_sites needs -2 (2 → 0))")]
        [InlineData("after-sales-certification", "AS-08", "APP-B", "licence_valid_until on or after 2026-03-10 (now 2026-02-28), or onsite_audit_date on or before 2026-02-28 (now 2026-03-10)")]
        [InlineData("after-sales-certification", "AS-08", "APP-D", "service_system_since on or before 2025-12-10 (now 2025-12-13), or onsite_audit_date on or after 2026-03-13 (now 2026-03-10)")]
        [InlineData("iso20000-certificate-status", "CERT-02", "VALID-1", "no remediation: certificate is revoked, a final state: no event moves it out")]
        [InlineData("consultancy-termination", "ENG-04", "TERM-2", "agreement: a MilestoneMet event (transition P-3 \"Substantive progress resumed\") moves it from paused to active")]
        [InlineData("subsidies", "SUB-03", "SUB-2", "certified_on on or after 2025-01-01 (now 2024-12-31)")]
        [InlineData("subsidies", "SUB-04", "SUB-1", "registered_in_city_districts needs to be true (now false)")]
        [InlineData("subsidies", "SUB-08", "SUB-5", "city needs to be one of wenzhou, wuxi, taizhou (now other)")]
        [InlineData("audit-report-access", "ACC-02", "ACC-1", "section needs to be one of compliance_overview, risk_summary (now architecture_details)")]
        [InlineData("audit-report-access", "ACC-04", "ACC-2", "section_module needs to be \"incident management\" (now \"change management\"), or own_module needs to be \"change management\" (now \"incident management\")")]
        [InlineData("audit-report-access", "ACC-07", "ACC-4", "role needs to be one of management, process_owner, external_party (now other)")]
        public void The_remedy_of_a_failing_sample_record(string sample, string record, string clause, string expected)
        {
            var result = Sample(sample, record).Clause(clause);
            Assert.Equal(ClauseOutcome.Fail, result.Outcome);
            Assert.Equal(expected, RemedyText.Describe(result.Remediation.Remedy!));
        }

        [Theory]
        [InlineData("after-sales-certification", "AS-03", "CERT-1", "stops passing on 2027-05-21: certificate becomes suspended: Surveillance audit not done in time (S-1)")]
        [InlineData("iso20000-certificate-status", "CERT-01", "VALID-1", "stops passing on 2027-01-16: certificate becomes suspended: Annual audit not done in time (A-1)")]
        [InlineData("consultancy-termination", "ENG-04", "TERM-1", "stops passing on 2026-12-11: agreement becomes terminated: No substantive progress while paused (P-4)")]
        [InlineData("consultancy-termination", "ENG-04", "TERM-2", "no longer applies from 2026-12-11: agreement becomes terminated: No substantive progress while paused (P-4)")]
        public void The_outlook_of_a_sample_record(string sample, string record, string clause, string expected) =>
            Assert.Equal(expected, Sample(sample, record).Clause(clause).Remediation.Outlook!.Describe());

        [Fact]
        public void A_clause_that_time_does_not_change_has_no_outlook() =>
            Assert.Null(Sample("iso20000-eligibility", "ISO-E02").Clause("ELIG-2").Remediation.Outlook);

        [Fact]
        public void Every_failing_clause_of_the_samples_gets_a_remedy_or_the_reason_there_is_none()
        {
            foreach (var name in Names)
            {
                var policy = Policy(name);
                foreach (var read in RecordReader.ReadFile(RecordsOf(name), policy.Schema))
                {
                    foreach (var clause in policy.Evaluate(read.Record!, PolicyHarness.Date(AsOf)).Clauses.Where(c => c.Outcome == ClauseOutcome.Fail))
                        Assert.False(string.IsNullOrEmpty(RemedyText.Describe(clause.Remediation.Remedy!)), $"{name} {read.Id} {clause.Clause.Id}");
                }
            }
        }

        private const string AsOf = "2026-11-23";

        private static readonly string[] Names =
        {
            "iso20000-eligibility", "after-sales-certification", "iso20000-certificate-status", "consultancy-termination", "subsidies", "audit-report-access",
        };

        private static Policy Policy(string name) => PolicyHarness.Compile(File.ReadAllText(Repository.Path("dsl-samples", name + ".policy")));

        private static string RecordsOf(string name) => Repository.Path("dsl-samples", "records", name + (name == "audit-report-access" ? ".jsonl" : ".json"));

        internal static RecordEvaluation Sample(string name, string id)
        {
            var policy = Policy(name);
            var read = RecordReader.ReadFile(RecordsOf(name), policy.Schema).Single(r => r.Id == id);
            return policy.Evaluate(read.Record!, PolicyHarness.Date(AsOf));
        }
    }
}
