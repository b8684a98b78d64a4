using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8003 Unknown rule declared not encoded: a declaration that names no rule of the index declares nothing.</summary>
    public class CP8003NotEncodedUnknownRuleTests
    {
        private const string CitesR1AndR2 = CoverageProject.Header + """
            clause LIC-1 "The organisation holds a licence"
              cites "R-1", "R-2"
              severity blocker
              require licensed
            """;

        [Fact]
        public void A_declaration_of_an_unlisted_ID_is_reported_at_its_name_and_the_rule_meant_stays_missing()
        {
            using var project = new CoverageProject(CitesR1AndR2, """{ "coverage": { "index": "rules.md", "notEncoded": { "R-30": "kept by the archive" } } }""");

            var result = project.Run();

            var diagnostic = CoverageProject.Single(result, "CP8003");
            Assert.Equal("'R-30' is declared not encoded, but the index 'rules.md' lists no such rule; did you mean 'R-3'?", diagnostic.Message);
            Assert.EndsWith("compliance.json", diagnostic.Location!.Path);
            Assert.Equal("$.coverage.notEncoded['R-30']", diagnostic.Location.JsonPath);
            Assert.Equal("R-3", diagnostic.PreferredFix!.Edits[0].NewText);
            Assert.Equal(RuleStatus.Missing, CoverageProject.Rule(result, "R-3").Status);
        }
    }
}
