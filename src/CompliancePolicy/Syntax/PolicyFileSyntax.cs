using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>
    /// One parsed <c>.policy</c> file: the declarations that parsed, the comments, and the syntax diagnostics
    /// (one per broken declaration, so one mistake does not hide the next).
    /// </summary>
    internal sealed record PolicyFileSyntax(
        SourceText Source,
        ImmutableArray<DeclarationSyntax> Declarations,
        ImmutableArray<CommentSyntax> Comments,
        ImmutableArray<Diagnostic> Diagnostics);
}
