using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4001 UnreachableState: a state no transition leads to.</summary>
    public class CP4001UnreachableStateTests
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
                  final state [|withdrawn|]
                  transition T-1 active -> revoked on AuditFailed cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4001");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("State 'withdrawn' of lifecycle 'certificate' can never be reached: it is not the initial state and no transition leads to it", diagnostic.Message);
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
                  final state revoked
                  transition T-1 active -> revoked on AuditFailed cites "RD-3.6"
                  ignore AuditPassed in active "a passed audit changes nothing"
                """, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
