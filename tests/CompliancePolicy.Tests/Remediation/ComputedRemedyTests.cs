using CompliancePolicy.Evaluation.Remediation;
using static CompliancePolicy.Tests.Remediation.RemedyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class ComputedRemedyTests
    {
        private const string Policy = @"
policy ""P""
schema R { indicator_score: decimal, special_deductions: list of decimal, special_bonuses: list of decimal, headcount: int, planned_days: decimal, extra_sites: int }
param extra_site_days: decimal = 0.5
table person_days(headcount: int) -> decimal {
  1 to 25 => 2
  26 to 45 => 3
  46 to 65 => 4
  66 or more => 5
  otherwise => error ""no audit time below 1""
}
let score = indicator_score - sum(special_deductions) + sum(special_bonuses)
let audit_days = person_days(headcount) + extra_sites * extra_site_days
clause C-1 ""Score"" require score >= 70
clause C-2 ""On-site time"" require planned_days >= audit_days * 80%
";

        [Fact]
        public void A_let_is_stated_with_its_value_and_the_inputs_that_reach_it()
        {
            var remedy = Assert.IsType<BoundRemedy>(RemedyFor(Policy,
                @"{""indicator_score"": 72, ""special_deductions"": [3], ""special_bonuses"": [], ""headcount"": 10, ""planned_days"": 5, ""extra_sites"": 0}"));
            Assert.Equal(RemedyInputKind.Let, remedy.Input.Kind);
            Assert.Equal(69m, remedy.Current);
            Assert.Equal("score needs +1 (69 → 70), through indicator_score needs +1 (72 → 73), or sum(special_deductions) needs -1 (3 → 2), or sum(special_bonuses) needs +1 (0 → 1)",
                RemedyText.Describe(remedy));
            Assert.Equal(new[]
            {
                "score needs +1 (69 → 70), through one of:",
                "  - indicator_score needs +1 (72 → 73)",
                "  - sum(special_deductions) needs -1 (3 → 2)",
                "  - sum(special_bonuses) needs +1 (0 → 1)",
            }, RemedyText.Lines(remedy));
        }

        [Fact]
        public void A_table_lookup_moves_its_key_to_the_nearest_band_that_gives_a_result_that_passes()
        {
            // 50 staff: 4 days, 3.2 on site needed; 3 planned. The band 26 to 45 (3 days, 2.4 on site) would pass.
            Assert.Equal(
                "planned_days needs +0.2 (3 → 3.2), or audit_days needs -0.25 (4 → 3.75), through person_days(headcount) needs -0.25 (4 → 3.75), through headcount needs -5 (50 → 45)",
                Said(Policy, @"{""indicator_score"": 90, ""special_deductions"": [], ""special_bonuses"": [], ""headcount"": 50, ""planned_days"": 3, ""extra_sites"": 0}", "C-2"));
        }
    }
}
