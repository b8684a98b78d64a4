using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4004 AmbiguousTransitions: two transitions competing for the same event without priorities.</summary>
    public class CP4004AmbiguousTransitionsTests
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
                  final state suspended
                  final state revoked
                  transition T-1 active -> suspended on AuditFailed cites "RD-2.8"
                  transition [|T-2|] active -> revoked on AuditFailed cites "RD-4.21"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4004");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Transitions 'T-1' and 'T-2' can both fire from state 'active' on the same AuditFailed event; give them different priorities ('priority 1' fires first)", diagnostic.Message);
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
                  final state suspended
                  final state revoked
                  transition T-1 active -> suspended on AuditFailed priority 2 cites "RD-2.8"
                  transition T-2 active -> revoked on AuditFailed priority 1 cites "RD-4.21"
                  ignore AuditPassed in active "a passed audit changes nothing"
                """, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
