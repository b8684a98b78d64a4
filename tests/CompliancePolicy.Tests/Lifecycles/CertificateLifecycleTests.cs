using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Tests.Support;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// RD-3.6: a certificate is audited every year; without the annual audit it is suspended, for up to 6 months (3 at
    /// some bodies), then revoked; passing the audit restores it; after 3 years it expires. RD-3.7: valid only while active.
    /// </summary>
    public class CertificateLifecycleTests
    {
        internal const string CertificatePolicyText = @"
policy ""ISO/IEC 20000 certificate status""
event AnnualAuditPassed
event AnnualAuditFailed { findings: int }
schema Certificate key id { id: text, issued: date, events: history }
param grace: duration = 6 months ""RD-3.6: some bodies allow only 3 months""

lifecycle certificate ""Certificate status""
  history events
  initial active on issued
  state active
  state suspended
  final state revoked
  final state expired

  transition S-1 ""Annual audit not done in time"" active -> suspended
    after 12 months since last AnnualAuditPassed
    priority 2
    cites ""RD-3.6""
  transition S-2 ""Annual audit failed"" active -> suspended
    on AnnualAuditFailed
    when event.findings > 0
    cites ""RD-2.8""
  transition R-1 ""Restored by passing the annual audit"" suspended -> active
    on AnnualAuditPassed
    cites ""RD-3.6""
  transition V-1 ""Suspended past the grace period"" suspended -> revoked
    after grace since entering
    cites ""RD-3.6""
  transition E-1 ""Three years are over"" active -> expired
    after 3 years since start
    priority 1
    cites ""RD-3.6""
  deadline D-1 ""Next annual audit"" in active within 12 months since last AnnualAuditPassed cites ""RD-2.7""

clause VALID ""A certificate is valid only while active"" cites ""RD-3.7"" severity blocker
  require certificate.state = certificate.active
  message ""{certificate.state} since {certificate.since}""
decision audits_passed = count(history(AnnualAuditPassed))
";

        private static readonly Policy Certificate = Compile(CertificatePolicyText);

        private static string Record(params (string Type, string Date)[] events) =>
            @"{""id"":""C-1"",""issued"":""2023-01-10"",""events"":[" +
            string.Join(",", events.Select(e => $@"{{""type"":""{e.Type}"",""date"":""{e.Date}""{(e.Type == "AnnualAuditFailed" ? @",""findings"":2" : "")}}}")) + "]}";

        private static LifecycleResult Replay(string json, string asOf, ParameterValues? parameters = null)
        {
            var outcome = Evaluate(Certificate, json, asOf, parameters).Lifecycles.Single();
            Assert.False(outcome.IsError, outcome.Error);
            return outcome.Result!;
        }

        [Theory]
        [InlineData("2025-01-04", "active")]
        [InlineData("2025-01-05", "active")]     // 12 months after the last annual audit: still in time
        [InlineData("2025-01-06", "suspended")]  // the day after
        public void Without_the_annual_audit_the_certificate_is_suspended_the_day_after_the_deadline(string asOf, string state)
        {
            var result = Replay(Record(("AnnualAuditPassed", "2024-01-05")), asOf);

            Assert.Equal(state, result.State.Name);
        }

        [Theory]
        [InlineData("2025-07-06", "suspended")]
        [InlineData("2025-07-07", "revoked")]
        public void A_suspension_lasts_at_most_the_grace_period(string asOf, string state)
        {
            Assert.Equal(state, Replay(Record(("AnnualAuditPassed", "2024-01-05")), asOf).State.Name);
        }

        [Fact]
        public void Some_bodies_revoke_after_three_months()
        {
            var parameters = Certificate.WithParameters(new[] { new KeyValuePair<string, string>("grace", "3 months") }, out _);

            Assert.Equal("suspended", Replay(Record(("AnnualAuditPassed", "2024-01-05")), "2025-04-06", parameters).State.Name);
            Assert.Equal("revoked", Replay(Record(("AnnualAuditPassed", "2024-01-05")), "2025-04-07", parameters).State.Name);
        }

        [Fact]
        public void Passing_the_audit_restores_a_suspended_certificate_and_the_timeline_says_why()
        {
            var result = Replay(Record(("AnnualAuditPassed", "2024-01-05"), ("AnnualAuditPassed", "2025-03-01")), "2025-06-01");

            Assert.Equal("active", result.State.Name);
            Assert.Equal(Date("2025-03-01"), result.Since);
            Assert.Collection(result.Timeline,
                start =>
                {
                    Assert.Equal(("active", "start", Date("2023-01-10"), (Values.CalendarDate?)Date("2025-01-06")), (start.State.Name, start.Cause, start.From, start.To));
                },
                suspended =>
                {
                    Assert.Equal("suspended", suspended.State.Name);
                    Assert.Equal("S-1", suspended.Transition!.Id);
                    Assert.Equal("deadline: 1 year since last AnnualAuditPassed (2024-01-05) passed", suspended.Cause);
                    Assert.Equal(new[] { "RD-3.6" }, suspended.Citations);
                },
                restored =>
                {
                    Assert.Equal("active", restored.State.Name);
                    Assert.Equal("event AnnualAuditPassed on 2025-03-01", restored.Cause);
                    Assert.Null(restored.To);
                });
        }

        [Fact]
        public void A_failed_audit_with_findings_suspends_at_once_but_one_without_findings_does_not()
        {
            var json = Record(("AnnualAuditFailed", "2024-01-05"));
            Assert.Equal("suspended", Replay(json, "2024-01-05").State.Name);
            Assert.Equal("active", Replay(json.Replace(@"""findings"":2", @"""findings"":0"), "2024-01-05").State.Name);
        }

        [Theory]
        [InlineData("2026-01-10", "active")]
        [InlineData("2026-01-11", "expired")]
        public void After_three_years_of_normal_audits_the_certificate_expires(string asOf, string state)
        {
            var json = Record(("AnnualAuditPassed", "2024-01-05"), ("AnnualAuditPassed", "2025-01-04"), ("AnnualAuditPassed", "2025-12-20"));

            Assert.Equal(state, Replay(json, asOf).State.Name);
        }

        [Fact]
        public void Pending_deadlines_say_what_must_happen_by_when()
        {
            var result = Replay(Record(("AnnualAuditPassed", "2024-01-05")), "2024-06-01");

            Assert.Collection(result.PendingDeadlines,
                first => Assert.Equal(("S-1", Date("2025-01-05"), "suspended"), (first.Id, first.Due, first.Effect)),
                second => Assert.Equal(("D-1", Date("2025-01-05"), "deadline"), (second.Id, second.Due, second.Effect)),
                third => Assert.Equal(("E-1", Date("2026-01-10"), "expired"), (third.Id, third.Due, third.Effect)));
        }

        [Fact]
        public void Events_after_the_as_of_date_or_before_the_start_are_not_replayed_and_said_so()
        {
            var result = Replay(Record(("AnnualAuditPassed", "2022-12-01"), ("AnnualAuditFailed", "2024-01-01")), "2023-12-01");

            Assert.Equal("active", result.State.Name);
            Assert.Equal(new[] { "1 event before the start of the lifecycle (2023-01-10) ignored", "1 event after the as-of date (2023-12-01) not replayed" }, result.Notes);
        }

        [Fact]
        public void Same_day_events_replay_in_record_order()
        {
            var failedThenPassed = Record(("AnnualAuditFailed", "2024-01-05"), ("AnnualAuditPassed", "2024-01-05"));
            var passedThenFailed = Record(("AnnualAuditPassed", "2024-01-05"), ("AnnualAuditFailed", "2024-01-05"));

            Assert.Equal("active", Replay(failedThenPassed, "2024-02-01").State.Name);
            Assert.Equal("suspended", Replay(passedThenFailed, "2024-02-01").State.Name);
        }

        [Fact]
        public void Clauses_and_decisions_read_the_state_and_the_history()
        {
            var evaluation = Evaluate(Certificate, Record(("AnnualAuditPassed", "2024-01-05")), "2025-02-01");

            var valid = evaluation.Clause("VALID");
            Assert.Equal(ClauseOutcome.Fail, valid.Outcome);
            Assert.Equal("suspended since 2025-01-06", valid.Message);
            Assert.Equal(1m, evaluation.Decision("audits_passed"));
        }

        [Theory]
        [InlineData("2025-12-20", "active")]     // 12 months after the recertification, not after the older audit
        [InlineData("2025-12-21", "suspended")]
        public void A_deadline_since_the_last_of_several_event_types_restarts_on_any_of_them(string asOf, string state)
        {
            var policy = Compile(@"
policy ""P""
event Audited
event Recertified
schema Certificate key id { id: text, issued: date, events: history }
lifecycle certificate
  history events
  initial active on issued
  state active
  final state suspended
  transition S-1 active -> suspended after 12 months since last Audited or Recertified cites ""RD-4.11""
");
            var json = @"{""id"":""C"",""issued"":""2023-01-10"",""events"":[{""type"":""Audited"",""date"":""2024-01-05""},{""type"":""Recertified"",""date"":""2024-12-20""}]}";

            Assert.Equal(state, Evaluate(policy, json, asOf).Lifecycles.Single().Result!.State.Name);
        }

        [Fact]
        public void A_deadline_already_past_when_its_state_is_entered_takes_effect_on_entering()
        {
            // Suspended on 2025-01-06 and restored on 2025-03-01 without a new audit: the audit is still overdue, so the
            // deadline fires again on the day of restoring, not on a day before the state was entered.
            var policy = Compile(@"
policy ""P""
event Passed
event Restored
schema Certificate key id { id: text, issued: date, events: history }
lifecycle certificate
  history events
  initial active on issued
  state active
  state suspended
  transition S-1 active -> suspended after 1 year since last Passed cites ""RD-3.6""
  transition R-1 suspended -> active on Restored cites ""RD-4.20""
");
            var json = @"{""id"":""C"",""issued"":""2023-01-10"",""events"":[{""type"":""Passed"",""date"":""2024-01-05""},{""type"":""Restored"",""date"":""2025-03-01""}]}";

            var result = Evaluate(policy, json, "2025-06-01").Lifecycles.Single().Result!;

            Assert.Equal(("suspended", Date("2025-03-01")), (result.State.Name, result.Since));
            Assert.Equal(new[] { "active", "suspended", "active", "suspended" }, result.Timeline.Select(t => t.State.Name));
        }

        [Fact]
        public void An_unknown_event_type_is_a_record_error()
        {
            var read = CompliancePolicy.Records.RecordReader.ReadString(Record(("AnnualAuditPased", "2024-01-05")), "c.json", Certificate.Schema).Single();

            Assert.False(read.IsValid);
            var diagnostic = Assert.Single(read.Diagnostics);
            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("Unknown event type 'AnnualAuditPased'; did you mean 'AnnualAuditPassed'?", diagnostic.Message);
            Assert.Equal(new[] { "AnnualAuditPassed" }, diagnostic.Suggestions);
            Assert.Equal("$.events[0].type", diagnostic.Location!.JsonPath);
        }
    }
}
