using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6003 Setting of the wrong type: each setting has one JSON type.</summary>
    public class CP6003WrongSettingTypeTests
    {
        [Fact]
        public void A_section_of_the_wrong_type_is_an_error_at_its_value()
        {
            var json = AnnotatedText.Parse("{ \"severity\": [|[\"CP1105\", \"none\"]|] }");

            var diagnostic = Assert.Single(SettingsHarness.Parse(json.Text).Diagnostics);

            Assert.Equal("CP6003", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'severity' must be an object of rule IDs and severities, not an array", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal("$.severity", diagnostic.Location.JsonPath);
        }

        [Theory]
        [InlineData("[]", "The settings must be an object, not an array")]
        [InlineData("{ \"severity\": { \"CP1105\": 0 } }", "'severity.CP1105' must be a string (error, warning, info or none), not a number")]
        [InlineData("{ \"$schema\": true }", "'$schema' must be a string (the schema's URL), not a boolean")]
        public void Every_setting_checks_its_type(string json, string message)
        {
            Assert.Equal(message, SettingsHarness.Single(json, "CP6003").Message);
        }

        [Fact]
        public void A_value_of_the_right_type_is_not_reported()
        {
            Assert.Empty(SettingsHarness.Parse("{ \"severity\": { \"CP1105\": \"error\" } }").Diagnostics);
        }
    }
}
