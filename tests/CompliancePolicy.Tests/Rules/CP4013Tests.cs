using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP4013 InvalidIgnoreSubject: an ignore declaration names something that is not an event type or a deadline transition.</summary>
    public class CP4013InvalidIgnoreSubjectTests
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
              final state suspended
              transition T-1 active -> suspended on AuditFailed cites "RD-2.8"

            """;

        [Theory]
        [InlineData("ignore [|AuditPased|] in active \"x\"", "'AuditPased' is neither an event type nor a transition of lifecycle 'certificate': 'ignore' names event types and deadline transitions; did you mean 'AuditPassed'?")]
        [InlineData("ignore [|T-1|] in active \"x\"", "'T-1' is a transition fired by an event (AuditFailed): 'ignore' names event types and deadline transitions (to ignore the event, name it: 'AuditFailed')")]
        public void It_is_an_error_at_the_name(string declaration, string message)
        {
            var policy = AnnotatedText.Parse(Lifecycle + "  " + declaration + "\n");

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP4013");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(message, diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Empty(compilation.Policies);
        }

        [Fact]
        public void A_misspelt_event_type_is_fixed_to_the_closest_one()
        {
            var text = Lifecycle + "  ignore AuditPased in active \"a passed audit changes nothing\"\n";

            Assert.Equal(text.Replace("AuditPased", "AuditPassed"), FixHarness.Fixed(text));
        }

        [Fact]
        public void The_corrected_lifecycle_is_clean()
        {
            var compilation = PolicyCompiler.Compile(Lifecycle + "  ignore AuditPassed in active \"a passed audit changes nothing\"\n", "test.policy");

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id.StartsWith("CP4"));
            Assert.DoesNotContain(compilation.Diagnostics, d => d.IsError);
        }
    }
}
