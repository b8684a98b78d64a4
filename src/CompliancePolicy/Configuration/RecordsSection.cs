using System.Collections.Generic;
using System.Linq;
using JsonValueKind = System.Text.Json.JsonValueKind;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// Reads <c>"records": { "files": ["records/orgs.json"], "asOf": "2026-11-23", "parameters": { "grace": "3 months" } }</c>.
    /// Paths are relative to the settings file; each part is optional; a part that cannot be used is reported and left out.
    /// </summary>
    internal static class RecordsSection
    {
        private const string Files = "files";
        private const string AsOf = "asOf";
        private const string Parameters = "parameters";
        private static readonly string[] Keys = { Files, AsOf, Parameters };

        public static object? Read(JsonNode section, SettingsContext context)
        {
            var name = "'" + SettingsSections.Records + "'";
            if (!context.Expect(section, JsonValueKind.Object, name, "an object with 'files', 'asOf' and 'parameters'")) return null;
            var files = new List<string>();
            CalendarDate? asOf = null;
            var parameters = new Dictionary<string, string>(System.StringComparer.Ordinal);
            foreach (var property in context.LastOfEachName(section))
            {
                var setting = $"'{SettingsSections.Records}.{property.Name}'";
                switch (property.Name)
                {
                    case Files:
                        if (!context.Expect(property.Value, JsonValueKind.Array, setting, "a list of record file paths")) break;
                        foreach (var item in property.Value.Items!)
                        {
                            if (context.Expect(item, JsonValueKind.String, setting + " item", "a path (a string)"))
                                files.Add(System.IO.Path.GetFullPath(System.IO.Path.Combine(context.Folder, item.Text!)));
                        }
                        break;
                    case AsOf:
                        if (!context.Expect(property.Value, JsonValueKind.String, setting, "a date written yyyy-MM-dd")) break;
                        if (CalendarDate.TryParse(property.Value.Text!, out var date)) asOf = date;
                        else context.ReportAtValue(property.Value, DiagnosticMessages.WrongSettingType(setting, "a date written yyyy-MM-dd", $"'{property.Value.Text}'"));
                        break;
                    case Parameters:
                        if (!context.Expect(property.Value, JsonValueKind.Object, setting, "an object of parameter names and values")) break;
                        foreach (var parameter in context.LastOfEachName(property.Value))
                        {
                            var value = parameter.Value;
                            if (value.Kind == JsonValueKind.String || value.Kind == JsonValueKind.Number) parameters[parameter.Name] = value.Text!;
                            else if (value.Kind == JsonValueKind.True || value.Kind == JsonValueKind.False) parameters[parameter.Name] = value.Kind == JsonValueKind.True ? "true" : "false";
                            else context.Expect(value, JsonValueKind.String, $"'{SettingsSections.Records}.{Parameters}.{parameter.Name}'", "a value as --param takes it (a string, number or boolean)");
                        }
                        break;
                    default:
                        var unused = Keys.Where(k => section[k] is null);
                        context.ReportAtName(property, DiagnosticMessages.UnknownSetting(name, Suggestions.For(property.Name, unused)));
                        break;
                }
            }
            return new RecordsSettings(files, asOf, parameters);
        }
    }
}
