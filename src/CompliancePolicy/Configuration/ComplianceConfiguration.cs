using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// The severity configuration of a run: for each policy file, the compliance.json that applies to it (its
    /// folder's, or the nearest above; see docs/configuration.md), and severities a host sets over them (the
    /// analyzers' MSBuild properties). <c>lint</c>, <c>check</c>, the analyzers and the language server all configure
    /// diagnostics through this one type, so they agree. Settings files are read once, when first needed.
    /// </summary>
    public sealed class ComplianceConfiguration
    {
        private readonly SettingsFiles? _files;
        private readonly SeveritySettings? _overrides;
        private readonly string? _hostPath;
        private readonly object _gate;
        private readonly Dictionary<string, string?> _settingsPathByFolder;
        private readonly Dictionary<string, ComplianceSettings> _settingsByPath;

        private ComplianceConfiguration(SettingsFiles? files, IReadOnlyDictionary<string, ConfiguredSeverity>? overrides, ComplianceConfiguration? cacheOwner, string? hostPath = null)
            : this(files, overrides, hostPath, cacheOwner?._gate ?? new object(),
                  cacheOwner?._settingsPathByFolder ?? new Dictionary<string, string?>(System.StringComparer.Ordinal),
                  cacheOwner?._settingsByPath ?? new Dictionary<string, ComplianceSettings>(System.StringComparer.Ordinal))
        {
        }

        private ComplianceConfiguration(
            SettingsFiles? files, IReadOnlyDictionary<string, ConfiguredSeverity>? overrides, string? hostPath,
            object gate, Dictionary<string, string?> settingsPathByFolder, Dictionary<string, ComplianceSettings> settingsByPath)
        {
            _files = files;
            _overrides = overrides is null || overrides.Count == 0 ? null : new SeveritySettings(overrides);
            _hostPath = hostPath;
            // Configurations derived from one another read the same files: they share the cache.
            _gate = gate;
            _settingsPathByFolder = settingsPathByFolder;
            _settingsByPath = settingsByPath;
        }

        /// <summary>No settings files: every rule at its default severity.</summary>
        public static ComplianceConfiguration None { get; } = new ComplianceConfiguration(null, null, null);

        /// <summary>Settings files found where <paramref name="files"/> looks (<c>Checking.SettingsOnDisk</c>: on disk).</summary>
        internal static ComplianceConfiguration From(SettingsFiles files) =>
            new ComplianceConfiguration(files ?? throw new System.ArgumentNullException(nameof(files)), null, null);

        /// <summary>
        /// Only the settings files given (their paths are where they are found): for a host that cannot read the disk,
        /// or that holds unsaved texts. No <c>.git</c> folder stops the search.
        /// </summary>
        public static ComplianceConfiguration FromFiles(IEnumerable<SourceText> settingsFiles) =>
            new ComplianceConfiguration(new SettingsFiles.Given(settingsFiles), null, null);

        /// <summary>The same settings files, with severities the host sets for some rules; these win over the files'.</summary>
        public ComplianceConfiguration WithOverrides(IReadOnlyDictionary<string, ConfiguredSeverity> overrides) =>
            new ComplianceConfiguration(_files, overrides, this, _hostPath);

        /// <summary>
        /// The same settings, for policy text held in another file (a C# string literal): the settings of that file apply
        /// to it, whatever path the policy text is compiled under.
        /// </summary>
        internal ComplianceConfiguration ForTextIn(string hostPath) =>
            new ComplianceConfiguration(_files, _overrides?.ByRule, this, hostPath);

        /// <summary>The settings for a policy file, or <see cref="ComplianceSettings.Default"/> when no settings file applies.</summary>
        internal ComplianceSettings For(string policyPath)
        {
            if (_files is null) return ComplianceSettings.Default;
            policyPath = _hostPath ?? policyPath;
            var folder = System.IO.Path.GetDirectoryName(policyPath) ?? string.Empty;
            lock (_gate)
            {
                if (!_settingsPathByFolder.TryGetValue(folder, out var path))
                {
                    path = _files.Find(policyPath);
                    _settingsPathByFolder.Add(folder, path);
                }
                if (path is null) return ComplianceSettings.Default;
                if (!_settingsByPath.TryGetValue(path, out var settings))
                {
                    settings = _files.Read(path);
                    _settingsByPath.Add(path, settings);
                }
                return settings;
            }
        }

        /// <summary>
        /// The same configuration with new texts for some of its settings files (as fixing them makes): each settings file
        /// still applies to the same policy files.
        /// </summary>
        internal ComplianceConfiguration WithSettingsTexts(IEnumerable<SourceText> texts)
        {
            lock (_gate)
            {
                var byPath = new Dictionary<string, ComplianceSettings>(_settingsByPath, System.StringComparer.Ordinal);
                foreach (var text in texts) byPath[text.Path] = ComplianceSettings.Parse(text);
                return new ComplianceConfiguration(_files, _overrides?.ByRule, _hostPath, new object(),
                    new Dictionary<string, string?>(_settingsPathByFolder, System.StringComparer.Ordinal), byPath);
            }
        }

        /// <summary>The settings files that apply to some policy files (those that exist), each once.</summary>
        internal IEnumerable<ComplianceSettings> SettingsFor(IEnumerable<string> policyPaths) =>
            policyPaths.Select(For).Where(s => s.Path != null).Distinct().ToList();

        /// <summary>
        /// The diagnostics of some policy files as configured: each at the severity the settings of its file give
        /// (the overrides first), none of those turned off, and the problems of every settings file that applies.
        /// </summary>
        internal IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, IEnumerable<string> policyPaths)
        {
            if (_files is null && _overrides is null) return diagnostics;
            var settingsProblems = SettingsFor(policyPaths).SelectMany(s => s.Diagnostics);
            var configured = new List<Diagnostic>();
            foreach (var diagnostic in diagnostics.Concat(settingsProblems))
            {
                var severities = diagnostic.Location is null ? SeveritySettings.Empty : For(diagnostic.Location.Path).Severity;
                var result = _overrides != null && _overrides.ByRule.ContainsKey(diagnostic.Id) ? _overrides.Apply(diagnostic) : severities.Apply(diagnostic);
                if (result != null) configured.Add(result);
            }
            return DiagnosticBag.Sort(configured);
        }
    }
}
