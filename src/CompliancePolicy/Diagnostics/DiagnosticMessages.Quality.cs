namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        public static DiagnosticMessage MissingCitation(string clause) => new DiagnosticMessage(
            DiagnosticRules.MissingCitation, $"Clause '{clause}' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes");

        public static DiagnosticMessage UnusedParameter(string parameter) =>
            new DiagnosticMessage(DiagnosticRules.UnusedParameter, $"Parameter '{parameter}' is never used");

        /// <summary>CP1103; <paramref name="kind"/> is "Let", "Table" or "Tiers".</summary>
        public static DiagnosticMessage UnusedDefinition(string kind, string name) =>
            new DiagnosticMessage(DiagnosticRules.UnusedDefinition, $"{kind} '{name}' is never used");

        public static DiagnosticMessage TableBandsOverlap(int band, string table, int earlierBand, string shared) => new DiagnosticMessage(
            DiagnosticRules.TableBandsOverlap, $"Band {Invariant(band)} of table '{table}' overlaps band {Invariant(earlierBand)}: {shared} falls in both");

        /// <summary>CP1105; <paramref name="gap"/> reads "5" or "5 to 9".</summary>
        public static DiagnosticMessage TableBandsGap(string table, string gap) =>
            new DiagnosticMessage(DiagnosticRules.TableBandsGap, $"Table '{table}' has no band for {gap}; such values fall to 'otherwise'");

        public static DiagnosticMessage TableBandInverted(int band, string table, string low, string high) =>
            new DiagnosticMessage(DiagnosticRules.TableBandInverted, $"Band {Invariant(band)} of table '{table}' is empty: {low} is greater than {high}");

        public static DiagnosticMessage TiersOutOfOrder(string threshold, string tiers, string earlierThreshold) => new DiagnosticMessage(
            DiagnosticRules.TiersOutOfOrder,
            $"Tier 'at least {threshold}' of '{tiers}' can never be reached: 'at least {earlierThreshold}' comes before it; list tiers from the highest threshold down");

        public static DiagnosticMessage TableKeyNotInteger(string table, string keyType) => new DiagnosticMessage(
            DiagnosticRules.TableKeyNotInteger, $"The key of table '{table}' is {keyType}; band tables look up integers (use 'tiers' for decimal thresholds)");

        /// <summary>CP1109; <paramref name="kind"/> is "Table" or "Tiers", <paramref name="arm"/> "band" or "tier".</summary>
        public static DiagnosticMessage MissingOtherwise(string kind, string name, string arm) => new DiagnosticMessage(
            DiagnosticRules.MissingOtherwise, $"{kind} '{name}' has no 'otherwise' arm: say what happens to a value outside every {arm} (a result, or 'error \"...\"')");

        public static DiagnosticMessage ConditionNeverTrue(string condition, string reason) =>
            new DiagnosticMessage(DiagnosticRules.ConditionNeverTrue, $"'{condition}' can never be true: {reason}");

        public static DiagnosticMessage ClauseNeverApplies(string clause, string reason) =>
            new DiagnosticMessage(DiagnosticRules.ClauseNeverApplies, $"Clause '{clause}' can never apply: {reason}");
    }
}
