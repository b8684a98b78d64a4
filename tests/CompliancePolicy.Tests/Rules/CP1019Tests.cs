using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1019 Not an optional value: <c>is present</c>, <c>is missing</c> or <c>??</c> applied to a value that is never missing.</summary>
    public class CP1019OptionalMisuseTests
    {
        [Fact]
        public void Is_present_on_a_required_field_is_reported_at_the_operand()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  applies when [|audit_date|] is present
                  require sms_established + 3 months <= audit_date
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1019", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'audit_date' is a date, which is never missing; 'is present' applies only to optional values", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_fallback_for_a_required_field_is_reported_at_its_left_side()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + 3 months <= ([|audit_date|] ?? as_of)
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1019", diagnostic.Id);
            Assert.Equal("'audit_date' is a date, which is never missing; '??' applies only to optional values", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Presence_tests_and_fallbacks_on_an_optional_field_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date?
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  applies when audit_date is present
                  require sms_established + 3 months <= (audit_date ?? as_of)
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
