namespace CompliancePolicy.Evaluation
{
    /// <summary>The overall verdict for one record against one policy, at a chosen fail-on severity.</summary>
    public enum RecordOutcome
    {
        Compliant,
        NonCompliant,

        /// <summary>No clause failed at the fail-on level, but some clause or decision could not be evaluated.</summary>
        Error,
    }
}
