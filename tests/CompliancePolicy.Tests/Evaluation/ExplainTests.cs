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

        [Fact]
        public void A_chain_of_250_conditions_is_explained_24_levels_deep_with_each_text_cut_to_240_characters()
        {
            // Found by the fuzz harness: every level showed the whole chain, and 'explain' took over a minute.
            var policy = Compile("policy \"P\"\nschema R { score: int }\nclause Q-1 \"quality\" cites \"RD-4.8\"\n  require "
                + string.Join(" and ", Enumerable.Repeat("(score >= 70 and score < 1000)", 125)) + "\n");
            var evaluation = Evaluate(policy, @"{""score"":80}");

            var explanation = evaluation.Explain("Q-1");

            var require = Assert.Single(explanation.Steps);
            Assert.Equal(240, require.Expression.Length);
            Assert.EndsWith("…", require.Expression);
            var depth = 0;
            for (var node = require; node.Children.Count > 0; node = node.Children[0]) depth++;
            Assert.Equal(23, depth);
        }
    }
}
