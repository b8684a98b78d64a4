using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4002 StateWithoutExit: a non-final state with no transition out.</summary>
    public class CP4002StateWithoutExitTests
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
                  state [|suspended|]
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4002");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("State 'suspended' of lifecycle 'certificate' has no transition out of it; mark it 'final state' if that is intended", diagnostic.Message);
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
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                  ignore AuditPassed in active "a passed audit changes nothing"
                """, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
