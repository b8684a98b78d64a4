using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>RD-1.2: the cure period after a written warning is a parameter of the agreement.</summary>
    public class ParameterTests
    {
        private static readonly Policy Termination = Compile(@"
policy ""Consultancy termination""
schema Engagement { warning_issued: date, rectified: date? }
param cure_period: duration = 30 days ""RD-1.2: the stipulated period; the seed gives none""
clause TERM-2 ""Rectified within the cure period"" cites ""RD-1.2""
  require rectified is present and rectified within cure_period after warning_issued
");

        private const string RectifiedAfter40Days = @"{""warning_issued"":""2026-01-01"",""rectified"":""2026-02-10""}";

        [Fact]
        public void The_default_applies_when_nothing_is_overridden()
        {
            Assert.Equal(ClauseOutcome.Fail, Evaluate(Termination, RectifiedAfter40Days).Clause("TERM-2").Outcome);
        }

        [Fact]
        public void An_override_changes_the_verdict()
        {
            var parameters = Termination.WithParameters(Pairs(("cure_period", "45 days")), out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "cure_period" }, parameters.Overridden);
            Assert.Equal(ClauseOutcome.Pass, Evaluate(Termination, RectifiedAfter40Days, parameters: parameters).Clause("TERM-2").Outcome);
        }

        [Fact]
        public void An_unknown_parameter_is_reported_with_a_suggestion()
        {
            Termination.WithParameters(Pairs(("cure_perod", "45 days")), out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3001", diagnostic.Id);
            Assert.Equal("Policy 'Consultancy termination' has no parameter 'cure_perod'; did you mean 'cure_period'?", diagnostic.Message);
        }

        [Fact]
        public void A_value_of_the_wrong_type_is_reported_and_not_applied()
        {
            var parameters = Termination.WithParameters(Pairs(("cure_period", "soon")), out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3002", diagnostic.Id);
            Assert.Contains("expected a duration", diagnostic.Message);
            Assert.Empty(parameters.Overridden);
        }

        [Theory]
        [InlineData("178956971 years")] // 2,147,483,652 months: overflowed an int
        [InlineData("1 day 2147483647 days")] // each part fits an int, the sum does not
        [InlineData("1 year 2147483647 months")] // wrapped silently to a negative duration
        [InlineData("1000000 years")] // fits an int, but no date can be that far from another
        [InlineData("10000 years")]
        [InlineData("3652060 days")]
        [InlineData("99999999999999999999 days")]
        public void A_duration_longer_than_the_calendar_is_refused_as_a_literal_would_be(string value)
        {
            var parameters = Termination.WithParameters(Pairs(("cure_period", value)), out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3002", diagnostic.Id);
            Assert.Equal($"Parameter 'cure_period' is a duration; cannot use '{value}': it is too long: " +
                "a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar", diagnostic.Message);
            Assert.Empty(parameters.Overridden);
        }

        [Theory]
        [InlineData("9999 years")]
        [InlineData("3652059 days")]
        [InlineData("-9999 years")]
        public void A_duration_as_long_as_the_calendar_is_accepted(string value)
        {
            Termination.WithParameters(Pairs(("cure_period", value)), out var diagnostics);

            Assert.Empty(diagnostics);
        }

        [Fact]
        public void A_number_too_large_is_refused_as_a_literal_would_be()
        {
            var policy = Compile(@"
policy ""Staff""
schema Organisation { staff: int }
param minimum_staff: int = 3
clause S-1 ""Enough staff"" cites ""RD-2.12"" require staff >= minimum_staff
");
            policy.WithParameters(Pairs(("minimum_staff", "99999999999999999999999999999999")), out var diagnostics);

            Assert.Equal("Parameter 'minimum_staff' is an int; cannot use '99999999999999999999999999999999': " +
                "it is too large: no number is larger than 79,228,162,514,264,337,593,543,950,335", Assert.Single(diagnostics).Message);
        }

        [Fact]
        public void A_long_value_is_not_echoed_whole()
        {
            var value = new string('9', 100_000) + " days";

            Termination.WithParameters(Pairs(("cure_period", value)), out var diagnostics);

            var message = Assert.Single(diagnostics).Message;
            Assert.Contains("cannot use '" + new string('9', 39) + "…': it is too long", message);
            Assert.True(message.Length < 300, message);
        }

        private static IEnumerable<KeyValuePair<string, string>> Pairs(params (string Name, string Value)[] pairs) =>
            pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value));
    }
}
