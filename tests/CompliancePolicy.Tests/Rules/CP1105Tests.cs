using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1105 Table bands leave a gap: values between two bands that only <c>otherwise</c> catches.</summary>
    public class CP1105TableBandsGapTests
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
        public void A_missing_value_between_bands_is_reported_at_the_band_after_the_gap_as_a_warning()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 25 => 2
                  [|27 to 45 => 3|]
                  46 or more => 4
                """));

            var compilation = PolicyCompiler.Compile(policy.Text, "test.policy");

            var diagnostic = Assert.Single(compilation.Diagnostics);
            Assert.Equal("CP1105", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Table 'person_days' has no band for 26; such values fall to 'otherwise'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Single(compilation.Policies);
        }

        [Fact]
        public void A_missing_range_is_reported_from_its_first_to_its_last_value()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 25 => 2
                  [|31 to 45 => 3|]
                  46 or more => 4
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1105", diagnostic.Id);
            Assert.Equal("Table 'person_days' has no band for 26 to 30; such values fall to 'otherwise'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Values_covered_by_a_wider_earlier_band_are_no_gap()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 25 => 2
                  [|10 to 12 => 3|]
                  26 or more => 4
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1104", diagnostic.Id);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Bands_that_meet_exactly_are_not_reported()
        {
            var text = PersonDays("""
                  up to 25 => 2
                  26 to 45 => 3
                  46 or more => 4
                """);

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
