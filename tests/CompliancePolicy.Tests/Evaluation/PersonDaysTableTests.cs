using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>RD-4.22: initial audit person-days by effective headcount; above 10,700 the progression is not defined.</summary>
    public class PersonDaysTableTests
    {
        private static readonly Policy AuditTime = Compile(@"
policy ""Audit time""
schema Client { headcount: int, extra_sites: int }

table initial_days(headcount: int) -> decimal {
  1 to 25 => 2
  26 to 45 => 3
  46 to 65 => 4
  66 to 125 => 5
  126 to 175 => 6
  176 to 275 => 7
  276 to 425 => 8
  426 to 625 => 9
  626 to 875 => 10
  876 to 1175 => 11
  1176 to 1550 => 12
  1551 to 2025 => 13
  2026 to 2675 => 14
  2676 to 3450 => 15
  3451 to 4350 => 16
  4351 to 5450 => 17
  5451 to 6800 => 18
  6801 to 8500 => 19
  8501 to 10700 => 20
  otherwise => error ""headcount {headcount} is outside the table (1 to 10700): the progression above 10700 is not defined""
}

let days = initial_days(headcount) + extra_sites * 0.5
let surveillance = round(days / 3, 1, away_from_zero)

clause DAYS-1 ""Audit time is planned"" cites ""RD-4.22""
  require days > 0
  message ""{days} person-days, surveillance {surveillance}""
");

        [Theory]
        [InlineData(1, "2.0")]
        [InlineData(25, "2.0")]
        [InlineData(26, "3.0")]
        [InlineData(1175, "11.0")]
        [InlineData(1176, "12.0")]
        [InlineData(10700, "20.0")]
        public void A_headcount_on_a_band_boundary_takes_that_bands_days(int headcount, string days)
        {
            var evaluation = Evaluate(AuditTime, $@"{{""headcount"":{headcount},""extra_sites"":0}}");

            Assert.Equal(ClauseOutcome.Pass, evaluation.Clause("DAYS-1").Outcome);
            Assert.StartsWith(days + " person-days", evaluation.Clause("DAYS-1").Message);
        }

        [Theory]
        [InlineData(10701)]
        [InlineData(0)]
        public void A_headcount_outside_every_band_is_an_error_with_the_tables_own_message(int headcount)
        {
            var evaluation = Evaluate(AuditTime, $@"{{""headcount"":{headcount},""extra_sites"":0}}");

            var clause = evaluation.Clause("DAYS-1");
            Assert.Equal(ClauseOutcome.Error, clause.Outcome);
            Assert.Equal($"headcount {headcount} is outside the table (1 to 10700): the progression above 10700 is not defined", clause.Message);
        }

        [Fact]
        public void Extra_sites_add_half_a_day_each_and_surveillance_rounds_up()
        {
            var evaluation = Evaluate(AuditTime, @"{""headcount"":30,""extra_sites"":2}");

            Assert.Equal("4.0 person-days, surveillance 1.4", evaluation.Clause("DAYS-1").Message);
        }
    }
}
