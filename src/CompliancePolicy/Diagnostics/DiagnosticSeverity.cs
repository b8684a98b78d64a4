namespace CompliancePolicy.Diagnostics
{
    /// <summary>How serious a diagnostic is. Errors stop a policy from compiling or a record from being evaluated.</summary>
    public enum DiagnosticSeverity
    {
        Info,
        Warning,
        Error,
    }
}
