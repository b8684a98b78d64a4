using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class OutlookTests
    {
        private const string Policy = @"
policy ""P""
schema R { valid_until: date, issued: date }
clause C-1 ""Certificate valid"" require valid_until >= as_of
clause C-2 ""A year since issue"" require issued + 1 year <= as_of
clause C-3 ""Issued"" require issued <= valid_until
";

        private static string Outlook(string record, string clause, string asOf = "2026-11-23") =>
            Evaluate(Compile(Policy), record, asOf).Clause(clause).Remediation.Outlook?.Describe() ?? "none";

        [Fact]
        public void A_passing_clause_that_compares_with_the_date_says_when_it_stops_passing() =>
            Assert.Equal("stops passing on 2027-03-11: 'valid_until >= as_of' becomes false",
                Outlook(@"{""valid_until"": ""2027-03-10"", ""issued"": ""2025-01-01""}", "C-1"));

        [Fact]
        public void A_failing_clause_that_compares_with_the_date_says_from_when_it_passes() =>
            Assert.Equal("compliant from 2027-03-01: 'issued + 1 year <= as_of' becomes true",
                Outlook(@"{""valid_until"": ""2030-01-01"", ""issued"": ""2026-03-01""}", "C-2"));

        [Fact]
        public void The_date_from_which_it_passes_allows_for_month_end_clamping() =>
            Assert.Equal("compliant from 2025-02-28: 'issued + 1 year <= as_of' becomes true",
                Outlook(@"{""valid_until"": ""2030-01-01"", ""issued"": ""2024-02-29""}", "C-2", "2025-01-01"));

        [Fact]
        public void A_clause_that_does_not_read_the_date_has_no_outlook() =>
            Assert.Equal("none", Outlook(@"{""valid_until"": ""2020-01-01"", ""issued"": ""2026-03-01""}", "C-3"));

        [Fact]
        public void A_passing_clause_that_passes_whatever_the_date_has_no_outlook() =>
            Assert.Equal("none", Outlook(@"{""valid_until"": ""2030-01-01"", ""issued"": ""2020-01-01""}", "C-2"));

        [Fact]
        public void The_certificate_lifecycle_says_when_the_certificate_will_be_suspended()
        {
            var evaluation = SampleRemedyTests.Sample("iso20000-certificate-status", "CERT-01");
            var outlook = evaluation.Clause("VALID-1").Remediation.Outlook!;
            Assert.Equal(ClauseOutcome.Pass, outlook.Now);
            Assert.Equal(ClauseOutcome.Fail, outlook.Then);
            Assert.Equal(Date("2027-01-16"), outlook.Date);
        }
    }
}
