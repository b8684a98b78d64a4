using System.Linq;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// A lifecycle projected forward from the as-of date, as if nothing else happened: RD-2.7 annual audits, RD-2.8
    /// rectification within 90 days, RD-3.6 suspension for at most 6 months then revocation, expiry after 3 years.
    /// </summary>
    public class ProjectionTests
    {
        private const string CertificatePolicy = @"
policy ""Certificate status""
event AnnualAudit { passed: bool }
event RectificationAccepted
schema Certificate key id { id: text, issued: date, events: history }
param grace: duration = 6 months
lifecycle certificate
  history events
  initial active on issued
  state active
  state pending
  state suspended
  final state revoked
  final state expired
  transition A-1 ""Annual audit not done in time"" active -> suspended after 1 year since last AnnualAudit priority 2 cites ""RD-2.7""
  transition A-2 ""Annual audit failed"" active -> pending on AnnualAudit when not event.passed cites ""RD-2.8""
  transition A-3 ""Rectified"" pending -> active on RectificationAccepted cites ""RD-2.8""
  transition A-4 ""Not rectified within 90 days"" pending -> suspended after 90 days since entering cites ""RD-2.8""
  transition A-6 ""Suspended past the grace period"" suspended -> revoked after grace since entering cites ""RD-3.6""
  transition A-7 ""Three years completed"" active -> expired after 3 years since start priority 1 cites ""RD-2.7""
  deadline D-1 ""Next annual audit"" in active within 1 year since last AnnualAudit cites ""RD-2.7""
";

        private static readonly Policy Certificates = Compile(CertificatePolicy);

        private static string Steps(string events, string asOf, string until, string issued = "2025-06-01")
        {
            var record = Record(Certificates, $@"{{""id"":""C-1"",""issued"":""{issued}"",""events"":[{events}]}}");
            var outcome = Certificates.Project(record, Date(asOf), Date(until)).Single();
            Assert.Null(outcome.Error);
            return string.Join("; ", outcome.Projection!.Steps.Select(s =>
                s.IsTransition ? $"{s.Date} {s.Deadline.Id} {s.State.Name}->{s.Enters!.Name}" : $"{s.Date} {s.Deadline.Id}{(s.Deadline.IsOverdue ? " overdue" : string.Empty)}"));
        }

        [Fact]
        public void A_missed_audit_falls_due_then_suspends_then_revokes_within_a_long_window()
        {
            var steps = Steps(@"{""type"":""AnnualAudit"",""date"":""2026-05-20"",""passed"":true}", "2026-11-23", "2028-01-01");

            // The last day of the 6 months' grace is 2027-11-21; the state changes the day after.
            Assert.Equal("2027-05-20 D-1; 2027-05-21 A-1 active->suspended; 2027-11-22 A-6 suspended->revoked", steps);
        }

        [Fact]
        public void Only_what_happens_by_the_end_of_the_window_is_listed()
        {
            var steps = Steps(@"{""type"":""AnnualAudit"",""date"":""2026-05-20"",""passed"":true}", "2026-11-23", "2027-05-20");

            Assert.Equal("2027-05-20 D-1", steps);
        }

        [Fact]
        public void A_failed_audit_runs_out_its_rectification_period()
        {
            var steps = Steps(@"{""type"":""AnnualAudit"",""date"":""2026-11-16"",""passed"":false}", "2026-11-23", "2027-03-01", issued: "2026-01-01");

            Assert.Equal("2027-02-15 A-4 pending->suspended", steps);
        }

        [Fact]
        public void A_suspension_runs_out_its_grace_and_a_final_state_projects_nothing_more()
        {
            const string audited = @"{""type"":""AnnualAudit"",""date"":""2025-05-20"",""passed"":true}";

            // Suspended on 2026-05-21 (no audit within the year); the grace ends on 2026-11-21.
            Assert.Equal("2026-11-22 A-6 suspended->revoked", Steps(audited, "2026-11-20", "2027-12-31", issued: "2024-06-01"));
            Assert.Equal(string.Empty, Steps(audited, "2026-11-23", "2027-12-31", issued: "2024-06-01"));
        }

        [Fact]
        public void An_overdue_deadline_of_the_state_now_comes_first()
        {
            var policy = Compile(CertificatePolicy.Replace("after 1 year since last AnnualAudit priority 2", "after 2 years since last AnnualAudit priority 2"));
            var record = Record(policy, @"{""id"":""C-1"",""issued"":""2025-06-01"",""events"":[{""type"":""AnnualAudit"",""date"":""2025-10-01"",""passed"":true}]}");

            var steps = policy.Project(record, Date("2026-11-23"), Date("2027-12-31")).Single().Projection!.Steps;

            Assert.Equal("D-1", steps[0].Deadline.Id);
            Assert.True(steps[0].Deadline.IsOverdue);
            Assert.Equal(Date("2026-10-01"), steps[0].Date);
            Assert.Equal("A-1", steps[1].Deadline.Id);
        }

        [Fact]
        public void The_projection_starts_from_the_replayed_state()
        {
            var record = Record(Certificates, @"{""id"":""C-1"",""issued"":""2025-06-01"",""events"":[]}");

            var projection = Certificates.Project(record, Date("2026-11-23"), Date("2027-01-01")).Single().Projection!;

            Assert.Equal(Certificates.Evaluate(record, Date("2026-11-23")).Lifecycles.Single().Result!.State, projection.Now.State);
            Assert.Equal("suspended", projection.Now.State.Name);
        }
    }
}
