using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// One settings file, <c>compliance.json</c> (docs/configuration.md): what it sets, section by section, and the
    /// problems found reading it (CP6001-CP6019), located by line, column and JSON path.
    /// </summary>
    internal sealed class ComplianceSettings
    {
        public const string FileName = "compliance.json";

        private readonly IReadOnlyDictionary<string, object> _sections;

        internal ComplianceSettings(string? path, IReadOnlyDictionary<string, object> sections, ImmutableArray<Diagnostic> diagnostics, SourceText? source = null)
        {
            Path = path;
            Source = source;
            _sections = sections;
            Diagnostics = diagnostics;
        }

        /// <summary>No settings file: every rule at its default severity.</summary>
        public static ComplianceSettings Default { get; } = new ComplianceSettings(null, new Dictionary<string, object>(), ImmutableArray<Diagnostic>.Empty);

        /// <summary>The file read, or null for <see cref="Default"/>.</summary>
        public string? Path { get; }

        /// <summary>The text read (null when the file could not be read), which fixes of its diagnostics edit.</summary>
        public SourceText? Source { get; }

        /// <summary>The <c>severity</c> section.</summary>
        public SeveritySettings Severity => Section(SettingsSections.Severity, SeveritySettings.Empty);

        /// <summary>The <c>records</c> section: what the editor's "Evaluate" code lens evaluates.</summary>
        public RecordsSettings Records => Section(SettingsSections.Records, RecordsSettings.None);

        /// <summary>The <c>coverage</c> section: the rule index and the rules deliberately not encoded (<c>compliance coverage</c>).</summary>
        public CoverageSettings Coverage => Section(SettingsSections.Coverage, CoverageSettings.None);

        /// <summary>The problems of the file itself (a broken file sets nothing it could not read).</summary>
        public ImmutableArray<Diagnostic> Diagnostics { get; }

        /// <summary>Reads a settings file's text; never throws for bad content, which is reported in <see cref="Diagnostics"/>.</summary>
        public static ComplianceSettings Parse(SourceText text) => SettingsReader.Read(text);

        /// <summary>A settings file that could not be read at all (an I/O failure, not UTF-8): it sets nothing, and says why (CP6001).</summary>
        public static ComplianceSettings Unreadable(string path, string problem) => SettingsReader.Unreadable(path, problem);

        private T Section<T>(string name, T fallback) where T : class =>
            _sections.TryGetValue(name, out var value) && value is T typed ? typed : fallback;
    }
}
