using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1101 Clause without citation: every clause should name the written rule it encodes.</summary>
    public class CP1101MissingCitationTests
    {
        [Fact]
        public void A_clause_without_cites_is_reported_at_its_ID_as_a_warning()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause [|ELIG-12|] "At least 3 full-time IT staff"
                  severity advisory
                  require it_staff >= 3
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal("CP1101", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Clause 'ELIG-12' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Single(compilation.Policies);
        }

        [Fact]
        public void A_clause_that_cites_its_source_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12", "001 §2"
                  severity advisory
                  require it_staff >= 3
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
