using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1102 Unused parameter: a <c>param</c> that no clause, let, decision or lookup reads.</summary>
    public class CP1102UnusedParameterTests
    {
        [Fact]
        public void A_parameter_nothing_reads_is_reported_at_its_name_as_a_warning()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                param [|minimum_staff|]: int = 3 "RD-2.12: full-time IT staff advised"

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal("CP1102", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Parameter 'minimum_staff' is never used", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Single(compilation.Policies);
        }

        [Fact]
        public void A_parameter_read_by_a_clause_is_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                param minimum_staff: int = 3 "RD-2.12: full-time IT staff advised"

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= minimum_staff
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
