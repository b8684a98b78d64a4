using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Configuration
{
    /// <summary>docs/configuration.md, docs/compliance.schema.json and the CP6xxx pages say what the reader does.</summary>
    public class SettingsDocumentationTests
    {
        [Fact]
        public void The_schema_knows_exactly_the_sections_the_reader_reads()
        {
            using var schema = JsonDocument.Parse(System.IO.File.ReadAllText(Repository.Path("docs", "compliance.schema.json")));
            var properties = schema.RootElement.GetProperty("properties");

            Assert.Equal(SettingsSections.Readers.Keys.OrderBy(k => k, System.StringComparer.Ordinal), properties.EnumerateObject().Select(p => p.Name).OrderBy(k => k, System.StringComparer.Ordinal));
            Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
            var severities = properties.GetProperty("severity").GetProperty("additionalProperties").GetProperty("enum").EnumerateArray().Select(e => e.GetString());
            Assert.Equal(new[] { "error", "warning", "info", "none" }, severities);
        }

        [Fact]
        public void The_example_of_the_configuration_page_reads_without_problems()
        {
            var page = System.IO.File.ReadAllText(Repository.Path("docs", "configuration.md"));
            var example = Regex.Match(page, "```json\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;

            var settings = ComplianceSettings.Parse(new SourceText(ComplianceSettings.FileName, example));

            Assert.Empty(settings.Diagnostics);
            Assert.Equal(ConfiguredSeverity.None, settings.Severity.ByRule["CP1101"]);
        }

        public static TheoryData<string> SettingsRules()
        {
            var data = new TheoryData<string>();
            foreach (var rule in DiagnosticRules.All.Where(r => r.Category == DiagnosticRules.UnknownSetting.Category)) data.Add(rule.Id);
            return data;
        }

        /// <summary>Each settings rule's page shows a compliance.json and what lint prints for it: the reader prints that.</summary>
        [Theory]
        [MemberData(nameof(SettingsRules))]
        public void Each_settings_rule_page_shows_what_the_reader_reports(string id)
        {
            var page = System.IO.File.ReadAllText(Repository.Path("docs", "rules", id + ".md")).Replace("\r\n", "\n");
            var json = Regex.Match(page, "```json\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;
            var output = Regex.Match(page, "```text\n(?<body>.*?)```", RegexOptions.Singleline).Groups["body"].Value;

            var settings = ComplianceSettings.Parse(new SourceText(ComplianceSettings.FileName, json));

            var expected = output.Split('\n').Where(l => l.StartsWith(ComplianceSettings.FileName + "(", System.StringComparison.Ordinal));
            Assert.Equal(expected, settings.Diagnostics.Select(d => d.ToString()));
            Assert.Contains(settings.Diagnostics, d => d.Id == id);
        }
    }
}
