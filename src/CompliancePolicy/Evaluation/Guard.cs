using System;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Which exceptions become an error outcome instead of escaping the engine, and how they read.</summary>
    internal static class Guard
    {
        public static bool IsRecoverable(Exception exception) =>
            !(exception is OutOfMemoryException) && !(exception is OperationCanceledException);

        public static string Describe(Exception exception)
        {
            switch (exception)
            {
                case EvaluationException evaluation: return evaluation.Message;
                case OverflowException _: return "a number is too large: " + exception.Message;
                case DivideByZeroException _: return "division by zero";
                default: return "internal error: " + exception.GetType().Name + ": " + exception.Message;
            }
        }
    }
}
