using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Tests.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP1109 No rule for values outside every band: a table or tiers without <c>otherwise</c>, whether written so or
    /// built by a host (<c>PolicyCompiler.Compile(ImmutableArray&lt;PolicyFileSyntax&gt;)</c>).
    /// </summary>
    public class CP1109MissingOtherwiseTests
    {
        private const string Policy = """
            policy "Hardware after-sales service certification"

            schema Client key id {
              id: text
              headcount: int
              audit_days: decimal
            }

            table [|person_days|](headcount: int) -> decimal {
              1 to 25 => 2
              26 or more => 3
              otherwise => error "headcount {headcount} is not positive"
            }

            clause TIME-1 "The initial audit takes the table's person-days"
              cites "RD-4.6"
              require audit_days >= person_days(headcount)
            """;

        [Fact]
        public void A_table_without_otherwise_is_reported_at_its_name()
        {
            var policy = AnnotatedText.Parse(Policy);
            var file = PolicyParser.Parse(new SourceText("test.policy", policy.Text));
            var table = file.Declarations.OfType<TableDeclarationSyntax>().Single();
            var withoutOtherwise = file with { Declarations = file.Declarations.Replace(table, table with { Otherwise = null }) };

            var diagnostic = Assert.Single(PolicyCompiler.Compile(ImmutableArray.Create(withoutOtherwise)).Diagnostics);

            Assert.Equal("CP1109", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "Table 'person_days' has no 'otherwise' arm: say what happens to a value outside every band (a result, or 'error \"...\"')",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Tiers_written_without_otherwise_are_reported_at_their_name()
        {
            var policy = AnnotatedText.Parse("""
                policy "Hardware after-sales service certification"

                schema Client key id {
                  id: text
                  score: decimal
                }

                tiers [|grade|](score: decimal) -> text {
                  at least 70 => "compliant"
                }

                clause GRADE-1 "The client reaches a grade"
                  cites "RD-4.8"
                  require grade(score) != "fail"
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1109", diagnostic.Id);
            Assert.Equal(
                "Tiers 'grade' has no 'otherwise' arm: say what happens to a value outside every tier (a result, or 'error \"...\"')",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_table_with_otherwise_is_not_reported()
        {
            var text = AnnotatedText.Parse(Policy).Text;

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
