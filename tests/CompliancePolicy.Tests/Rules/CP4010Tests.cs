using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4010 DeadlinePreempted: a deadline transition that a shorter one always beats in a state it leaves.</summary>
    public class CP4010DeadlinePreemptedTests
    {
        private const string Lifecycle = """
            policy "Agreement"
            event Warned
            event Rectified
            schema Engagement key id { id: text, signed: date, events: history }
            param cure_period: duration = 30 days
            lifecycle agreement
              history events
              initial active on signed
              state active
              state warned
              final state terminated
              final state lapsed
              transition W-1 active -> warned on Warned cites "RD-1.1"
              transition W-2 warned -> active on Rectified cites "RD-1.2"
              transition W-3 warned -> terminated after 30 days since entering priority 1 cites "RD-1.2"
              transition L-1 active, warned -> lapsed after 60 days since entering priority 2 cites "RD-1.4"
              ignore Rectified in active "nothing to rectify"
              ignore Warned in warned "already warned"

            """;

        [Fact]
        public void It_is_reported_at_the_state_in_the_list_of_the_transition_that_never_fires_there()
        {
            var policy = AnnotatedText.Parse(Lifecycle.Replace("L-1 active, warned ->", "L-1 active, [|warned|] ->"));

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4010");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Transition 'L-1' can never fire in state 'warned': 'W-3' (after 30 days since entering) always leaves 'warned' first", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_fix_removes_the_state_from_the_list()
        {
            var diagnostic = FixHarness.Single(Lifecycle, "CP4010");
            var fix = Assert.Single(diagnostic.Fixes);

            var fixedText = FixHarness.Applied(Lifecycle, fix);

            Assert.False(fix.IsPreferred);
            Assert.Contains("transition L-1 active -> lapsed", fixedText);
            Assert.DoesNotContain(FixHarness.Compile(fixedText).Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Fact]
        public void A_deadline_from_the_start_beats_a_longer_one_from_entering()
        {
            var text = Lifecycle.Replace("after 30 days since entering priority 1", "after 30 days since start priority 1");

            Assert.Single(PolicyCompiler.Compile(text, "test.policy").Diagnostics, d => d.Id == "CP4010");
        }

        [Theory]
        [InlineData("after 30 days since entering priority 1", "after 30 days since entering when count(history(Rectified)) = 0 priority 1")] // it may not fire
        [InlineData("after 30 days since entering priority 1", "after cure_period since entering priority 1")] // --param may change it
        [InlineData("after 30 days since entering priority 1", "after 1 month since entering priority 1")] // months and days have no order
        [InlineData("after 30 days since entering priority 1", "after 60 days since entering priority 1")] // same day: the priority decides
        [InlineData("after 60 days since entering priority 2", "after 60 days since start priority 2")] // the start may be long before entering
        public void What_cannot_be_decided_before_a_record_is_read_is_not_reported(string written, string instead)
        {
            var compilation = PolicyCompiler.Compile(Lifecycle.Replace(written, instead), "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP4010");
        }

        [Fact]
        public void From_the_same_fixed_date_the_shorter_must_also_win_a_tie()
        {
            // Both measured from the start: entered late, both are past and fire the day of entering, in priority order.
            var wins = Lifecycle.Replace("30 days since entering", "30 days since start").Replace("60 days since entering", "60 days since start");
            var loses = wins.Replace("priority 1", "priority 3");

            Assert.Single(PolicyCompiler.Compile(wins, "test.policy").Diagnostics, d => d.Id == "CP4010");
            Assert.DoesNotContain(PolicyCompiler.Compile(loses, "test.policy").Diagnostics, d => d.Id == "CP4010");
        }

        [Fact]
        public void The_corrected_lifecycle_is_clean()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle.Replace("L-1 active, warned ->", "L-1 active ->"), "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
