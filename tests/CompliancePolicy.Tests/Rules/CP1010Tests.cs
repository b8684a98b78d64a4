using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1010 Duplicate clause ID: two clauses of one policy (in any of its files) with the same ID.</summary>
    public class CP1010DuplicateClauseIdTests
    {
        [Fact]
        public void The_second_clause_with_an_ID_is_reported_with_the_first_ones_place()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  management_reviews: list of date
                  internal_audits: list of date
                }

                clause ELIG-3 "At least one management review"
                  cites "RD-2.3"
                  require count(management_reviews) >= 1

                clause [|ELIG-3|] "At least one internal audit"
                  cites "RD-2.3"
                  require count(internal_audits) >= 1
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1010", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Clause ID 'ELIG-3' is already used at test.policy(9,8)", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Distinct_clause_IDs_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  management_reviews: list of date
                  internal_audits: list of date
                }

                clause ELIG-3a "At least one management review"
                  cites "RD-2.3"
                  require count(management_reviews) >= 1

                clause ELIG-3b "At least one internal audit"
                  cites "RD-2.3"
                  require count(internal_audits) >= 1
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
