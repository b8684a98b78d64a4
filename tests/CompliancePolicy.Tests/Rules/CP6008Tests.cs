using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6008 Analyzer rule in the settings: the analyzers' C# rules are configured where C# is.</summary>
    public class CP6008AnalyzerRuleInSettingsTests
    {
        [Fact]
        public void An_analyzer_rule_is_reported_at_its_name_and_ignored()
        {
            var json = AnnotatedText.Parse("{ \"severity\": { \"[|CP5001|]\": \"none\" } }");

            var settings = SettingsHarness.Parse(json.Text);

            var diagnostic = Assert.Single(settings.Diagnostics);
            Assert.Equal("CP6008", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("CP5001 is reported by the analyzers, not by the policy language; set its severity in .editorconfig or with the MSBuild property CompliancePolicySeverity_CP5001; here it is ignored", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Empty(settings.Severity.ByRule);
        }

        [Fact]
        public void Other_unknown_IDs_are_CP6004()
        {
            Assert.Equal("CP6004", Assert.Single(SettingsHarness.Parse("{ \"severity\": { \"CP7001\": \"none\" } }").Diagnostics).Id);
        }
    }
}
