using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8008 No rule index: a policy file no compliance.json gives an index has nothing to be measured against.</summary>
    public class CP8008NoRuleIndexTests
    {
        [Fact]
        public void A_policy_under_settings_without_a_coverage_section_is_an_error_at_the_policy_file()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1"
                  severity blocker
                  require licensed
                """, """{ "severity": { "CP1101": "none" } }""");

            var result = project.Run();

            var diagnostic = CoverageProject.Single(result, "CP8008");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.StartsWith("No rule index applies to '", diagnostic.Message);
            Assert.EndsWith("eligibility.policy': no compliance.json above it names one (\"coverage\": { \"index\": \"rules.md\" })", diagnostic.Message);
            Assert.Empty(result.Indexes);
            Assert.Equal(2, result.ExitCode(CoverageFailOn.Never));
        }
    }
}
