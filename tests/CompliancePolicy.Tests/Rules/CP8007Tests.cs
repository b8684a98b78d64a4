using System.Linq;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8007 Rule listed twice in the index: the first listing counts.</summary>
    public class CP8007RuleListedTwiceTests
    {
        [Fact]
        public void The_second_listing_is_reported_with_the_line_of_the_first_and_ignored()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1"
                  severity blocker
                  require licensed
                """, index: "<!-- rule-id-pattern: R-[0-9]+ -->\n- R-1 A valid licence.\n- R-1 A licence, as R-1 says.\n");

            var result = project.Run();

            var diagnostic = CoverageProject.Single(result, "CP8007");
            Assert.Equal("Rule 'R-1' is already listed on line 2; this line is ignored", diagnostic.Message);
            Assert.Equal((3, 3), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
            var rule = Assert.Single(Assert.Single(result.Indexes).Rules);
            Assert.Equal("A valid licence.", rule.Rule.Summary);
        }
    }
}
