using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP1021 Durations that cannot be ordered: <c>1 month &gt; 40 days</c> holds in some months and not in others, so
    /// durations are ordered only when together they count one unit, months or days.
    /// </summary>
    public class CP1021DurationsWithoutOrderTests
    {
        private static string Agreement(string condition, string declarations = "") => $$"""
            policy "Consultancy agreement termination"

            schema Agreement key id {
              id: text
              signed: date
              cure_period: duration
              extensions: list of duration
            }
            {{declarations}}
            clause TERM-1 "The cure period is short enough"
              cites "RD-1.2"
              require {{condition}}
            """;

        private static IReadOnlyList<Diagnostic> Diagnostics(string text) => PolicyCompiler.Compile(text, "test.policy").Diagnostics;

        [Fact]
        public void A_month_compared_with_days_is_reported_with_the_comparison_of_dates_to_write_instead()
        {
            var policy = AnnotatedText.Parse(Agreement("[|1 month > 40 days|]"));

            var diagnostic = Assert.Single(Diagnostics(policy.Text));

            Assert.Equal("CP1021", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "'1 month > 40 days' orders durations that have no order: '1 month' counts months and '40 days' counts days, and a month has " +
                "no fixed number of days; compare the dates they lead to instead, as in 'start + 1 month > start + 40 days'",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData("cure_period <= 1 month", "'cure_period' may hold months and days")]
        [InlineData("elapsed(signed, as_of) >= 3 months", "'elapsed(signed, as_of)' may hold months and days")]
        [InlineData("1 month 2 days < 2 months", "'1 month 2 days' may hold months and days")]
        public void A_duration_read_from_the_record_or_mixing_units_is_ordered_with_nothing(string condition, string reason)
        {
            var diagnostic = Assert.Single(Diagnostics(Agreement(condition)));

            Assert.Equal("CP1021", diagnostic.Id);
            Assert.Contains(": " + reason + ", and a month", diagnostic.Message);
        }

        [Theory]
        [InlineData("max(1 month, 30 days) = 1 month", "as in 'max(start + 1 month, start + 30 days)'")]
        [InlineData("min(extensions) = 0 days", "'min(extensions)' orders durations that have no order: the items of 'extensions' may hold months and days")]
        [InlineData("max([1 month, 30 days]) = 1 month", "as in 'max([start + x for x in [1 month, 30 days]])'")]
        public void The_smallest_or_largest_of_durations_that_have_no_order_is_reported(string condition, string expected)
        {
            var diagnostic = Assert.Single(Diagnostics(Agreement(condition)));

            Assert.Equal("CP1021", diagnostic.Id);
            Assert.Contains(expected, diagnostic.Message);
        }

        [Theory]
        [InlineData("3 months <= 1 year", true)]
        [InlineData("2 weeks < 15 days", true)]
        [InlineData("0 days < 1 month", true)]
        [InlineData("max(2 weeks, 10 days) = 14 days", true)]
        [InlineData("1 month != 30 days", true)]
        [InlineData("signed + cure_period <= signed + 1 month", false)]
        public void Durations_of_one_unit_are_ordered_and_dates_compare_any_durations(string condition, bool met)
        {
            var policy = PolicyHarness.Compile(Agreement(condition));

            var evaluation = PolicyHarness.Evaluate(policy, """{"id": "A-1", "signed": "2026-01-31", "cure_period": "31 days", "extensions": []}""");

            Assert.Equal(met ? ClauseOutcome.Pass : ClauseOutcome.Fail, evaluation.Clause("TERM-1").Outcome);
        }

        [Fact]
        public void Lets_lookups_and_parameters_count_in_the_units_they_are_written_in()
        {
            var declarations = """
                param grace: duration = 0 days "RD-1.2: extra days the agreement allows"
                let allowed = if signed < 2026-01-01 then 30 days else 6 weeks + grace

                """;

            Assert.Empty(Diagnostics(Agreement("allowed <= 60 days", declarations)));
            Assert.Equal("CP1021", Assert.Single(Diagnostics(Agreement("allowed <= 2 months", declarations))).Id);
        }

        [Fact]
        public void An_override_keeps_the_unit_an_ordered_parameter_is_compared_in()
        {
            var policy = PolicyHarness.Compile(Agreement("signed + grace <= as_of and grace <= 60 days",
                "param grace: duration = 30 days \"RD-1.2: the days the agreement allows\"\n"));

            var inWeeks = policy.WithParameters(new[] { KeyValuePair.Create("grace", "6 weeks") }, out var accepted);
            policy.WithParameters(new[] { KeyValuePair.Create("grace", "1 month") }, out var refused);

            Assert.Empty(accepted);
            Assert.Equal(new[] { "grace" }, inWeeks.Overridden);
            var diagnostic = Assert.Single(refused);
            Assert.Equal(
                "Parameter 'grace' is a duration; cannot use '1 month': the policy orders it with durations in days or weeks, so give it " +
                "in days or weeks too (a month has no fixed number of days)",
                diagnostic.Message);
        }

        [Fact]
        public void A_parameter_that_is_never_ordered_takes_an_override_in_any_unit()
        {
            var policy = PolicyHarness.Compile(Agreement("signed + grace <= as_of",
                "param grace: duration = 30 days \"RD-1.2: the days the agreement allows\"\n"));

            var parameters = policy.WithParameters(new[] { KeyValuePair.Create("grace", "1 month") }, out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "grace" }, parameters.Overridden.ToArray());
        }
    }
}
