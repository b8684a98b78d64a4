using System.Linq;
using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Lifecycles
{
    /// <summary>
    /// RD-1.1..1.4: falsified material suspends the service with a written warning and terminates it unless rectified
    /// within the cure period; three consecutive missed milestones or too much cumulative delay pause it, and no
    /// progress within the waiting period terminates it.
    /// </summary>
    public class AgreementTerminationTests
    {
        internal const string AgreementPolicyText = @"
policy ""Expedited consultancy termination""
event FalsificationFound
event Rectified
event RefusedToCooperate
event MilestoneMissed
event MilestoneMet
event DelayRecorded { days: int }
schema Engagement key id { id: text, signed: date, events: history }
let cumulative_delay_days = sum([d.days for d in history(DelayRecorded)])
decision cumulative_delay = cumulative_delay_days
param cure_period: duration = 30 days ""RD-1.2: stipulated in the agreement; the seed gives none""
param delay_threshold: int = 30 ""RD-1.3: agreed cumulative delay in days""
param no_progress_period: duration = 60 days ""RD-1.4: not given by the seed""

lifecycle agreement
  history events
  initial active on signed
  state active
  state suspended_with_warning
  state paused
  final state terminated

  transition W-1 ""Falsified material found"" active -> suspended_with_warning on FalsificationFound cites ""RD-1.1""
  transition W-2 ""Rectified in time"" suspended_with_warning -> active on Rectified cites ""RD-1.2""
  transition W-3 ""Not rectified within the cure period"" suspended_with_warning -> terminated
    after cure_period since entering cites ""RD-1.2""
  transition W-4 ""Refused to cooperate"" suspended_with_warning -> terminated on RefusedToCooperate cites ""RD-1.2""
  transition P-1 ""Three consecutive missed milestones"" active -> paused
    on MilestoneMissed when streak(MilestoneMissed, MilestoneMet) >= 3 cites ""RD-1.3""
  transition P-2 ""Cumulative delay over the threshold"" active -> paused
    on DelayRecorded when cumulative_delay_days > delay_threshold cites ""RD-1.3""
  transition P-3 ""Progress resumed"" paused -> active on MilestoneMet cites ""RD-1.4""
  transition P-4 ""No substantive progress"" paused -> terminated after no_progress_period since entering cites ""RD-1.4""
";

        private static readonly Policy Agreement = Compile(AgreementPolicyText);

        private static string Engagement(params string[] events) =>
            @"{""id"":""E-1"",""signed"":""2026-01-05"",""events"":[" + string.Join(",", events) + "]}";

        private static string On(string type, string date, string extra = "") =>
            $@"{{""type"":""{type}"",""date"":""{date}""{extra}}}";

        private static string StateOf(string json, string asOf)
        {
            var outcome = Evaluate(Agreement, json, asOf).Lifecycles.Single();
            Assert.False(outcome.IsError, outcome.Error);
            return outcome.Result!.State.Name;
        }

        [Theory]
        [InlineData("2026-03-31", "suspended_with_warning")]
        [InlineData("2026-04-01", "terminated")]  // 30 days after 2026-03-01 was the last day to rectify
        public void Falsified_material_not_rectified_within_the_cure_period_terminates(string asOf, string state)
        {
            Assert.Equal(state, StateOf(Engagement(On("FalsificationFound", "2026-03-01")), asOf));
        }

        [Fact]
        public void Rectifying_on_the_last_day_of_the_cure_period_is_in_time()
        {
            var json = Engagement(On("FalsificationFound", "2026-03-01"), On("Rectified", "2026-03-31"));

            Assert.Equal("active", StateOf(json, "2026-06-01"));
        }

        [Fact]
        public void Rectifying_the_day_after_is_too_late()
        {
            var json = Engagement(On("FalsificationFound", "2026-03-01"), On("Rectified", "2026-04-01"));

            Assert.Equal("terminated", StateOf(json, "2026-06-01"));
        }

        [Fact]
        public void Three_consecutive_missed_milestones_pause_the_service()
        {
            var json = Engagement(On("MilestoneMissed", "2026-02-01"), On("MilestoneMissed", "2026-02-15"), On("MilestoneMissed", "2026-03-01"));

            Assert.Equal("active", StateOf(json, "2026-02-28"));
            Assert.Equal("paused", StateOf(json, "2026-03-01"));
        }

        [Fact]
        public void A_met_milestone_breaks_the_streak()
        {
            var json = Engagement(On("MilestoneMissed", "2026-02-01"), On("MilestoneMissed", "2026-02-15"), On("MilestoneMet", "2026-02-20"), On("MilestoneMissed", "2026-03-01"));

            Assert.Equal("active", StateOf(json, "2026-03-10"));
        }

        [Theory]
        [InlineData(30, "active")]
        [InlineData(31, "paused")]
        public void Cumulative_delay_above_the_threshold_pauses_the_service(int secondDelay, string state)
        {
            var json = Engagement(On("DelayRecorded", "2026-02-01", @",""days"":0"), On("DelayRecorded", "2026-02-10", $@",""days"":{secondDelay}"));

            Assert.Equal(state, StateOf(json, "2026-02-11"));
        }

        [Fact]
        public void A_let_that_reads_the_history_sees_the_events_so_far_during_the_replay_and_all_of_them_after()
        {
            var json = Engagement(On("DelayRecorded", "2026-02-01", @",""days"":20"), On("DelayRecorded", "2026-02-10", @",""days"":15"));
            var evaluation = Evaluate(Agreement, json, "2026-02-11");

            Assert.Equal("paused", evaluation.Lifecycles.Single().Result!.State.Name);
            Assert.Equal(35m, evaluation.Decision("cumulative_delay"));
        }

        [Fact]
        public void No_progress_within_the_waiting_period_terminates_a_paused_agreement()
        {
            var json = Engagement(On("MilestoneMissed", "2026-02-01"), On("MilestoneMissed", "2026-02-15"), On("MilestoneMissed", "2026-03-01"));
            var result = Evaluate(Agreement, json, "2026-05-01").Lifecycles.Single().Result!;

            Assert.Equal("terminated", result.State.Name);
            var last = result.Timeline.Last();
            Assert.Equal("P-4", last.Transition!.Id);
            Assert.Equal(Date("2026-05-01"), last.From);
        }
    }
}
