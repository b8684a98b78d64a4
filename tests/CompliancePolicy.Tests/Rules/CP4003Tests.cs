using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4003 TransitionNeverFires: a transition out of a final state.</summary>
    public class CP4003TransitionNeverFiresTests
    {
        [Fact]
        public void It_is_reported_at_the_offending_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "Certificate status"
                event AuditPassed
                event AuditFailed
                schema Certificate key id { id: text, issued: date, events: history }
                lifecycle certificate
                  history events
                  initial active on issued
                  state active
                  final state revoked
                  transition T-1 active -> revoked on AuditFailed cites "RD-3.6"
                  transition T-2 [|revoked|] -> active on AuditPassed cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4003");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Transition 'T-2' can never fire: it leaves 'revoked', a final state", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_corrected_lifecycle_is_clean()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "Certificate status"
                event AuditPassed
                event AuditFailed
                schema Certificate key id { id: text, issued: date, events: history }
                lifecycle certificate
                  history events
                  initial active on issued
                  state active
                  state revoked
                  transition T-1 active -> revoked on AuditFailed cites "RD-3.6"
                  transition T-2 revoked -> active on AuditPassed cites "RD-3.6"
                  ignore AuditPassed in active "a passed audit changes nothing"
                  ignore AuditFailed in revoked "already revoked"
                """, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
