using System;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// A node the formatter does not know how to lay out (a declaration kind added to the language after it, say).
    /// The declaration that holds it is then kept exactly as written rather than guessed at.
    /// </summary>
    internal sealed class UnsupportedSyntaxException : Exception
    {
        public UnsupportedSyntaxException(SyntaxNode? node)
            : base($"The formatter cannot lay out {node?.GetType().Name ?? "this syntax"}.")
        {
        }
    }
}
