using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>The base of every syntax node: immutable, and knows its span in the source file.</summary>
    internal abstract record SyntaxNode(TextSpan Span);

    /// <summary>An identifier as written, with its own span (used for precise diagnostics and renames).</summary>
    internal sealed record NameSyntax(TextSpan Span, string Text) : SyntaxNode(Span)
    {
        public override string ToString() => Text;
    }

    /// <summary>A string literal: its unescaped value, and the span of the quotes and content.</summary>
    internal sealed record StringLiteralSyntax(TextSpan Span, string Value) : SyntaxNode(Span);

    /// <summary>A comment (<c># ...</c>) kept so that the formatter can put it back.</summary>
    internal sealed record CommentSyntax(TextSpan Span, string Text) : SyntaxNode(Span);
}
