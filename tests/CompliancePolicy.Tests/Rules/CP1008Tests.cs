using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1008 Wrong number of arguments: a built-in function, table or tiers called with too many or too few arguments.</summary>
    public class CP1008WrongArgumentCountTests
    {
        [Fact]
        public void Round_without_a_rounding_mode_is_reported_at_the_whole_call()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 certification fees"

                schema Certificate key number {
                  number: text
                  base_fee: decimal
                  reassessment_fee: decimal
                }

                clause FEE-1 "The re-assessment fee is 30% of the base fee"
                  cites "RD-2.8"
                  require reassessment_fee = [|round(base_fee * 30%, 2)|]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1008", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'round' takes 3 arguments (value, decimal places, mode) but was given 2", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_table_called_with_two_keys_is_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  headcount: int
                  audit_days: decimal
                }

                table person_days(headcount: int) -> decimal {
                  1 to 25 => 2
                  26 or more => 3
                  otherwise => error "headcount {headcount} is not positive"
                }

                clause TIME-1 "The initial audit takes the table's person-days"
                  cites "RD-4.6"
                  require audit_days >= [|person_days(headcount, 2)|]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1008", diagnostic.Id);
            Assert.Equal("'person_days' takes 1 argument but was given 2", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Calls_with_the_right_number_of_arguments_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 certification fees"

                schema Certificate key number {
                  number: text
                  base_fee: decimal
                  reassessment_fee: decimal
                }

                clause FEE-1 "The re-assessment fee is 30% of the base fee"
                  cites "RD-2.8"
                  require reassessment_fee = round(base_fee * 30%, 2, half_up)
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
