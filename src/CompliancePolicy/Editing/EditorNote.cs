using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A result the editor shows at a place, such as the outcome of running a clause's tests: not a problem, a note.</summary>
    internal sealed record EditorNote(SourceLocation Location, string Source, string Message);
}
