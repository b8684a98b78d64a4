using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Configuration
{
    /// <summary>The <c>severity</c> section of compliance.json: a severity per rule ID, for the rules it names.</summary>
    internal sealed class SeveritySettings
    {
        public static SeveritySettings Empty { get; } = new SeveritySettings(ImmutableDictionary<string, ConfiguredSeverity>.Empty);

        public SeveritySettings(IReadOnlyDictionary<string, ConfiguredSeverity> byRule) => ByRule = byRule;

        /// <summary>The severity of each rule the settings name, by ID.</summary>
        public IReadOnlyDictionary<string, ConfiguredSeverity> ByRule { get; }

        /// <summary>The diagnostic with its configured severity, or null when its rule is turned off; unchanged if not named.</summary>
        public Diagnostic? Apply(Diagnostic diagnostic)
        {
            if (!ByRule.TryGetValue(diagnostic.Id, out var severity)) return diagnostic;
            return severity switch
            {
                ConfiguredSeverity.None => null,
                ConfiguredSeverity.Info => diagnostic.WithSeverity(DiagnosticSeverity.Info),
                ConfiguredSeverity.Warning => diagnostic.WithSeverity(DiagnosticSeverity.Warning),
                ConfiguredSeverity.Error => diagnostic.WithSeverity(DiagnosticSeverity.Error),
                _ => throw new System.ArgumentOutOfRangeException(nameof(diagnostic), severity, "unknown severity"),
            };
        }
    }
}
