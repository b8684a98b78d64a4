using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>RD-4.6 leaves the rounding of 1/3 and 2/3 of the person-days open: policies must name their mode.</summary>
    public class RoundingTests
    {
        [Theory]
        [InlineData("2.5", "half_up", "3")]
        [InlineData("2.5", "half_even", "2")]
        [InlineData("3.5", "half_even", "4")]
        [InlineData("-2.5", "half_up", "-3")]
        [InlineData("1.21", "away_from_zero", "2")]
        [InlineData("1.99", "toward_zero", "1")]
        [InlineData("-1.2", "ceiling", "-1")]
        [InlineData("-1.2", "floor", "-2")]
        [InlineData("-1.2", "away_from_zero", "-2")]
        public void Round_to_whole_units_in_each_mode(string value, string mode, string expected)
        {
            var policy = Compile($@"
policy ""P""
schema R {{ x: decimal }}
decision rounded = round(x, 0, {mode})
");
            var evaluation = Evaluate(policy, $@"{{""x"":{value}}}");

            Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal)evaluation.Decision("rounded")!);
        }

        [Fact]
        public void Two_thirds_of_the_person_days_rounded_to_half_days()
        {
            var policy = Compile(@"
policy ""P""
schema R { days: decimal }
decision recertification = round(days * 2 / 3 * 2, 0, ceiling) / 2
");
            Assert.Equal(7.5m, (decimal)Evaluate(policy, @"{""days"":11}").Decision("recertification")!);
        }
    }
}
