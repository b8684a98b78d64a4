using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8005 Rule declared not encoded without a reason: a problem of compliance.json itself, reported by every tool.</summary>
    public class CP8005NotEncodedWithoutReasonTests
    {
        [Fact]
        public void An_empty_reason_is_reported_at_the_value_when_the_settings_are_read()
        {
            var json = AnnotatedText.Parse("{ \"coverage\": { \"index\": \"rules.md\", \"notEncoded\": { \"R-2\": \"[| |]\" } } }");

            var diagnostic = Assert.Single(SettingsHarness.Parse(json.Text).Diagnostics);

            Assert.Equal("CP8005", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Rule 'R-2' is declared not encoded without a reason; say why the policies do not encode it", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal("$.coverage.notEncoded['R-2']", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void The_declaration_still_counts_so_the_rule_is_not_also_missing()
        {
            using var project = new CoverageProject(CoverageProject.Header + """
                clause LIC-1 "The organisation holds a licence"
                  cites "R-1", "R-3"
                  severity blocker
                  require licensed
                """, """{ "coverage": { "index": "rules.md", "notEncoded": { "R-2": "" } } }""");

            var result = project.Run();

            Assert.Equal(RuleStatus.NotEncoded, CoverageProject.Rule(result, "R-2").Status);
            Assert.Equal("CP8005", Assert.Single(result.Diagnostics).Id);
        }
    }
}
