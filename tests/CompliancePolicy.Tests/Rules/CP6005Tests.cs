using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6005 Invalid severity: a severity is error, warning, info or none.</summary>
    public class CP6005InvalidSeverityTests
    {
        private const string Policy = "policy \"P\"\nschema S key id { id: text }\nparam spare: int = 1\n";

        [Fact]
        public void An_unknown_severity_is_an_error_at_the_value_and_the_rule_keeps_its_default()
        {
            var json = AnnotatedText.Parse("{ \"severity\": { \"CP1102\": \"[|None|]\" } }");

            var compilation = SettingsHarness.Compile(json.Text, Policy);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP6005");
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'None' is not a severity (error, warning, info or none); did you mean 'none'?", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(compilation.Diagnostics, d => d.Id == "CP1102").Severity);
        }

        [Fact]
        public void The_fix_writes_the_severity_meant()
        {
            Assert.Equal("{ \"severity\": { \"CP1102\": \"none\" } }", SettingsHarness.Fixed("{ \"severity\": { \"CP1102\": \"None\" } }", Policy));
        }

        [Fact]
        public void A_value_far_from_every_severity_has_no_fix()
        {
            Assert.Empty(SettingsHarness.Single("{ \"severity\": { \"CP1102\": \"quiet\" } }", "CP6005").Fixes);
        }
    }
}
