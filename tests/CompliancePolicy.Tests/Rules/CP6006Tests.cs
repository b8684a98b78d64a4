using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6006 Error rule lowered: a policy with an error is not compiled, so an error stays an error.</summary>
    public class CP6006ErrorSeverityLoweredTests
    {
        private const string Policy = "policy \"P\"\nschema S key id { id: txt }\n";

        [Fact]
        public void Lowering_an_error_rule_is_reported_at_the_value_and_ignored()
        {
            var json = AnnotatedText.Parse("{ \"severity\": { \"CP1003\": \"[|none|]\" } }");

            var compilation = SettingsHarness.Compile(json.Text, Policy);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP6006");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("CP1003 is an error: a policy with an error is not compiled, so its severity stays 'error' and 'none' is ignored", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal(DiagnosticSeverity.Error, Assert.Single(compilation.Diagnostics, d => d.Id == "CP1003").Severity);
        }

        [Fact]
        public void Raising_a_warning_and_keeping_an_error_are_allowed()
        {
            var settings = SettingsHarness.Parse("{ \"severity\": { \"CP1003\": \"error\", \"CP1102\": \"error\" } }");

            Assert.Empty(settings.Diagnostics);
            Assert.Equal(2, settings.Severity.ByRule.Count);
        }
    }
}
