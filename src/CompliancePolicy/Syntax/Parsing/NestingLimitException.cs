using System;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>Thrown when expressions nest deeper than the parser allows; it becomes a diagnostic, never escapes.</summary>
    internal sealed class NestingLimitException : Exception
    {
        public NestingLimitException(int offset, int limit)
            : base($"expression nested more than {limit} levels deep; split it with 'let' definitions")
        {
            Offset = offset;
        }

        public int Offset { get; }
    }
}
