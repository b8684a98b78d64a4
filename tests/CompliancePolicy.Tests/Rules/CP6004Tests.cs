using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6004 Unknown rule in the settings: a severity for an ID that is no rule does nothing, and says so.</summary>
    public class CP6004UnknownRuleInSettingsTests
    {
        private const string Policy = "policy \"P\"\nschema S key id { id: text }\nparam spare: int = 1\n";

        [Fact]
        public void An_unknown_ID_is_reported_at_its_name_with_the_rule_it_resembles()
        {
            var json = AnnotatedText.Parse("{ \"severity\": { \"[|cp1102|]\": \"none\" } }");

            var diagnostic = Assert.Single(SettingsHarness.Parse(json.Text).Diagnostics);

            Assert.Equal("CP6004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("'cp1102' is not the ID of a rule of the policy language, so its severity is ignored; did you mean 'CP1102'?", diagnostic.Message);
            Assert.Equal(json.Span, diagnostic.Location!.Span);
            Assert.Equal("$.severity.cp1102", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void The_fix_writes_the_ID_meant_and_the_severity_then_applies()
        {
            var after = SettingsHarness.Fixed("{ \"severity\": { \"cp1102\": \"none\" } }", Policy);

            Assert.Equal("{ \"severity\": { \"CP1102\": \"none\" } }", after);
            Assert.Empty(SettingsHarness.Compile(after, Policy).Diagnostics);
        }

        [Fact]
        public void An_ID_the_file_already_sets_is_not_suggested()
        {
            var diagnostic = SettingsHarness.Single("{ \"severity\": { \"CP1102\": \"none\", \"cp1102\": \"none\" } }", "CP6004");

            Assert.DoesNotContain("CP1102", diagnostic.Suggestions);
            Assert.Null(diagnostic.PreferredFix);
        }
    }
}
