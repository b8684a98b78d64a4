using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1103 Unused definition: a <c>let</c>, <c>table</c> or <c>tiers</c> that nothing reads.</summary>
    public class CP1103UnusedDefinitionTests
    {
        [Fact]
        public void A_let_nothing_reads_is_reported_at_its_name_as_a_warning()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  it_staff: int
                }

                let [|small_enterprise|] = it_staff < 10

                clause ELIG-12 "At least 3 full-time IT staff"
                  cites "RD-2.12"
                  require it_staff >= 3
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1103", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Let 'small_enterprise' is never used", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_table_nothing_calls_is_reported_at_its_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  headcount: int
                }

                table [|person_days|](headcount: int) -> decimal {
                  1 to 25 => 2
                  26 or more => 3
                  otherwise => error "headcount {headcount} is not positive"
                }

                clause TIME-1 "A client has staff"
                  cites "RD-4.6"
                  require headcount > 0
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1103", diagnostic.Id);
            Assert.Equal("Table 'person_days' is never used", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Definitions_read_by_a_clause_or_a_decision_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
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

                let surveillance_days = person_days(headcount) / 3

                clause TIME-1 "The initial audit takes the table's person-days"
                  cites "RD-4.6"
                  require audit_days >= person_days(headcount)

                decision surveillance = surveillance_days
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
