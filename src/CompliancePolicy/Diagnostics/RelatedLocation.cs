using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>Another place a diagnostic concerns (where a name was first declared), with a short note for that place.</summary>
    public sealed record RelatedLocation(SourceLocation Location, string Message);
}
