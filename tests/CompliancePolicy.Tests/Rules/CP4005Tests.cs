using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4005 UnknownEventType: a trigger or deadline naming an event type that is not declared.</summary>
    public class CP4005UnknownEventTypeTests
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
                  transition T-1 active -> suspended after 12 months since last [|AuditPased|] cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4005");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("No event type 'AuditPased' is declared; did you mean 'AuditPassed'?", diagnostic.Message);
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
                  transition T-1 active -> suspended after 12 months since last AuditPassed cites "RD-3.6"
                  ignore AuditFailed in active "a failed audit changes nothing by itself"
                """, "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
