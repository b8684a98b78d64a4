namespace CompliancePolicy
{
    /// <summary>
    /// What every internal error says: the engine or the tool failed, which is a bug in CompliancePolicy and never a
    /// problem with the inputs, and where to report it. Hosts use it so that a bug never reads like a verdict.
    /// </summary>
    internal static class BugReports
    {
        public const string Url = "https://github.com/compliancepolicy/compliancepolicy/issues";

        /// <summary>"internal error: {what}; this is a bug in CompliancePolicy, not a problem with the input. Please report
        /// it at ... with {evidence}".</summary>
        public static string Message(string what, string evidence) =>
            $"internal error: {what}; this is a bug in CompliancePolicy, not a problem with the input. Please report it at {Url} with {evidence}";
    }
}
