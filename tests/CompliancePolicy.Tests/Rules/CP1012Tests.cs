using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1012 Circular definition: lets, decisions, tables or clauses that depend on themselves, reported once per cycle.</summary>
    public class CP1012CircularDefinitionTests
    {
        [Fact]
        public void Two_lets_defined_by_each_other_are_reported_once_at_the_first_with_the_whole_cycle()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 certification fees"

                schema Certificate key number {
                  number: text
                  base_fee: decimal
                }

                let [|reassessment_fee|] = total_due - base_fee
                let total_due = base_fee + reassessment_fee

                clause FEE-1 "Something is due"
                  cites "RD-2.8"
                  require total_due > 0
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1012", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'reassessment_fee' depends on itself: reassessment_fee -> total_due -> reassessment_fee", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_decision_that_reads_the_clause_that_reads_it_is_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                decision [|eligible|] = passed(ELIG-12)

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require eligible or it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1012", diagnostic.Id);
            Assert.Equal("'eligible' depends on itself: eligible -> ELIG-12 -> eligible", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Definitions_that_build_on_each_other_in_one_direction_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 certification fees"

                schema Certificate key number {
                  number: text
                  base_fee: decimal
                }

                let reassessment_fee = round(base_fee * 30%, 2, half_up)
                let total_due = base_fee + reassessment_fee

                clause FEE-1 "Something is due"
                  cites "RD-2.8"
                  require total_due > 0
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
