namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// How much of each record a report holds (<c>--detail</c>): every clause, or only the clauses that failed or could
    /// not be evaluated. Records, decisions and lifecycles are reported either way; only passing and not-applicable
    /// clauses are left out, which is most of a large, mostly compliant batch.
    /// </summary>
    public enum ReportDetail
    {
        /// <summary>Only clauses that failed or are in error.</summary>
        Failures,

        /// <summary>Every clause with its outcome.</summary>
        All,
    }
}
