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

        private static IEnumerable<KeyValuePair<string, string>> Pairs(params (string Name, string Value)[] pairs) =>
            pairs.Select(p => new KeyValuePair<string, string>(p.Name, p.Value));
    }
}
