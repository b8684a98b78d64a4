using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4007 InvalidHistory: a lifecycle replaying a field that is not a history.</summary>
    public class CP4007InvalidHistoryTests
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
                  history [|issued|]
                  initial active on issued
                  state active
                  final state suspended
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4007");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Field 'issued' is a date; a lifecycle replays a field of type 'history'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_misspelt_history_field_suggests_the_history_field_and_a_fix_renames_it()
        {
            var policy = AnnotatedText.Parse("""
                policy "Certificate status"
                event AuditFailed
                schema Certificate key id { id: text, issued: date, events: history }
                lifecycle certificate
                  history [|event|]
                  initial active on issued
                  state active
                  final state suspended
                  transition T-1 active -> suspended on AuditFailed cites "RD-3.6"
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics, d => d.Id == "CP4007");

            Assert.Equal("The schema has no field 'event'; did you mean 'events'?", diagnostic.Message);
            Assert.Equal(new[] { "events" }, diagnostic.Suggestions);
            Assert.Equal(new TextEdit("test.policy", policy.Span, "events"), Assert.Single(diagnostic.PreferredFix!.Edits));
        }

        [Fact]
        public void History_in_a_policy_without_a_history_field_says_so()
        {
            var policy = AnnotatedText.Parse("""
                policy "Certificate status"
                event AuditFailed
                schema Certificate key id { id: text, failures: int }
                clause C-1 "No failed audit"
                  cites "RD-3.6"
                  require count([|history|](AuditFailed)) = 0 or failures = 0
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics, d => d.Id == "CP4007");

            Assert.Equal("'history' reads the record's events, but schema Certificate has no field of type 'history'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Empty(diagnostic.Suggestions);
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
