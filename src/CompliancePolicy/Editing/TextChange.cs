using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>Replace the text of <see cref="Span"/> with <see cref="NewText"/>; changes of one edit never overlap.</summary>
    public sealed record TextChange(TextSpan Span, string NewText);
}
