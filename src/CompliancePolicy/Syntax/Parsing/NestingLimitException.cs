using System;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>Thrown when a declaration nests deeper than a <see cref="NestingLimit"/>; it becomes CP0002, never escapes.</summary>
    internal sealed class NestingLimitException : Exception
    {
        public NestingLimitException(TextSpan span, NestingLimit limit)
            : base($"{limit.What} are nested more than {limit.Max} levels deep")
        {
            Span = span;
            Limit = limit;
        }

        /// <summary>Where the limit was passed.</summary>
        public TextSpan Span { get; }

        public NestingLimit Limit { get; }
    }
}
