using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>The value of a named decision for one record, or why it could not be decided.</summary>
    public sealed class DecisionResult
    {
        internal DecisionResult(DecisionSymbol decision, object? value, EvaluationException? error)
        {
            Decision = decision;
            Value = value;
            Error = error?.Message;
            ErrorKind = error?.Kind;
        }

        public DecisionSymbol Decision { get; }
        public string Name => Decision.Name;

        /// <summary>A bool, decimal, string, date, duration, enum member, record or list; null when missing or in error.</summary>
        public object? Value { get; }

        public string? Error { get; }

        /// <summary>Why the decision could not be decided; null when it was.</summary>
        public EvaluationErrorKind? ErrorKind { get; }

        public bool IsError => Error != null;

        public override string ToString() => IsError ? $"{Name}: error: {Error}" : $"{Name} = {ValueFormatter.Format(Value)}";
    }
}
