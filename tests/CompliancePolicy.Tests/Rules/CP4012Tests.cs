using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4012 IgnoreWithoutEffect: an ignore declaration that silences nothing.</summary>
    public class CP4012IgnoreWithoutEffectTests
    {
        private const string Lifecycle = """
            policy "Certificate status"
            event AuditFailed
            event AuditPassed
            schema Certificate key id { id: text, issued: date, events: history }
            lifecycle certificate
              history events
              initial active on issued
              state active
              state suspended
              final state revoked
              transition T-1 active -> suspended on AuditFailed cites "RD-2.8"
              transition T-2 suspended -> active on AuditPassed cites "RD-3.6"
              transition T-3 suspended -> revoked after 6 months since entering cites "RD-3.6"
              ignore AuditPassed in active "a passed audit changes nothing"
              ignore AuditFailed in suspended "already suspended"

            """;

        [Theory]
        [InlineData("ignore [|AuditFailed|] in active \"x\"", "'ignore AuditFailed in active' has no effect: transition 'T-1' takes AuditFailed in 'active'")]
        [InlineData("ignore AuditPassed in [|revoked|] \"x\"", "'ignore AuditPassed in revoked' has no effect: 'revoked' is a final state: every event is ignored there and no deadline applies")]
        [InlineData("ignore [|AuditPassed|] in active \"again\"", "'ignore AuditPassed in active' has no effect: it is already declared on line 14")]
        [InlineData("ignore [|T-3|] in suspended \"x\"", "'ignore T-3 in suspended' has no effect: 'T-3' applies in 'suspended'")]
        [InlineData("ignore [|AuditFailed|] in any except suspended \"x\"", "'ignore AuditFailed in any except suspended' has no effect: a transition takes AuditFailed in every state 'any' names")]
        public void It_is_reported_at_the_part_that_silences_nothing(string declaration, string message)
        {
            var policy = AnnotatedText.Parse(Lifecycle + "  " + declaration + "\n");

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4012");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal(message, diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Any_silences_only_the_states_no_transition_takes_the_event_in()
        {
            var text = Lifecycle.Replace("  ignore AuditFailed in suspended \"already suspended\"\n", "  ignore AuditFailed in any \"already suspended\"\n");

            var compilation = PolicyCompiler.Compile(text, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
        }

        [Fact]
        public void The_corrected_lifecycle_is_clean()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
