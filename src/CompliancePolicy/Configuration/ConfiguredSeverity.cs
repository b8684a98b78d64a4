namespace CompliancePolicy.Configuration
{
    /// <summary>The severity a settings file gives a rule: one of the diagnostic severities, or none (not reported).</summary>
    public enum ConfiguredSeverity
    {
        None,
        Info,
        Warning,
        Error,
    }
}
