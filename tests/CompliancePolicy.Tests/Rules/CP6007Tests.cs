using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6007 Setting given twice: the last one counts, and each earlier one says so.</summary>
    public class CP6007DuplicateSettingTests
    {
        [Fact]
        public void An_earlier_duplicate_is_reported_at_its_name_and_the_last_value_is_used()
        {
            var json = AnnotatedText.Parse("{ \"severity\": { \"[|CP1102|]\": \"none\", \"CP1105\": \"error\", \"CP1102\": \"error\" } }");

            var settings = SettingsHarness.Parse(json.Text);

            var diagnostic = Assert.Single(settings.Diagnostics);
            Assert.Equal("CP6007", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("'CP1102' is given more than once; the last value is used", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal(ConfiguredSeverity.Error, settings.Severity.ByRule["CP1102"]);
        }

        [Fact]
        public void A_section_given_twice_is_reported_too()
        {
            Assert.Equal("'severity' is given more than once; the last value is used", SettingsHarness.Single("{ \"severity\": {}, \"severity\": {} }", "CP6007").Message);
        }
    }
}
