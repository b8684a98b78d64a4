using System.Linq;
using CompliancePolicy.Evaluation.Lifecycles;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// Transitions from several states and from every non-final state, and the events a replay ignores: each event
    /// that caused no transition is in the result with its date, type, the state it met and why.
    /// </summary>
    public class IgnoredEventTests
    {
        internal const string PolicyText = @"
policy ""After-sales certificate""
event CertificateIssued
event SurveillancePassed
event NonconformityFound
event NonconformityClosed
event FeesUnpaid
event CertificateGivenUp
schema Client key id { id: text, applied: date, events: history }

lifecycle certificate
  history events
  initial applicant on applied
  state applicant
  state certified
  state rectifying
  state suspended
  final state revoked
  final state expired

  transition C-1 applicant -> certified on CertificateIssued
  transition N-1 certified -> rectifying on NonconformityFound
  transition N-2 rectifying -> certified on NonconformityClosed
  transition N-3 rectifying -> suspended after 2 months since entering priority 2
  transition S-1 certified -> suspended after 12 months since last SurveillancePassed or CertificateIssued priority 2
  transition S-2 certified, rectifying -> suspended on FeesUnpaid when count(history(FeesUnpaid)) >= 2
  transition V-1 suspended -> revoked after 6 months since entering priority 2
  transition V-2 any -> revoked on CertificateGivenUp
  transition E-1 any except applicant -> expired after 3 years since last CertificateIssued priority 1
  ignore SurveillancePassed, NonconformityFound, NonconformityClosed, FeesUnpaid in applicant ""no certificate yet""
  ignore CertificateIssued in certified, rectifying, suspended ""recertification is not modelled here""
  ignore NonconformityClosed in certified ""nothing open""
  ignore SurveillancePassed, NonconformityFound in rectifying ""one rectification at a time""
  ignore SurveillancePassed, NonconformityFound, NonconformityClosed, FeesUnpaid in suspended ""already suspended""
";

        private static readonly Policy Certificate = Compile(PolicyText);

        private static string Client(params string[] events) =>
            @"{""id"":""CL-1"",""applied"":""2024-01-10"",""events"":[" + string.Join(",", events) + "]}";

        private static string On(string type, string date) => $@"{{""type"":""{type}"",""date"":""{date}""}}";

        private static LifecycleResult Replay(string json, string asOf)
        {
            var outcome = Evaluate(Certificate, json, asOf).Lifecycles.Single();
            Assert.False(outcome.IsError, outcome.Error);
            return outcome.Result!;
        }

        [Fact]
        public void The_sample_policy_of_this_test_has_no_lifecycle_warning()
        {
            Assert.DoesNotContain(PolicyCompiler.Compile(PolicyText, "test.policy").Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Theory]
        [InlineData("2024-03-01", "certified")]
        [InlineData("2024-06-01", "rectifying")]
        public void A_transition_from_several_states_fires_from_each_of_them(string givenUp, string from)
        {
            var json = Client(On("CertificateIssued", "2024-02-01"), On("NonconformityFound", "2024-05-01"), On("CertificateGivenUp", givenUp));

            var result = Replay(json, "2024-07-01");

            Assert.Equal(("revoked", givenUp), (result.State.Name, result.Since.ToString()));
            Assert.Equal(from, result.Timeline[result.Timeline.Count - 2].State.Name);
        }

        [Fact]
        public void Any_leaves_every_non_final_state_but_its_target_and_those_excepted()
        {
            var transitions = Certificate.Lifecycles.Single().Transitions;

            Assert.Equal("applicant, certified, rectifying, suspended -> revoked", transitions.Single(t => t.Id == "V-2").Route);
            Assert.Equal("certified, rectifying, suspended -> expired", transitions.Single(t => t.Id == "E-1").Route);
        }

        [Theory]
        [InlineData("2027-01-31", "suspended")]
        [InlineData("2027-02-01", "suspended")] // the last day of the validity
        [InlineData("2027-02-02", "expired")]
        public void The_validity_ends_in_a_state_entered_after_the_certificate_was_issued(string asOf, string state)
        {
            // Suspended for a nonconformity not closed in 2 months (2026-10-01 + 2 months): expiry from 'any except applicant' applies there too.
            var json = Client(On("CertificateIssued", "2024-02-01"), On("SurveillancePassed", "2025-01-15"), On("SurveillancePassed", "2026-01-10"),
                On("NonconformityFound", "2026-10-01"));

            Assert.Equal(state, Replay(json, asOf).State.Name);
        }

        [Fact]
        public void An_event_no_transition_takes_is_listed_with_its_date_type_state_and_the_declared_reason()
        {
            var json = Client(On("CertificateIssued", "2024-02-01"), On("NonconformityFound", "2024-05-01"), On("SurveillancePassed", "2024-05-20"));

            var ignored = Assert.Single(Replay(json, "2024-06-01").IgnoredEvents);

            Assert.Equal(("2024-05-20", "SurveillancePassed", "rectifying"), (ignored.Date.ToString(), ignored.EventType.Name, ignored.State!.Name));
            Assert.Equal(IgnoredEventReason.Declared, ignored.Reason);
            Assert.Equal("declared: one rectification at a time", ignored.Explanation);
        }

        [Fact]
        public void An_event_whose_transitions_all_decline_it_is_listed_with_them()
        {
            var json = Client(On("CertificateIssued", "2024-02-01"), On("FeesUnpaid", "2024-03-01"), On("FeesUnpaid", "2024-04-01"));

            var result = Replay(json, "2024-05-01");

            var ignored = Assert.Single(result.IgnoredEvents);
            Assert.Equal(("2024-03-01", "certified", IgnoredEventReason.ConditionFalse), (ignored.Date.ToString(), ignored.State!.Name, ignored.Reason));
            Assert.Equal("S-2", Assert.Single(ignored.Declined).Id);
            Assert.Equal("the condition of S-2 did not hold", ignored.Explanation);
            Assert.Equal(("suspended", "2024-04-01"), (result.State.Name, result.Since.ToString()));
        }

        [Fact]
        public void An_event_in_a_final_state_and_one_before_the_start_are_listed_too()
        {
            var json = Client(On("FeesUnpaid", "2023-12-01"), On("CertificateIssued", "2024-02-01"), On("CertificateGivenUp", "2024-03-01"),
                On("NonconformityFound", "2024-04-01"));

            var ignored = Replay(json, "2024-05-01").IgnoredEvents;

            Assert.Equal(new[] { ("2023-12-01", (string?)null, IgnoredEventReason.BeforeStart), ("2024-04-01", "revoked", IgnoredEventReason.FinalState) },
                ignored.Select(i => (i.Date.ToString(), i.State?.Name, i.Reason)));
        }

        [Fact]
        public void An_event_a_deadline_is_measured_from_says_which_deadlines_it_moved()
        {
            var text = PolicyText.Replace("  ignore CertificateIssued in certified", "  ignore CertificateIssued in rectifying, suspended \"x\"\n  ignore SurveillancePassed in certified \"counts for S-1\"\n  ignore CertificateIssued in certified");
            var policy = PolicyCompiler.Compile(text, "test.policy").Policies.Single();
            var json = Client(On("CertificateIssued", "2024-02-01"), On("SurveillancePassed", "2025-01-15"));

            var ignored = Assert.Single(Evaluate(policy, json, "2025-02-01").Lifecycles.Single().Result!.IgnoredEvents);

            Assert.Equal(new[] { "S-1" }, ignored.Restarts);
        }

        [Fact]
        public void An_undeclared_event_that_restarts_a_deadline_is_no_silent_drop_and_says_what_it_restarted()
        {
            // CP4009 counts the clock of S-1 (since last SurveillancePassed) as taking the event in certified: no warning.
            var compilation = PolicyCompiler.Compile(PolicyText, "test.policy");
            var json = Client(On("CertificateIssued", "2024-02-01"), On("SurveillancePassed", "2025-01-15"));

            var ignored = Assert.Single(Evaluate(compilation.Policies.Single(), json, "2025-02-01").Lifecycles.Single().Result!.IgnoredEvents);

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP4009" && d.Message.Contains("'SurveillancePassed' is ignored in state 'certified'"));
            Assert.Equal((IgnoredEventReason.RestartsDeadlines, "no transition takes SurveillancePassed in certified; it restarts S-1"), (ignored.Reason, ignored.Explanation));
        }

        [Fact]
        public void An_event_the_lifecycle_does_not_expect_is_listed_as_no_transition_when_nothing_declares_it()
        {
            var text = PolicyText.Replace("  ignore NonconformityClosed in certified \"nothing open\"\n", string.Empty);
            var compilation = PolicyCompiler.Compile(text, "test.policy");
            var json = Client(On("CertificateIssued", "2024-02-01"), On("NonconformityClosed", "2024-03-01"));

            var ignored = Assert.Single(Evaluate(compilation.Policies.Single(), json, "2024-04-01").Lifecycles.Single().Result!.IgnoredEvents);

            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP4009" && d.Message.StartsWith("Event 'NonconformityClosed' is ignored in state 'certified'"));
            Assert.Equal((IgnoredEventReason.NoTransition, "no transition takes NonconformityClosed in certified"), (ignored.Reason, ignored.Explanation));
        }
    }
}
