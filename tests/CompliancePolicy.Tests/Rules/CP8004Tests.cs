using System.Linq;
using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8004 Rule declared not encoded but cited: one of the two is stale; the rule counts as encoded.</summary>
    public class CP8004NotEncodedButCitedTests
    {
        [Fact]
        public void A_cited_rule_declared_not_encoded_is_encoded_and_the_declaration_points_at_the_citation()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1"
                  severity blocker
                  require licensed
                """, """{ "coverage": { "index": "rules.md", "notEncoded": { "R-1": "checked by hand", "R-2": "no dates", "R-3": "archive" } } }""");

            var result = project.Run();

            Assert.Equal(RuleStatus.Encoded, CoverageProject.Rule(result, "R-1").Status);
            var diagnostic = CoverageProject.Single(result, "CP8004");
            Assert.StartsWith("Rule 'R-1' is declared not encoded, but clause LIC-1 (", diagnostic.Message);
            Assert.EndsWith("eligibility.policy(3,8)) cites it; remove the declaration, or the citation if the rule is not what it encodes", diagnostic.Message);
            Assert.Equal("$.coverage.notEncoded['R-1']", diagnostic.Location!.JsonPath);
            var related = Assert.Single(diagnostic.RelatedLocations);
            Assert.Equal(3, related.Location.Start.Line);
            Assert.Single(result.Diagnostics);
        }
    }
}
