using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4006 UnknownState: a transition naming a state the lifecycle does not have.</summary>
    public class CP4006UnknownStateTests
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
                  transition T-1 active -> [|suspnded|] on AuditFailed cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4006");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Lifecycle 'certificate' has no state 'suspnded'; did you mean 'suspended'?", diagnostic.Message);
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
