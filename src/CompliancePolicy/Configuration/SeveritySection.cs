using System.Collections.Generic;
using System.Linq;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// Reads <c>"severity": { "CP1101": "none", "CP1105": "error" }</c>. Any rule may be raised; a rule whose default
    /// severity is error stays an error (CP6006), since a policy with an error is not compiled.
    /// </summary>
    internal static class SeveritySection
    {
        private static readonly Dictionary<string, ConfiguredSeverity> Names = new Dictionary<string, ConfiguredSeverity>(System.StringComparer.Ordinal)
        {
            ["error"] = ConfiguredSeverity.Error,
            ["warning"] = ConfiguredSeverity.Warning,
            ["info"] = ConfiguredSeverity.Info,
            ["none"] = ConfiguredSeverity.None,
        };

        public static object? Read(JsonNode section, SettingsContext context)
        {
            if (!context.Expect(section, JsonValueKind.Object, "'" + SettingsSections.Severity + "'", "an object of rule IDs and severities")) return null;
            var byRule = new Dictionary<string, ConfiguredSeverity>(System.StringComparer.Ordinal);
            // An ID already given is no suggestion for a mistyped one: renaming to it would give it twice.
            var unnamed = DiagnosticRules.All.Select(r => r.Id).Where(id => section[id] is null).ToList();
            foreach (var property in context.LastOfEachName(section))
            {
                if (Severity(property, unnamed, context) is { } severity) byRule[property.Name] = severity;
            }
            return new SeveritySettings(byRule);
        }

        private static ConfiguredSeverity? Severity(JsonProperty property, IReadOnlyList<string> unnamed, SettingsContext context)
        {
            var id = property.Name;
            var rule = DiagnosticRules.Find(id);
            if (rule is null)
            {
                if (IsAnalyzerRule(id)) context.ReportAtName(property, DiagnosticMessages.AnalyzerRuleInSettings(id));
                else context.ReportAtName(property, DiagnosticMessages.UnknownRuleInSettings(Suggestions.For(id, unnamed)));
                return null;
            }
            var value = property.Value;
            if (!context.Expect(value, JsonValueKind.String, $"'{SettingsSections.Severity}.{id}'", "a string (error, warning, info or none)")) return null;
            if (!Names.TryGetValue(value.Text!, out var severity))
            {
                context.ReportAtValue(value, DiagnosticMessages.InvalidSeverity(Suggestions.For(value.Text!, Names.Keys)));
                return null;
            }
            if (rule.DefaultSeverity == DiagnosticSeverity.Error && severity != ConfiguredSeverity.Error)
            {
                context.ReportAtValue(value, DiagnosticMessages.ErrorSeverityLowered(id, value.Text!));
                return null;
            }
            return severity;
        }

        /// <summary>CP5xxx: the analyzers' own rules about C# (and about analysing policy files).</summary>
        private static bool IsAnalyzerRule(string id) =>
            id.Length == 6 && id.StartsWith("CP5", System.StringComparison.Ordinal) && id.Skip(2).All(char.IsDigit);
    }
}
