using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8002 Citation of a rule not in the index: a citation written like a rule ID that the index does not list.</summary>
    public class CP8002CitationNotInIndexTests
    {
        [Fact]
        public void A_citation_of_an_unlisted_ID_is_reported_at_the_ID_with_the_rule_it_resembles()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-11", "seed 002 §1"
                  severity blocker
                  require licensed
                """);

            var result = project.Run();

            var diagnostic = CoverageProject.Single(result, "CP8002");
            Assert.Equal("'R-11' is written like a rule of the index 'rules.md', which lists no such rule; did you mean 'R-1'?", diagnostic.Message);
            Assert.EndsWith("eligibility.policy", diagnostic.Location!.Path);
            Assert.Equal((4, 10), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
            Assert.Equal(4, diagnostic.Location.Span.Length);
            Assert.Equal("R-1", diagnostic.PreferredFix!.Edits[0].NewText);
        }

        [Fact]
        public void A_citation_that_does_not_match_the_pattern_is_another_kind_of_source()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1", "seed 002 §1", "ISO 27001"
                  severity blocker
                  require licensed
                """);

            var result = project.Run();

            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CP8002");
            Assert.Equal(RuleStatus.Encoded, CoverageProject.Rule(result, "R-1").Status);
        }
    }
}
