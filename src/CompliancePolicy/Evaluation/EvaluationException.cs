using System;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// A value could not be computed for this record (a missing optional without fallback, a value outside every band,
    /// a division by zero). It never leaves the engine: the clause or decision that needed the value is in error, with
    /// this kind and message.
    /// </summary>
    internal sealed class EvaluationException : Exception
    {
        public EvaluationException(EvaluationErrorKind kind, string message)
            : base(message)
        {
            Kind = kind;
        }

        public EvaluationErrorKind Kind { get; }
    }
}
