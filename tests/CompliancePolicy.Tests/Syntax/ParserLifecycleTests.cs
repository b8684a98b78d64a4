using System.Linq;
using CompliancePolicy.Syntax;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    /// <summary>The lifecycle grammar's lists of states (<c>a, b -&gt; c</c>, <c>any</c>, <c>any except</c>) and ignore declarations.</summary>
    public class ParserLifecycleTests
    {
        private const string Head = "lifecycle certificate\n  history events\n  initial certified on applied\n  state certified\n  state rectifying\n  state suspended\n";

        private static LifecycleDeclarationSyntax Lifecycle(string members) => Declaration<LifecycleDeclarationSyntax>(Head + members);

        [Fact]
        public void A_transition_may_leave_several_named_states()
        {
            var transition = Lifecycle("  transition S-2 \"Fees unpaid\" certified, rectifying -> suspended on FeesUnpaid\n").Transitions.Single();

            Assert.False(transition.Sources.IsAny);
            Assert.Equal(new[] { "certified", "rectifying" }, transition.Sources.States.Select(s => s.Text));
            Assert.Empty(transition.Sources.Excepted);
            Assert.Equal("certified, rectifying", transition.Sources.Describe());
        }

        [Theory]
        [InlineData("any", new string[0], "any")]
        [InlineData("any except certified", new[] { "certified" }, "any except certified")]
        [InlineData("any  except certified ,rectifying", new[] { "certified", "rectifying" }, "any except certified, rectifying")]
        public void Any_names_every_non_final_state_less_those_after_except(string written, string[] excepted, string canonical)
        {
            var transition = Lifecycle($"  transition E-1 {written} -> suspended after 3 years since start\n").Transitions.Single();

            Assert.True(transition.Sources.IsAny);
            Assert.Empty(transition.Sources.States);
            Assert.Equal(excepted, transition.Sources.Excepted.Select(s => s.Text));
            Assert.Equal(canonical, transition.Sources.Describe());
        }

        [Fact]
        public void An_ignore_declaration_names_events_or_transitions_states_and_a_reason()
        {
            var lifecycle = Lifecycle("  ignore FeesUnpaid, E-1 in rectifying, suspended \"already suspended\"\n  ignore Audit in any except certified \"why\"\n");

            var first = lifecycle.Ignores[0];
            Assert.Equal(new[] { "FeesUnpaid", "E-1" }, first.Subjects.Select(s => s.Text));
            Assert.Equal(new[] { "rectifying", "suspended" }, first.States.States.Select(s => s.Text));
            Assert.Equal("already suspended", first.Reason.Value);
            Assert.True(lifecycle.Ignores[1].States.IsAny);
            Assert.Equal("certified", Assert.Single(lifecycle.Ignores[1].States.Excepted).Text);
        }

        [Fact]
        public void Members_keep_their_kind_in_any_order()
        {
            var lifecycle = Lifecycle("  ignore FeesUnpaid in certified \"x\"\n  transition T-1 certified -> suspended on Audit\n  state archived\n");

            Assert.Single(lifecycle.Ignores);
            Assert.Single(lifecycle.Transitions);
            Assert.Equal(4, lifecycle.States.Length);
        }

        [Theory]
        [InlineData("  state any\n", "a state name other than 'any'")]
        [InlineData("  ignore FeesUnpaid in certified\n", "the reason, in quotes")]
        [InlineData("  ignore in certified \"x\"\n", "'in'")]
        [InlineData("  transition T-1 certified, -> suspended on Audit\n", "identifier")]
        public void A_malformed_part_is_a_syntax_error_saying_what_was_expected(string members, string expected)
        {
            var file = ParseFile(Head + members);

            var error = Assert.Single(file.Diagnostics);
            Assert.Equal("CP0001", error.Id);
            Assert.Contains(expected, error.Message);
        }
    }
}
