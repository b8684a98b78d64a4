using System;
using System.Collections.Generic;
using CompliancePolicy.Text;

namespace CompliancePolicy.Configuration
{
    /// <summary>
    /// Every top-level key of compliance.json and how its value is read; any other key is reported (CP6002). To add a
    /// section: a reader here, a property on <see cref="ComplianceSettings"/>, and its part of docs/configuration.md
    /// and docs/compliance.schema.json (SettingsSchemaTests keeps the schema's keys and these in step).
    /// </summary>
    internal static class SettingsSections
    {
        public const string Schema = "$schema";
        public const string Severity = "severity";
        public const string Records = "records";
        public const string Coverage = "coverage";

        /// <summary>Each reader returns the section's value, or null when nothing of it could be used.</summary>
        public static readonly IReadOnlyDictionary<string, Func<JsonNode, SettingsContext, object?>> Readers =
            new Dictionary<string, Func<JsonNode, SettingsContext, object?>>(StringComparer.Ordinal)
            {
                // The editor's link to docs/compliance.schema.json; only its type is checked.
                [Schema] = (value, context) => context.Expect(value, System.Text.Json.JsonValueKind.String, "'" + Schema + "'", "a string (the schema's URL)") ? value.Text : null,
                [Severity] = SeveritySection.Read,
                [Records] = RecordsSection.Read,
                [Coverage] = CoverageSection.Read,
            };
    }
}
