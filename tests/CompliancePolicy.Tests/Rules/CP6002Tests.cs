using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6002 Unknown setting: a key compliance.json does not know is reported, never silently skipped.</summary>
    public class CP6002UnknownSettingTests
    {
        private const string Policy = "policy \"P\"\nschema S key id { id: text }\nclause C-1 \"Named\"\n  require id != \"\"\n";

        [Fact]
        public void An_unknown_key_is_reported_at_its_name_with_its_JSON_path()
        {
            var json = AnnotatedText.Parse("{\n  \"[|severty|]\": { \"CP1101\": \"none\" }\n}\n");

            var diagnostic = Assert.Single(SettingsHarness.Parse(json.Text).Diagnostics);

            Assert.Equal("CP6002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("compliance.json has no setting 'severty', so it is ignored; did you mean 'severity'?", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal("$.severty", diagnostic.Location.JsonPath);
            Assert.Equal("compliance.json(2,4): warning CP6002: compliance.json has no setting 'severty', so it is ignored; did you mean 'severity'? at $.severty", diagnostic.ToString());
        }

        [Fact]
        public void The_fix_renames_the_key_and_its_settings_then_apply()
        {
            var after = SettingsHarness.Fixed("{ \"severty\": { \"CP1101\": \"none\" } }", Policy);

            Assert.Equal("{ \"severity\": { \"CP1101\": \"none\" } }", after);
            Assert.Empty(SettingsHarness.Compile(after, Policy).Diagnostics);
        }

        [Fact]
        public void A_section_already_given_is_not_suggested()
        {
            var diagnostic = SettingsHarness.Single("{ \"severity\": {}, \"severty\": {} }", "CP6002");

            Assert.Equal("compliance.json has no setting 'severty', so it is ignored", diagnostic.Message);
            Assert.Empty(diagnostic.Fixes);
        }

        [Fact]
        public void The_known_keys_are_not_reported()
        {
            Assert.Empty(SettingsHarness.Parse("{ \"$schema\": \"https://example.org/s.json\", \"severity\": {} }").Diagnostics);
        }
    }
}
