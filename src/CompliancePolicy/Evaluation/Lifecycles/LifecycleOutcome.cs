using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>A lifecycle's result for one record, or why it could not be replayed.</summary>
    public sealed class LifecycleOutcome
    {
        internal LifecycleOutcome(LifecycleSymbol lifecycle, LifecycleResult? result, EvaluationException? error)
        {
            Lifecycle = lifecycle;
            Result = result;
            Error = error?.Message;
            ErrorKind = error?.Kind;
        }

        public LifecycleSymbol Lifecycle { get; }
        public LifecycleResult? Result { get; }
        public string? Error { get; }

        /// <summary>Why the lifecycle could not be replayed; null when it was.</summary>
        public EvaluationErrorKind? ErrorKind { get; }

        public bool IsError => Error != null;
    }
}
