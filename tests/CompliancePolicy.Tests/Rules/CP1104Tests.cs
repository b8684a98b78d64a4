using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1104 Table bands overlap: a value that two bands of a band table both claim.</summary>
    public class CP1104TableBandsOverlapTests
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
        public void A_band_starting_inside_the_one_before_is_reported_at_the_later_band()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 25 => 2
                  [|25 to 45 => 3|]
                  46 or more => 4
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1104", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Band 2 of table 'person_days' overlaps band 1: 25 falls in both", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Bands_inside_a_wide_band_all_overlap_it_and_leave_no_gap_between_them()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  1 to 100 => 2
                  [|10 to 20 => 3|]
                  [|30 to 40 => 4|]
                  101 or more => 5
                """));

            var diagnostics = PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics;

            Assert.Equal(new[] { "CP1104", "CP1104" }, diagnostics.Select(d => d.Id));
            Assert.Equal(
                new[]
                {
                    "Band 2 of table 'person_days' overlaps band 1: 10 falls in both",
                    "Band 3 of table 'person_days' overlaps band 1: 30 falls in both",
                },
                diagnostics.Select(d => d.Message));
            Assert.Equal(policy.Spans, diagnostics.Select(d => d.Location!.Span));
        }

        [Fact]
        public void Two_up_to_bands_name_a_value_they_share()
        {
            var policy = AnnotatedText.Parse(PersonDays("""
                  up to 25 => 2
                  [|up to 45 => 3|]
                  46 or more => 4
                """));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP1104", diagnostic.Id);
            Assert.Equal("Band 2 of table 'person_days' overlaps band 1: 25 falls in both", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Bands_that_meet_exactly_are_not_reported()
        {
            var text = PersonDays("""
                  1 to 25 => 2
                  26 to 45 => 3
                  46 or more => 4
                """);

            Assert.Empty(PolicyCompiler.Compile(text, "test.policy").Diagnostics);
        }
    }
}
