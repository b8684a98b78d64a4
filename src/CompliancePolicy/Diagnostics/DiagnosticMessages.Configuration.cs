namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        public static DiagnosticMessage SettingsUnreadable(string problem) =>
            new DiagnosticMessage(DiagnosticRules.SettingsUnreadable, $"The settings file cannot be read: {problem}");

        /// <summary>CP6002; <paramref name="owner"/> is the file name or the section ("'records'").</summary>
        public static DiagnosticMessage UnknownSetting(string owner, Suggestion setting) =>
            new DiagnosticMessage(DiagnosticRules.UnknownSetting, $"{owner} has no setting '{setting.Name}', so it is ignored{setting}", setting);

        public static DiagnosticMessage WrongSettingType(string setting, string expected, string found) =>
            new DiagnosticMessage(DiagnosticRules.WrongSettingType, $"{setting} must be {expected}, not {found}");

        public static DiagnosticMessage UnknownRuleInSettings(Suggestion id) => new DiagnosticMessage(
            DiagnosticRules.UnknownRuleInSettings, $"'{id.Name}' is not the ID of a rule of the policy language, so its severity is ignored{id}", id);

        public static DiagnosticMessage InvalidSeverity(Suggestion severity) => new DiagnosticMessage(
            DiagnosticRules.InvalidSeverity, $"'{severity.Name}' is not a severity (error, warning, info or none){severity}", severity);

        public static DiagnosticMessage ErrorSeverityLowered(string id, string severity) => new DiagnosticMessage(
            DiagnosticRules.ErrorSeverityLowered,
            $"{id} is an error: a policy with an error is not compiled, so its severity stays 'error' and '{severity}' is ignored");

        public static DiagnosticMessage DuplicateSetting(string setting) =>
            new DiagnosticMessage(DiagnosticRules.DuplicateSetting, $"'{setting}' is given more than once; the last value is used");

        public static DiagnosticMessage AnalyzerRuleInSettings(string id) => new DiagnosticMessage(
            DiagnosticRules.AnalyzerRuleInSettings,
            $"{id} is reported by the analyzers, not by the policy language; set its severity in .editorconfig or with the MSBuild property CompliancePolicySeverity_{id}; here it is ignored");
    }
}
