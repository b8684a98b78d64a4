using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP6001 Settings file unreadable: a settings file that is not one JSON object sets nothing, and says why.</summary>
    public class CP6001SettingsUnreadableTests
    {
        [Fact]
        public void Malformed_JSON_is_an_error_at_the_line_and_column_the_reader_stopped()
        {
            var settings = SettingsHarness.Parse("{\n  \"severity\": {\n    \"CP1105\": \"none\",\n  }\n}\n");

            var diagnostic = Assert.Single(settings.Diagnostics);
            Assert.Equal("CP6001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("The settings file cannot be read: a comma before the closing '}'; remove it", diagnostic.Message);
            Assert.Equal((4, 3), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
            Assert.Empty(settings.Severity.ByRule);
        }

        [Fact]
        public void Columns_count_characters_not_bytes()
        {
            var diagnostic = SettingsHarness.Single("{ \"$schema\": \"é\" ,, }", "CP6001");

            Assert.Equal(19, diagnostic.Location!.Start.Column);
        }

        [Fact]
        public void An_empty_file_and_comments_are_not_JSON()
        {
            Assert.Equal("The settings file cannot be read: the file is empty", SettingsHarness.Single("", "CP6001").Message);
            Assert.Equal("CP6001", SettingsHarness.Single("// quiet\n{}", "CP6001").Id);
        }

        [Fact]
        public void A_broken_settings_file_makes_the_compilation_fail_but_not_its_policies()
        {
            var compilation = SettingsHarness.Compile("{", "policy \"P\"\nschema S key id { id: text }\n");

            Assert.True(compilation.HasErrors);
            Assert.Single(compilation.Policies);
            Assert.Equal("compliance.json", Assert.Single(compilation.Diagnostics).Location!.Path);
        }

        [Fact]
        public void A_well_formed_file_is_not_reported()
        {
            Assert.Empty(SettingsHarness.Parse("{ \"severity\": { \"CP1105\": \"none\" } }").Diagnostics);
        }
    }
}
