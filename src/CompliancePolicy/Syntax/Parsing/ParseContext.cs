using System.Collections.Generic;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>The mutable state of parsing one chunk: the furthest failure, invalid literals met, and nesting depth.</summary>
    internal sealed class ParseContext
    {
        private readonly List<InvalidLiteral> _invalidLiterals = new List<InvalidLiteral>();
        private readonly HashSet<InvalidLiteral> _seenLiterals = new HashSet<InvalidLiteral>();
        private readonly List<NameSyntax> _keywordNames = new List<NameSyntax>();
        private readonly HashSet<int> _seenKeywordNames = new HashSet<int>();

        public ParseContext(SourceText source) => Source = source;

        public SourceText Source { get; }
        public FurthestFailure Failures { get; } = new FurthestFailure();

        /// <summary>How many guarded rules (nested expressions) are running now.</summary>
        public int Depth { get; set; }

        public IReadOnlyList<InvalidLiteral> InvalidLiterals => _invalidLiterals;

        /// <summary>Keywords written where a name belongs, read as names so the declaration is kept (CP0004).</summary>
        public IReadOnlyList<NameSyntax> KeywordNames => _keywordNames;

        /// <summary>Backtracking may read a name twice; it is reported once.</summary>
        public void ReportKeywordName(NameSyntax name)
        {
            if (_seenKeywordNames.Add(name.Span.Start)) _keywordNames.Add(name);
        }

        /// <summary>Backtracking may read a literal twice; it is reported once.</summary>
        public void ReportInvalidLiteral(TextSpan span, DiagnosticMessage message)
        {
            var literal = new InvalidLiteral(span, message);
            if (_seenLiterals.Add(literal)) _invalidLiterals.Add(literal);
        }
    }

    /// <summary>A literal that is well formed but has no value: an impossible date, a number too large...</summary>
    internal readonly struct InvalidLiteral : System.IEquatable<InvalidLiteral>
    {
        public InvalidLiteral(TextSpan span, DiagnosticMessage message)
        {
            Span = span;
            Message = message;
        }

        public TextSpan Span { get; }
        public DiagnosticMessage Message { get; }

        public bool Equals(InvalidLiteral other) => Span.Equals(other.Span) && Message.Text == other.Message.Text;
        public override bool Equals(object? obj) => obj is InvalidLiteral other && Equals(other);
        public override int GetHashCode() => Span.GetHashCode() ^ Message.Text.GetHashCode();
    }
}
