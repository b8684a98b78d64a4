using System.Collections.Generic;
using System.Linq;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// Reads <c>"coverage": { "index": "rules.md", "notEncoded": { "RD-2.6": "why it is not encoded" } }</c>. The index is
    /// read, and the declarations checked against it, by <c>compliance coverage</c>: here only the shape is checked, since
    /// the analyzers read this file too and cannot open the index.
    /// </summary>
    internal static class CoverageSection
    {
        private const string Index = "index";
        private const string NotEncoded = "notEncoded";
        private static readonly string[] Keys = { Index, NotEncoded };

        public static object? Read(JsonNode section, SettingsContext context)
        {
            var name = "'" + SettingsSections.Coverage + "'";
            if (!context.Expect(section, JsonValueKind.Object, name, "an object with 'index' and 'notEncoded'")) return null;
            string? indexPath = null, indexText = null;
            SourceLocation? indexLocation = null;
            var notEncoded = new List<NotEncodedRule>();
            foreach (var property in context.LastOfEachName(section))
            {
                var setting = $"'{SettingsSections.Coverage}.{property.Name}'";
                switch (property.Name)
                {
                    case Index:
                        if (!context.Expect(property.Value, JsonValueKind.String, setting, "the path of the rule index (a string)")) break;
                        indexText = property.Value.Text!;
                        indexPath = context.PathBeside(indexText);
                        indexLocation = context.LocationOf(property.Value);
                        break;
                    case NotEncoded:
                        if (!context.Expect(property.Value, JsonValueKind.Object, setting, "an object of rule IDs and the reason each is not encoded")) break;
                        foreach (var declaration in context.LastOfEachName(property.Value))
                        {
                            var reason = declaration.Value;
                            if (!context.Expect(reason, JsonValueKind.String, $"{setting} '{declaration.Name}'", "the reason the rule is not encoded (a string)")) continue;
                            // A declaration without a reason is still a declaration: the rule is not reported missing, the empty reason is.
                            if (reason.Text!.Trim().Length == 0) context.ReportAtValue(reason, DiagnosticMessages.NotEncodedWithoutReason(declaration.Name));
                            notEncoded.Add(new NotEncodedRule(declaration.Name, reason.Text.Trim(), context.NameLocationOf(declaration)));
                        }
                        break;
                    default:
                        var unused = Keys.Where(k => section[k] is null);
                        context.ReportAtName(property, DiagnosticMessages.UnknownSetting(name, Suggestions.For(property.Name, unused)));
                        break;
                }
            }
            return new CoverageSettings(indexPath, indexText, indexLocation, notEncoded);
        }
    }
}
