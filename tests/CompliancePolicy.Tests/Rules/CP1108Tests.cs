using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1108 Table key is not an integer: band tables look up whole numbers; decimal thresholds are what <c>tiers</c> are for.</summary>
    public class CP1108TableKeyNotIntegerTests
    {
        [Fact]
        public void A_decimal_table_key_is_reported_at_the_key_type()
        {
            var policy = AnnotatedText.Parse("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  score: decimal
                }

                table grade(score: [|decimal|]) -> text {
                  up to 69 => "fail"
                  70 or more => "compliant"
                  otherwise => "fail"
                }

                clause GRADE-1 "The client reaches a grade"
                  cites "RD-4.8"
                  require grade(score) != "fail"
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1108", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("The key of table 'grade' is a decimal; band tables look up integers (use 'tiers' for decimal thresholds)", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Tiers_over_a_decimal_key_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  score: decimal
                }

                tiers grade(score: decimal) -> text {
                  at least 70 => "compliant"
                  otherwise => "fail"
                }

                clause GRADE-1 "The client reaches a grade"
                  cites "RD-4.8"
                  require grade(score) != "fail"
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
