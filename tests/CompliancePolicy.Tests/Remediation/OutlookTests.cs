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

        private const string Permit = @"
policy ""P""
event Closed
event Reopened
schema R { issued: date, expires: date, events: history }
let expiry = expires
lifecycle permit
  history events
  initial pending on issued
  state pending
  state valid
  final state closed
  transition V-1 ""Granted after a year"" pending -> valid after 1 year since entering
  transition X-1 ""Closed"" pending, valid -> closed on Closed
  transition X-2 ""Reopened"" closed -> pending on Reopened
clause C-1 ""Valid"" require permit.state = permit.valid
clause C-2 ""Not expired"" require expiry >= as_of
";

        private static string PermitOutlook(string events, string clause = "C-1", string policy = Permit) =>
            Evaluate(Compile(policy), $@"{{""issued"": ""2026-01-01"", ""expires"": ""2027-03-10"", ""events"": [{events}]}}").Clause(clause)
                .Remediation.Outlook?.Describe() ?? "none";

        [Fact]
        public void A_lifecycle_state_that_a_deadline_leaves_says_when_the_clause_passes() =>
            Assert.Equal("compliant from 2027-01-02: permit becomes valid: Granted after a year (V-1)", PermitOutlook(""));

        [Fact]
        public void A_lifecycle_in_a_state_nothing_leaves_gives_no_outlook() =>
            Assert.Equal("none", PermitOutlook(@"{""type"": ""Closed"", ""date"": ""2026-06-01""}"));

        [Fact]
        public void A_final_state_that_a_later_event_leaves_still_has_an_outlook() =>
            Assert.Equal("compliant from 2027-12-02: permit becomes valid: Granted after a year (V-1)",
                PermitOutlook(@"{""type"": ""Closed"", ""date"": ""2026-06-01""}, {""type"": ""Reopened"", ""date"": ""2026-12-01""}"));

        [Fact]
        public void A_comparison_with_the_date_through_a_let_says_when_it_changes() =>
            Assert.Equal("stops passing on 2027-03-11: 'expiry >= as_of' becomes false", PermitOutlook("", "C-2"));

        [Fact]
        public void A_lifecycle_whose_replay_reads_the_date_is_replayed_to_the_horizon()
        {
            // Closed only while the date is before 2027: at 2026-11-23 the permit is closed, a state nothing leaves, but
            // replayed from 2027 on the event is declined and the year's deadline grants the permit.
            var policy = Permit.Replace("on Closed", "on Closed when as_of < 2027-01-01");
            Assert.Equal("compliant from 2027-01-02: permit becomes valid: Granted after a year (V-1)",
                PermitOutlook(@"{""type"": ""Closed"", ""date"": ""2026-06-01""}", "C-1", policy));
        }
    }
}
