using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>What a piece of policy text is, for colouring (semantic tokens).</summary>
    internal enum PolicyClassification
    {
        Keyword,
        Type,
        Field,
        Parameter,
        EnumMember,
        State,
        Variable,
        Function,
        ClauseId,
        Citation,
        Text,
        Number,
        Date,
        Duration,
        Comment,
        Operator,
    }

    /// <summary>A classified piece of one line: never spans a line break.</summary>
    internal readonly struct ClassifiedSpan
    {
        public ClassifiedSpan(TextSpan span, PolicyClassification classification, bool isDeclaration = false, bool isBuiltIn = false)
        {
            Span = span;
            Classification = classification;
            IsDeclaration = isDeclaration;
            IsBuiltIn = isBuiltIn;
        }

        public TextSpan Span { get; }
        public PolicyClassification Classification { get; }

        /// <summary>The name is declared here.</summary>
        public bool IsDeclaration { get; }

        /// <summary>A built-in of the language (a function, a primitive type, <c>as_of</c>).</summary>
        public bool IsBuiltIn { get; }

        public override string ToString() => $"{Span} {Classification}{(IsDeclaration ? " declaration" : string.Empty)}{(IsBuiltIn ? " builtin" : string.Empty)}";
    }
}
