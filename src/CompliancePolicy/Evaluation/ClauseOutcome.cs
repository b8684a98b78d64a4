namespace CompliancePolicy.Evaluation
{
    /// <summary>The verdict of one clause for one record.</summary>
    public enum ClauseOutcome
    {
        /// <summary>Internal marker: not computed yet.</summary>
        None = 0,
        Pass,
        Fail,
        NotApplicable,
        Error,
    }
}
