using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>
    /// RD-4.8: score = indicator score - special deductions + special bonuses; fail below 70 or with 5 or more
    /// deduction items; otherwise compliant from 70, three stars from 80, four from 90, five from 95.
    /// </summary>
    public class ScoreAndGradeTests
    {
        private static readonly Policy Grading = Compile(@"
policy ""After-sales service certification""
enum Grade { fail, compliant, three_star, four_star, five_star }
schema Audit { indicator_score: decimal, deductions: list of decimal, bonuses: list of decimal }

let score = indicator_score - sum(deductions) + sum(bonuses)

tiers grade_for(score: decimal) -> Grade {
  at least 95 => Grade.five_star
  at least 90 => Grade.four_star
  at least 80 => Grade.three_star
  at least 70 => Grade.compliant
  otherwise => Grade.fail
}

clause RD4.8-pass ""The audit passes"" cites ""RD-4.8"", ""003 §5.3.3.7"" severity blocker
  require score >= 70 and count(deductions) < 5
  message ""score {score} with {count(deductions)} deduction items""

decision grade = if passed(RD4.8-pass) then grade_for(score) else Grade.fail
");

        [Theory]
        [InlineData("69.99", "fail")]
        [InlineData("70", "compliant")]
        [InlineData("79.99", "compliant")]
        [InlineData("80", "three_star")]
        [InlineData("89.99", "three_star")]
        [InlineData("90", "four_star")]
        [InlineData("94.99", "four_star")]
        [InlineData("95", "five_star")]
        [InlineData("100", "five_star")]
        public void The_score_reaches_its_grade_at_each_threshold_exactly(string score, string grade)
        {
            var evaluation = Evaluate(Grading, $@"{{""indicator_score"":{score},""deductions"":[],""bonuses"":[]}}");

            Assert.Equal(grade, ((EnumValue)evaluation.Decision("grade")!).Name);
        }

        [Fact]
        public void Deductions_and_bonuses_are_exact_decimals()
        {
            var evaluation = Evaluate(Grading, @"{""indicator_score"":70.1,""deductions"":[0.2],""bonuses"":[0.1]}");

            Assert.Equal(ClauseOutcome.Pass, evaluation.Clause("RD4.8-pass").Outcome);
            Assert.Equal("compliant", ((EnumValue)evaluation.Decision("grade")!).Name);
            Assert.Equal("score 70.0 with 1 deduction items", evaluation.Clause("RD4.8-pass").Message);
        }

        [Theory]
        [InlineData(4, ClauseOutcome.Pass, "four_star")]
        [InlineData(5, ClauseOutcome.Fail, "fail")]
        public void Five_deduction_items_fail_the_audit_whatever_the_score(int items, ClauseOutcome outcome, string grade)
        {
            var deductions = string.Join(",", System.Linq.Enumerable.Repeat("0.5", items));
            var evaluation = Evaluate(Grading, $@"{{""indicator_score"":95,""deductions"":[{deductions}],""bonuses"":[]}}");

            Assert.Equal(outcome, evaluation.Clause("RD4.8-pass").Outcome);
            Assert.Equal(grade, ((EnumValue)evaluation.Decision("grade")!).Name);
        }
    }
}
