using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4008 UnknownLifecycleMember: <c>certificate.x</c> where the lifecycle has no member or state <c>x</c>.</summary>
    public class CP4008UnknownLifecycleMemberTests
    {
        [Fact]
        public void It_is_reported_at_the_member_with_what_the_lifecycle_has()
        {
            var policy = AnnotatedText.Parse("""
                policy "Certificate status"
                event AuditFailed
                schema Certificate key id { id: text, issued: date, events: history }
                lifecycle certificate
                  history events
                  initial active on issued
                  state active
                  final state suspended
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                clause C-1 "Not suspended"
                  cites "RD-3.6"
                  require certificate.[|stae|] != certificate.suspended
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP4008", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Lifecycle 'certificate' has no member 'stae'; it has 'state', 'since', 'started' and its states; did you mean 'state'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Its_members_and_states_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "Certificate status"
                event AuditFailed
                schema Certificate key id { id: text, issued: date, events: history }
                lifecycle certificate
                  history events
                  initial active on issued
                  state active
                  final state suspended
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                clause C-1 "Not suspended for long"
                  cites "RD-3.6"
                  require certificate.state != certificate.suspended or certificate.since within 30 days before as_of
                  unless certificate.started > as_of
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
