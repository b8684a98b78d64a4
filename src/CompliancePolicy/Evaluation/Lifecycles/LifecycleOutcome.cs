using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>A lifecycle's result for one record, or why it could not be replayed.</summary>
    public sealed class LifecycleOutcome
    {
        internal LifecycleOutcome(LifecycleSymbol lifecycle, LifecycleResult? result, string? error)
        {
            Lifecycle = lifecycle;
            Result = result;
            Error = error;
        }

        public LifecycleSymbol Lifecycle { get; }
        public LifecycleResult? Result { get; }
        public string? Error { get; }
        public bool IsError => Error != null;
    }
}
