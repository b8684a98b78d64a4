using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8006 Rule index unusable: nothing is measured against an index that cannot be read or has no pattern.</summary>
    public class CP8006RuleIndexUnusableTests
    {
        private const string Policy = CoverageProject.Header + """
            clause LIC-1 "The organisation holds a licence"
              cites "R-1"
              severity blocker
              require licensed
            """;

        [Theory]
        [InlineData("- R-1 A licence.", "it declares no rule-ID pattern; add a line 'rule-id-pattern: REGEX'")]
        [InlineData("<!-- rule-id-pattern: R-[0-9 -->\n- R-1 A licence.", "its pattern 'R-[0-9' is not a regular expression")]
        [InlineData("<!-- rule-id-pattern: [0-9]* -->\n- R-1 A licence.", "its pattern '[0-9]*' matches empty text")]
        [InlineData("<!-- rule-id-pattern: RD-[0-9]+ -->\n- R-1 A licence.", "no line starts with a rule ID matching its pattern 'RD-[0-9]+'")]
        public void An_index_without_a_usable_pattern_or_rules_is_an_error_at_its_path_in_compliance_json(string index, string reason)
        {
            using var project = new CoverageProject(Policy, index: index);

            var result = project.Run();

            var diagnostic = CoverageProject.Single(result, "CP8006");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.StartsWith("The rule index 'rules.md' cannot be used: " + reason, diagnostic.Message);
            Assert.Equal("$.coverage.index", diagnostic.Location!.JsonPath);
            Assert.Null(Assert.Single(result.Indexes).Index);
            Assert.Equal(2, result.ExitCode(CoverageFailOn.Never));
        }

        [Fact]
        public void An_index_that_does_not_exist_is_named_as_written()
        {
            using var project = new CoverageProject(Policy, """{ "coverage": { "index": "docs/rules.md" } }""");

            var diagnostic = CoverageProject.Single(project.Run(), "CP8006");

            Assert.StartsWith("The rule index 'docs/rules.md' cannot be used: cannot be read: ", diagnostic.Message);
        }
    }
}
