using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1005 Operator type mismatch: an operator (or <c>in</c>, <c>min</c>, <c>max</c>) applied to operands it does not accept.</summary>
    public class CP1005OperatorTypeMismatchTests
    {
        [Fact]
        public void Adding_a_bare_number_to_a_date_is_reported_at_the_operator()
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
                  require sms_established [|+|] 3 <= audit_date
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1005", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Operator '+' cannot be applied to a date and an int", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Comparing_text_with_a_number_is_reported_at_the_operator()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: text
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff [|>=|] 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1005", diagnostic.Id);
            Assert.Equal("Operator '>=' cannot be applied to a text and an int", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_date_plus_a_duration_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + 3 months <= audit_date
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
