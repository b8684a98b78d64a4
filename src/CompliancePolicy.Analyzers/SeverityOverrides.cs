using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Severities set with MSBuild properties <c>CompliancePolicySeverity_CPnnnn</c> (error, warning, info or none).
    /// .editorconfig severities do not reach diagnostics located in AdditionalFiles (dotnet/roslyn#31916), so the
    /// package's build props make these properties visible to the analyzers (CompilerVisibleProperty). For the
    /// language's rules they are handed to the library's configuration, where they win over compliance.json; the
    /// analyzers apply them to their own rules (CP5xxx) themselves.
    /// </summary>
    internal sealed class SeverityOverrides
    {
        public const string PropertyPrefix = "CompliancePolicySeverity_";

        private readonly Dictionary<string, DiagnosticSeverity?> _byId;

        private SeverityOverrides(Dictionary<string, DiagnosticSeverity?> byId) => _byId = byId;

        public static SeverityOverrides None { get; } = new SeverityOverrides(new Dictionary<string, DiagnosticSeverity?>());

        public static SeverityOverrides Read(AnalyzerConfigOptions globalOptions, IEnumerable<string> ids)
        {
            var byId = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                if (!globalOptions.TryGetValue("build_property." + PropertyPrefix + id, out var value) || string.IsNullOrWhiteSpace(value)) continue;
                if (TryParse(value.Trim(), out var severity)) byId[id] = severity;
            }
            return byId.Count == 0 ? None : new SeverityOverrides(byId);
        }

        /// <summary>error, warning, info (or suggestion), none (or silent, hidden); null severity means "do not report".</summary>
        public static bool TryParse(string value, out DiagnosticSeverity? severity)
        {
            switch (value.ToLowerInvariant())
            {
                case "error": severity = DiagnosticSeverity.Error; return true;
                case "warning": severity = DiagnosticSeverity.Warning; return true;
                case "info":
                case "suggestion": severity = DiagnosticSeverity.Info; return true;
                case "none":
                case "silent":
                case "hidden": severity = null; return true;
                default: severity = null; return false;
            }
        }

        /// <summary>The severity to report with, or null when the rule is turned off.</summary>
        public DiagnosticSeverity? Apply(string id, DiagnosticSeverity severity) =>
            _byId.TryGetValue(id, out var chosen) ? chosen : severity;

        /// <summary>The overrides as the library's configuration takes them (it ignores IDs that are not its rules).</summary>
        public IReadOnlyDictionary<string, ConfiguredSeverity> ToConfigured() => _byId.ToDictionary(
            pair => pair.Key,
            pair => pair.Value switch
            {
                null => ConfiguredSeverity.None,
                DiagnosticSeverity.Error => ConfiguredSeverity.Error,
                DiagnosticSeverity.Warning => ConfiguredSeverity.Warning,
                _ => ConfiguredSeverity.Info,
            },
            StringComparer.Ordinal);
    }
}
