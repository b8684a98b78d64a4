using CompliancePolicy.Checking.Coverage;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP8001 Rule neither encoded nor declared not encoded: a rule of the index no policy cites and no one declared left out.</summary>
    public class CP8001RuleMissingTests
    {
        private const string CitesR1AndR2 = CoverageProject.Header + """
            clause LIC-1 "The organisation holds a licence"
              cites "R-1"
              severity blocker
              require licensed

            clause OPS-1 "The system has run for 3 months"
              cites "R-2", "seed 002 §1"
              severity blocker
              require months >= 3
            """;

        [Fact]
        public void A_rule_nobody_cites_or_declares_is_missing_and_reported_at_its_line_in_the_index()
        {
            using var project = new CoverageProject(CitesR1AndR2);

            var result = project.Run();

            Assert.Equal(RuleStatus.Missing, CoverageProject.Rule(result, "R-3").Status);
            var diagnostic = CoverageProject.Single(result, "CP8001");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Rule 'R-3' is cited by no clause, transition or deadline and is not declared not encoded; encode it and cite it, or declare it in 'coverage.notEncoded' of compliance.json with the reason", diagnostic.Message);
            Assert.EndsWith("rules.md", diagnostic.Location!.Path);
            Assert.Equal((5, 3), (diagnostic.Location.Start.Line, diagnostic.Location.Start.Column));
            Assert.Equal(1, result.ExitCode(CoverageFailOn.Missing));
        }

        [Fact]
        public void Declaring_the_rule_not_encoded_with_a_reason_ends_the_warning()
        {
            using var project = new CoverageProject(CitesR1AndR2, """{ "coverage": { "index": "rules.md", "notEncoded": { "R-3": "records are kept by the archive" } } }""");

            var result = project.Run();

            var rule = CoverageProject.Rule(result, "R-3");
            Assert.Equal(RuleStatus.NotEncoded, rule.Status);
            Assert.Equal("records are kept by the archive", rule.Reason);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(0, result.ExitCode(CoverageFailOn.Missing));
        }

        [Fact]
        public void The_severity_set_in_the_compliance_json_that_names_the_index_applies()
        {
            using var project = new CoverageProject(CitesR1AndR2, """{ "coverage": { "index": "rules.md" }, "severity": { "CP8001": "none" } }""");

            var result = project.Run();

            Assert.Equal(RuleStatus.Missing, CoverageProject.Rule(result, "R-3").Status);
            Assert.Empty(result.Diagnostics);
            Assert.Equal(0, result.ExitCode(CoverageFailOn.Missing));
        }
    }
}
