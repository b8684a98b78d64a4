namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        public static DiagnosticMessage UnknownSuppressedRule(Suggestion id) => new DiagnosticMessage(
            DiagnosticRules.UnknownSuppressedRule, $"'{id.Name}' is not the ID of a rule of the policy language, so the suppression does nothing for it{id}", id);

        /// <summary>CP1121; <paramref name="ids"/> reads "CP1101, CP1103".</summary>
        public static DiagnosticMessage SuppressionWithoutReason(string ids) => new DiagnosticMessage(
            DiagnosticRules.SuppressionWithoutReason,
            $"The suppression of {ids} gives no reason; write it after ' -- ' so that a reader knows why the rule does not apply here");

        /// <summary>CP1122; <paramref name="where"/> reads "in this file" or "on the code this comment is about".</summary>
        public static DiagnosticMessage UnusedSuppression(string id, string where) =>
            new DiagnosticMessage(DiagnosticRules.UnusedSuppression, $"{id} is not reported {where}; remove it from the suppression");

        public static DiagnosticMessage SuppressionAfterCode(string directive) => new DiagnosticMessage(
            DiagnosticRules.SuppressionAfterCode, $"A suppression comment after code applies to nothing; put '{directive}' on its own line, above the code it is about");

        public static DiagnosticMessage UnsuppressibleRule(string id, string why) =>
            new DiagnosticMessage(DiagnosticRules.UnsuppressibleRule, $"{id} cannot be suppressed in a policy file: {why}");

        public static DiagnosticMessage UnknownSuppressionDirective(Suggestion directive) => new DiagnosticMessage(
            DiagnosticRules.UnknownSuppressionDirective,
            $"'{directive.Name}' is not a suppression directive (they are 'compliance-disable-next-line' and 'compliance-disable-file'){directive}", directive);

        public static DiagnosticMessage SuppressionWithoutRule(string directive) => new DiagnosticMessage(
            DiagnosticRules.SuppressionWithoutRule, $"'{directive}' names no rule; list the IDs it silences, as in '# {directive} CP1101 -- reason'");
    }
}
