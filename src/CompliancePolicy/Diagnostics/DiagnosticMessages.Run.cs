namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        /// <summary>CP3001; <paramref name="policies"/> names the policies searched ("A', 'B" when several).</summary>
        public static DiagnosticMessage UnknownParameter(string policies, Suggestion parameter) =>
            new DiagnosticMessage(DiagnosticRules.UnknownParameter, $"Policy '{policies}' has no parameter '{parameter.Name}'{parameter}", parameter);

        public static DiagnosticMessage InvalidParameterValue(string parameter, string type, string written, string problem) =>
            new DiagnosticMessage(DiagnosticRules.InvalidParameterValue, $"Parameter '{parameter}' is {type}; cannot use '{written}': {problem}");

        /// <summary>CP3003; <paramref name="why"/> reads "no record file was found" or "'x.json' holds no records".</summary>
        public static DiagnosticMessage NothingChecked(string why) => new DiagnosticMessage(
            DiagnosticRules.NothingChecked,
            $"No record was checked: {why}; a run that checks nothing is not a pass. Give the records, or allow an empty run (--allow-empty)");

        public static DiagnosticMessage PolicyInputUnusable(string path, string problem) =>
            new DiagnosticMessage(DiagnosticRules.PolicyInputUnusable, $"Cannot use the policy input '{path}': {problem}");
    }
}
