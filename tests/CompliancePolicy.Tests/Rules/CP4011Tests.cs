using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4011 ValidityOutlived: a state a record can be in after a validity end that does not apply there.</summary>
    public class CP4011ValidityOutlivedTests
    {
        private const string Lifecycle = """
            policy "Certificate status"
            event AuditFailed
            event RectificationAccepted
            schema Certificate key id { id: text, issued: date, events: history }
            lifecycle certificate
              history events
              initial active on issued
              state active
              state rectifying
              final state expired
              transition F-1 active -> rectifying on AuditFailed cites "RD-2.8"
              transition F-2 rectifying -> active on RectificationAccepted cites "RD-2.8"
              transition E-1 active -> expired after 3 years since start cites "RD-2.7"
              ignore RectificationAccepted in active "nothing to rectify"
              ignore AuditFailed in rectifying "already rectifying"

            """;

        [Fact]
        public void It_is_reported_at_the_state_that_outlives_the_validity()
        {
            var policy = AnnotatedText.Parse(Lifecycle.Replace("  state rectifying", "  state [|rectifying|]"));

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4011");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("State 'rectifying' can outlive 'E-1' (after 3 years since start): a record that enters it from 'active' stays in 'rectifying' "
                + "past that date; add 'rectifying' to the states of 'E-1', or declare 'ignore E-1 in rectifying \"why\"'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_fixes_let_the_validity_end_there_too_or_declare_that_it_does_not()
        {
            var diagnostic = FixHarness.Single(Lifecycle, "CP4011");

            Assert.Equal(new[] { "Let E-1 end the validity in rectifying too", "Declare E-1 ignored in rectifying" }, diagnostic.Fixes.Select(f => f.Title));
            var ending = FixHarness.Applied(Lifecycle, diagnostic.Fixes[0]);
            var declared = FixHarness.Applied(Lifecycle, diagnostic.Fixes[1]);

            Assert.Contains("transition E-1 active, rectifying -> expired", ending);
            Assert.Contains("  ignore E-1 in rectifying \"TODO: why this changes nothing\"\n", declared);
            Assert.DoesNotContain(FixHarness.Compile(ending).Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(FixHarness.Compile(declared).Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Theory]
        [InlineData("after 3 years since start", "after 3 years since entering")] // measured per state: not a validity
        [InlineData("active -> expired after", "active -> rectifying after")] // not into a final state: not its end
        public void Only_a_fixed_date_into_a_final_state_is_a_validity_end(string written, string instead)
        {
            var text = Lifecycle.Replace(written, instead).Replace("final state expired", "final state expired\n  final state revoked");

            Assert.DoesNotContain(PolicyCompiler.Compile(text, "test.policy").Diagnostics, d => d.Id == "CP4011");
        }

        [Fact]
        public void A_state_entered_only_before_the_validity_starts_is_not_reported()
        {
            var text = Lifecycle.Replace("initial active on issued", "initial applicant on issued")
                .Replace("  state active", "  state applicant\n  state active")
                .Replace("transition F-1", "transition C-1 applicant -> active on RectificationAccepted cites \"RD-4.2\"\n  transition F-1")
                .Replace("transition E-1 active ->", "transition E-1 active, rectifying ->")
                .Replace("ignore AuditFailed in rectifying", "ignore AuditFailed in applicant, rectifying");

            Assert.DoesNotContain(PolicyCompiler.Compile(text, "test.policy").Diagnostics, d => d.Id.StartsWith("CP4"));
        }
    }
}
