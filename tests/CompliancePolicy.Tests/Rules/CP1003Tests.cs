using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1003 Unknown type: a type name that is neither built in nor declared as an enum or record.</summary>
    public class CP1003UnknownTypeTests
    {
        [Fact]
        public void A_misspelled_type_is_reported_at_the_type_with_the_closest_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: [|dat|]
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + 3 months <= as_of
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1003", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Unknown type 'dat'; did you mean 'date'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void An_undeclared_record_type_in_a_list_is_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  penalties: list of [|Penalty|]
                }

                clause ELIG-4 "No administrative penalty"
                  cites "RD-2.4"
                  require count(penalties) = 0
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1003", diagnostic.Id);
            Assert.Equal("Unknown type 'Penalty'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Built_in_and_declared_types_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                record Penalty { date: date, authority: text }

                schema Organisation key id {
                  id: text
                  sms_established: date
                  penalties: list of Penalty
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + 3 months <= as_of and count(penalties) = 0
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
