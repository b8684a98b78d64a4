namespace CompliancePolicy.Checking
{
    /// <summary>
    /// What a verb built on <see cref="RecordInspection"/> found (<c>explain</c>, <c>timeline</c>): the inspection, and why
    /// the verb has nothing to show when it has not. Both verbs end with the same exit codes.
    /// </summary>
    internal abstract class InspectionResult
    {
        protected InspectionResult(RecordInspection inspection, RunProblem? problem)
        {
            Inspection = inspection;
            Problem = problem;
        }

        public RecordInspection Inspection { get; }
        public RunProblem? Problem { get; }

        /// <summary>The engine failed on the record (a bug, <see cref="Evaluation.EvaluationErrorKind.Internal"/>).</summary>
        public abstract bool HasInternalErrors { get; }

        /// <summary>2 a policy, the record, an override or the verb's own input cannot be used; 3 the engine failed on the
        /// record; otherwise <paramref name="shown"/>, the verb's own code.</summary>
        protected int ExitCodeOr(int shown) => Problem != null || !Inspection.Succeeded ? 2 : HasInternalErrors ? 3 : shown;
    }
}
