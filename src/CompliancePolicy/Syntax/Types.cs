using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>A type as written in a field, parameter, let, table or decision.</summary>
    internal abstract record TypeSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary><c>int</c>, <c>date</c>, <c>Grade</c>, <c>Review</c>...</summary>
    internal sealed record NamedTypeSyntax(TextSpan Span, NameSyntax Name) : TypeSyntax(Span);

    /// <summary><c>list of T</c>.</summary>
    internal sealed record ListTypeSyntax(TextSpan Span, TypeSyntax Element) : TypeSyntax(Span);

    /// <summary><c>T?</c>: the value may be missing from a record.</summary>
    internal sealed record OptionalTypeSyntax(TextSpan Span, TypeSyntax Inner) : TypeSyntax(Span);
}
