using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1106 Empty table band: a band <c>A to B</c> whose low end is above its high end, so no value falls in it.</summary>
    public class CP1106TableBandInvertedTests
    {
        private static string PersonDays(string bands) => $$"""
            policy "Hardware after-sales service certification"

            schema Client key id {
              id: text
              headcount: int
              audit_days: decimal
            }

            table person_days(headcount: int) -> decimal {
            {{bands}}
              otherwise => error "headcount {headcount} is not positive"
            }

            clause TIME-1 "The initial audit takes the table's person-days"
              cites "RD-4.6"
              require audit_days >= person_days(headcount)
            """;

        [Fact]
        public void A_band_written_high_to_low_is_reported_at_the_band()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 25 => 2
                  [|45 to 26 => 3|]
                  26 or more => 4
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1106", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Band 2 of table 'person_days' is empty: 45 is greater than 26", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_band_of_a_single_value_is_not_reported()
        {
            var text = PersonDays("""
                  1 to 25 => 2
                  26 to 26 => 3
                  27 or more => 4
                """);

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
