using CompliancePolicy.Evaluation.Remediation;
using static CompliancePolicy.Tests.Remediation.RemedyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class NumberRemedyTests
    {
        private const string Scores = @"
policy ""P""
schema R { score: int, ratio: decimal, staff: int, deductions: list of decimal, bonuses: list of decimal, indicator: decimal }
param threshold: int = 70
clause C-1 ""Score"" require score >= threshold
clause C-2 ""Ratio"" require ratio > 0.5
clause C-3 ""Staff"" require staff > 2
clause C-4 ""Deductions"" require sum(deductions) <= 10
clause C-5 ""Deduction count"" require count(deductions) < 2
clause C-6 ""Computed"" require indicator - sum(deductions) + sum(bonuses) >= 70
clause C-7 ""Scaled"" require staff * 2 >= 9
clause C-8 ""Negated"" require -ratio >= 0
";

        private const string Record = @"{""score"": 69, ""ratio"": 0.4, ""staff"": 1, ""deductions"": [6, 7], ""bonuses"": [], ""indicator"": 80}";

        [Fact]
        public void A_number_below_its_minimum_needs_the_difference()
        {
            var remedy = Assert.IsType<BoundRemedy>(RemedyFor(Scores, Record));
            Assert.Equal("score", remedy.Input.Text);
            Assert.Equal(RemedyInputKind.Field, remedy.Input.Kind);
            Assert.Equal(69m, remedy.Current);
            Assert.Equal(RemedyNeed.AtLeast, remedy.Need);
            Assert.Equal(70m, remedy.Target);
            Assert.Equal("score needs +1 (69 → 70)", RemedyText.Describe(remedy));
        }

        [Fact]
        public void A_decimal_that_must_exceed_a_bound_has_no_least_value_so_the_bound_is_said() =>
            Assert.Equal("ratio needs to be above 0.5 (now 0.4)", Said(Scores, Record, "C-2"));

        [Fact]
        public void A_whole_number_that_must_exceed_a_bound_needs_the_next_one() =>
            Assert.Equal("staff needs +2 (1 → 3)", Said(Scores, Record, "C-3"));

        [Fact]
        public void A_sum_is_stated_as_the_total_the_list_needs() =>
            Assert.Equal("sum(deductions) needs -3 (13 → 10)", Said(Scores, Record, "C-4"));

        [Fact]
        public void A_count_is_stated_as_items_more_or_fewer() =>
            Assert.Equal("deductions needs 1 item fewer (2 → 1)", Said(Scores, Record, "C-5"));

        [Fact]
        public void Arithmetic_is_inverted_for_each_input_it_reads() =>
            Assert.Equal("indicator needs +3 (80 → 83), or sum(deductions) needs -3 (13 → 10), or sum(bonuses) needs +3 (0 → 3)", Said(Scores, Record, "C-6"));

        [Fact]
        public void A_factor_divides_the_bound_and_a_whole_number_rounds_up() =>
            Assert.Equal("staff needs +4 (1 → 5)", Said(Scores, Record, "C-7"));

        [Fact]
        public void Negation_turns_the_bound_around() =>
            Assert.Equal("ratio needs -0.4 (0.4 → 0)", Said(Scores, Record, "C-8"));

        [Fact]
        public void A_requirement_on_a_parameter_alone_has_no_remedy_in_the_record()
        {
            var policy = @"
policy ""P""
schema R { id: text }
param threshold: int = 3
clause C-1 ""Setting"" require threshold > 5
";
            Assert.Equal("no remediation: 'threshold > 5' reads nothing the record carries, only constants and the policy's parameters",
                Said(policy, @"{""id"": ""a""}"));
        }

        [Fact]
        public void A_function_that_is_not_monotone_is_said_to_be_so()
        {
            var policy = @"
policy ""P""
schema R { balance: decimal }
clause C-1 ""Balanced"" require abs(balance) <= 10
";
            Assert.Equal("no remediation: the requirement is not monotone in its inputs ('abs(balance)')", Said(policy, @"{""balance"": -25}"));
        }
    }
}
