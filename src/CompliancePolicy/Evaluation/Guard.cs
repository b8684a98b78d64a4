using System;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Which exceptions become an error outcome instead of escaping the engine, and what that error says. Data problems
    /// are thrown as <see cref="EvaluationException"/> where they arise, in the policy's terms; anything else that
    /// reaches here is a bug in the engine, reported as an internal error without the exception's text.
    /// </summary>
    internal static class Guard
    {
        /// <summary>What a verdict says when the engine itself failed.</summary>
        public static readonly string InternalErrorMessage =
            BugReports.Message("the engine failed while evaluating this", "the policy, the record and the as-of date");

        public static bool IsRecoverable(Exception exception) =>
            !(exception is OutOfMemoryException) && !(exception is OperationCanceledException);

        public static EvaluationException ToEvaluationError(Exception exception) =>
            exception as EvaluationException ?? new EvaluationException(EvaluationErrorKind.Internal, InternalErrorMessage);
    }
}
