using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1107 Tiers out of order: a tier at or below a threshold listed before it can never be chosen.</summary>
    public class CP1107TiersOutOfOrderTests
    {
        private static string Grade(string tiers) => $$"""
            policy "Hardware after-sales service certification"

            schema Client key id {
              id: text
              score: decimal
            }

            tiers grade(score: decimal) -> text {
            {{tiers}}
              otherwise => "fail"
            }

            clause GRADE-1 "The client reaches a grade"
              cites "RD-4.8"
              require grade(score) != "fail"
            """;

        [Fact]
        public void A_tier_listed_after_a_lower_threshold_is_reported_at_its_threshold()
        {
            var policy = AnnotatedText.Parse(Grade("""
                  at least 70 => "compliant"
                  at least [|80|] => "three-star"
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1107", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "Tier 'at least 80' of 'grade' can never be reached: 'at least 70' comes before it; list tiers from the highest threshold down",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_repeated_threshold_is_reported()
        {
            var policy = AnnotatedText.Parse(Grade("""
                  at least 95 => "five-star"
                  at least [|95|] => "four-star"
                  at least 70 => "compliant"
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1107", diagnostic.Id);
            Assert.Equal(
                "Tier 'at least 95' of 'grade' can never be reached: 'at least 95' comes before it; list tiers from the highest threshold down",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Tiers_from_the_highest_threshold_down_are_not_reported()
        {
            var text = Grade("""
                  at least 95 => "five-star"
                  at least 90 => "four-star"
                  at least 80 => "three-star"
                  at least 70 => "compliant"
                """);

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
