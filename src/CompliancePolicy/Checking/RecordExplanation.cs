using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;

namespace CompliancePolicy.Checking
{
    /// <summary><c>compliance explain</c> as one call: one record evaluated against each policy it fits, with the step-by-step
    /// reasoning behind every clause's verdict (or one clause's).</summary>
    internal static class RecordExplanation
    {
        public static ExplainResult Explain(IReadOnlyList<string> policyPaths, string recordReference, string? clauseId, RunOptions options,
            IRunListener listener, CancellationToken cancellationToken = default)
        {
            var inspection = RecordInspection.Run(policyPaths, recordReference, options, listener, null, cancellationToken);
            if (!inspection.Succeeded) return new ExplainResult(inspection, inspection.Problem, new PolicyExplanation[0]);
            var evaluations = inspection.Evaluations;
            if (clauseId != null && !evaluations.Any(e => e.Policy.Clauses.Any(c => c.Id == clauseId)))
            {
                var suggestion = Suggestions.For(clauseId, evaluations.SelectMany(e => e.Policy.Clauses).Select(c => c.Id));
                return new ExplainResult(inspection, new RunProblem(ProblemSubject.Clause, $"no clause has the ID '{clauseId}'", suggestion), new PolicyExplanation[0]);
            }
            var explanations = evaluations.Select(e => new PolicyExplanation(e,
                e.Policy.Clauses.Where(c => clauseId is null || c.Id == clauseId).Select(c => e.Explain(c.Id)).ToArray(),
                clauseId is null ? e.Decisions : new DecisionResult[0])).ToArray();
            return new ExplainResult(inspection, null, explanations);
        }
    }

    /// <summary>What <c>compliance explain</c> found: the inspection, and each policy's explanations, or why there are none.</summary>
    internal sealed class ExplainResult : InspectionResult
    {
        internal ExplainResult(RecordInspection inspection, RunProblem? problem, IReadOnlyList<PolicyExplanation> policies)
            : base(inspection, problem)
        {
            Policies = policies;
        }

        public IReadOnlyList<PolicyExplanation> Policies { get; }

        public override bool HasInternalErrors => Policies.Any(p => p.Evaluation.HasInternalErrors);

        /// <summary>0 explained; 2 a policy, the record, an override or the clause cannot be used; 3 the engine failed on the record.</summary>
        public int ExitCode => ExitCodeOr(0);
    }

    /// <summary>One policy's explanation of the record: the evaluation, each clause's reasoning, and the decisions (all
    /// of them when every clause is explained, none when one clause is asked about).</summary>
    internal sealed class PolicyExplanation
    {
        internal PolicyExplanation(RecordEvaluation evaluation, IReadOnlyList<Explanation> clauses, IReadOnlyList<DecisionResult> decisions)
        {
            Evaluation = evaluation;
            Clauses = clauses;
            Decisions = decisions;
        }

        public RecordEvaluation Evaluation { get; }
        public IReadOnlyList<Explanation> Clauses { get; }
        public IReadOnlyList<DecisionResult> Decisions { get; }
    }
}
