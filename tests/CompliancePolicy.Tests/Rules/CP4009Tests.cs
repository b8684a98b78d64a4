using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4009 EventIgnored: an event type of the history that no transition takes in a reachable state.</summary>
    public class CP4009EventIgnoredTests
    {
        private const string Head = """
            policy "Certificate"
            event NonconformityFound
            event NonconformityClosed
            event FeesUnpaid
            schema Client key id { id: text, applied: date, events: history }
            lifecycle certificate
              history events
              initial certified on applied

            """;

        private const string Lifecycle = Head + """
              state certified
              state rectifying
              final state suspended
              transition N-1 certified -> rectifying on NonconformityFound cites "RD-4.13"
              transition N-2 rectifying -> certified on NonconformityClosed cites "RD-4.13"
              transition S-2 certified -> suspended on FeesUnpaid cites "RD-4.18"
              ignore NonconformityClosed in certified "nothing is open to close"
              ignore NonconformityFound in rectifying "one rectification at a time"

            """;

        [Fact]
        public void It_is_reported_at_the_state_for_each_event_no_transition_takes_there()
        {
            var policy = AnnotatedText.Parse(Lifecycle.Replace("  state rectifying", "  state [|rectifying|]"));

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4009");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Event 'FeesUnpaid' is ignored in state 'rectifying': no transition of lifecycle 'certificate' takes it there; "
                + "add one, or declare 'ignore FeesUnpaid in rectifying \"why\"'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            var related = Assert.Single(diagnostic.RelatedLocations);
            Assert.Equal("FeesUnpaid", policy.Text.Substring(related.Location.Span.Start, related.Location.Span.Length));
        }

        [Fact]
        public void Final_and_unreachable_states_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle.Replace("state rectifying", "state rectifying\n  state archived"), "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP4009" && (d.Message.Contains("'suspended'") || d.Message.Contains("'archived'")));
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP4001");
        }

        [Fact]
        public void An_event_a_deadline_of_the_state_is_measured_from_is_not_ignored_there()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle.Replace(
                "  ignore NonconformityClosed in certified \"nothing is open to close\"\n",
                "  transition S-1 certified -> suspended after 12 months since last NonconformityClosed priority 1 cites \"RD-4.11\"\n"), "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP4009" && d.Message.StartsWith("Event 'NonconformityClosed' is ignored in state 'certified'"));
        }

        [Fact]
        public void A_transition_from_several_states_or_an_ignore_declaration_takes_the_event()
        {
            var shared = Lifecycle.Replace("S-2 certified -> suspended", "S-2 certified, rectifying -> suspended");
            var declared = Lifecycle + "  ignore FeesUnpaid in rectifying \"already being rectified\"\n";

            Assert.DoesNotContain(PolicyCompiler.Compile(shared, "test.policy").Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(PolicyCompiler.Compile(declared, "test.policy").Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Fact]
        public void The_fixes_let_a_transition_on_the_event_fire_there_or_declare_it_ignored()
        {
            var diagnostic = FixHarness.Single(Lifecycle, "CP4009");

            Assert.Null(diagnostic.PreferredFix); // both change what the lifecycle does, or need a reason: never applied by lint --fix
            Assert.Equal(new[] { "Let S-2 fire in rectifying too", "Declare FeesUnpaid ignored in rectifying" }, diagnostic.Fixes.Select(f => f.Title));
            var shared = FixHarness.Applied(Lifecycle, diagnostic.Fixes[0]);
            var declared = FixHarness.Applied(Lifecycle, diagnostic.Fixes[1]);

            Assert.Contains("transition S-2 certified, rectifying -> suspended on FeesUnpaid", shared);
            Assert.EndsWith("  ignore NonconformityFound in rectifying \"one rectification at a time\"\n  ignore FeesUnpaid in rectifying \"TODO: why this changes nothing\"\n", declared);
            Assert.DoesNotContain(FixHarness.Compile(shared).Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(FixHarness.Compile(declared).Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Fact]
        public void A_suppression_comment_silences_it_too()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle.Replace("  state rectifying",
                "  # compliance-disable-next-line CP4009 -- fees are only chased once the nonconformity is closed\n  state rectifying"), "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP4009");
        }
    }
}
