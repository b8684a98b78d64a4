using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1015 Unknown clause: <c>passed(ID)</c> or <c>failed(ID)</c> naming a clause the policy does not have.</summary>
    public class CP1015UnknownClauseTests
    {
        [Fact]
        public void A_misspelled_clause_ID_is_reported_at_the_ID_with_the_closest_one()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3

                decision eligible = passed([|ELIG-21|])
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1015", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("No clause has the ID 'ELIG-21'; did you mean 'ELIG-12'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_declared_clause_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3

                decision eligible = passed(ELIG-12)
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
