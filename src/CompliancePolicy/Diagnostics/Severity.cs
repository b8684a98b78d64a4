namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// How serious a clause's failure is, most serious first. A clause declares it (<c>severity blocker</c>); reports
    /// and <c>--fail-on</c> compare failures against it, as diagnostics are compared by their level.
    /// </summary>
    public enum Severity
    {
        Blocker,
        Major,
        Minor,
        Advisory,
    }
}
