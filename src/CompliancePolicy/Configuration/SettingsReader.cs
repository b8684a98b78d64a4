using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>Reads compliance.json: one JSON object whose keys are the sections of <see cref="SettingsSections"/>.</summary>
    internal static class SettingsReader
    {
        public static ComplianceSettings Read(SourceText source)
        {
            var bytes = new UTF8Encoding(false).GetBytes(source.Text);
            var context = new SettingsContext(source, bytes);
            var sections = new Dictionary<string, object>(System.StringComparer.Ordinal);
            var tree = JsonTree.Parse(source.Path, bytes, out var error);
            if (tree is null)
            {
                var (line, column, message) = error!.Value;
                context.ReportUnreadable(line, column, message);
            }
            else if (context.Expect(tree.Root, JsonValueKind.Object, "The settings", "an object"))
            {
                foreach (var property in context.LastOfEachName(tree.Root))
                {
                    if (!SettingsSections.Readers.TryGetValue(property.Name, out var read))
                    {
                        // A setting already given is no suggestion: renaming to it would give it twice.
                        var unused = SettingsSections.Readers.Keys.Where(k => tree.Root[k] is null);
                        context.ReportAtName(property, DiagnosticMessages.UnknownSetting(ComplianceSettings.FileName, Suggestions.For(property.Name, unused)));
                        continue;
                    }
                    if (read(property.Value, context) is { } value) sections[property.Name] = value;
                }
            }
            return new ComplianceSettings(source.Path, sections, context.Diagnostics, source);
        }

        /// <summary>A settings file that could not be read at all (an I/O failure, not UTF-8): it sets nothing.</summary>
        public static ComplianceSettings Unreadable(string path, string problem)
        {
            var bag = new DiagnosticBag();
            bag.Report(new SourceText(path, string.Empty), new Text.TextSpan(0, 0), DiagnosticMessages.SettingsUnreadable(problem));
            return new ComplianceSettings(path, new Dictionary<string, object>(), System.Collections.Immutable.ImmutableArray.CreateRange(bag));
        }
    }
}
