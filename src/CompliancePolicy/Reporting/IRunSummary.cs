namespace CompliancePolicy.Reporting
{
    /// <summary>The summary of a verb that writes a report (<c>check</c>, <c>due</c>, <c>diff</c>): it decides the exit code.</summary>
    internal interface IRunSummary
    {
        int ExitCode { get; }
    }
}
