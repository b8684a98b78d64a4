using System.Linq;
using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    public class ExplainTests
    {
        [Fact]
        public void The_explanation_shows_each_condition_and_the_values_under_it()
        {
            var policy = Compile(@"
policy ""P""
schema R { established: date, audit: date, reviews: list of date }
clause E-1 ""operated and reviewed"" cites ""RD-2.2""
  require established + 3 months <= audit and any r in reviews where r < audit
");
            var evaluation = Evaluate(policy, @"{""established"":""2026-08-24"",""audit"":""2026-11-22"",""reviews"":[""2026-12-01""]}");

            var explanation = evaluation.Explain("E-1");

            Assert.Equal(ClauseOutcome.Fail, explanation.Outcome);
            var require = Assert.Single(explanation.Steps);
            Assert.Equal("require", require.Role);
            Assert.Equal("false", require.Value);
            var operated = require.Children[0];
            Assert.Equal("established + 3 months <= audit", operated.Expression);
            Assert.Equal("false", operated.Value);
            Assert.Contains(operated.Children, c => c.Expression == "established + 3 months" && c.Value == "2026-11-24");
            var reviewed = require.Children[1];
            Assert.Contains(reviewed.Children, c => c.Expression == "r = 2026-12-01" && c.Value == "r < audit: false");
        }
    }
}
