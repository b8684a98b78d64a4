using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;

namespace CompliancePolicy.Checking
{
    /// <summary><c>compliance timeline</c> as one call: one record's event history replayed as of a date through the
    /// lifecycles of each policy it fits.</summary>
    internal static class RecordTimeline
    {
        public static TimelineResult Replay(IReadOnlyList<string> policyPaths, string recordReference, RunOptions options,
            IRunListener listener, CancellationToken cancellationToken = default)
        {
            var inspection = RecordInspection.Run(policyPaths, recordReference, options, listener, RequireLifecycle, cancellationToken);
            if (!inspection.Succeeded) return new TimelineResult(inspection, inspection.Problem, new RecordEvaluation[0]);
            var withLifecycles = inspection.Evaluations.Where(e => e.Policy.Lifecycles.Length > 0).ToArray();
            if (withLifecycles.Length > 0) return new TimelineResult(inspection, null, withLifecycles);
            var fitting = inspection.Evaluations;
            var names = string.Join(", ", fitting.Select(e => $"'{e.Policy.Name}'"));
            var problem = $"record '{inspection.Record!.Id}' fits only {names}, which declare{(fitting.Count == 1 ? "s" : string.Empty)} no lifecycle";
            return new TimelineResult(inspection, new RunProblem(ProblemSubject.Record, problem), new RecordEvaluation[0]);
        }

        private static RunProblem? RequireLifecycle(IReadOnlyList<Policy> policies)
        {
            if (policies.Any(p => p.Lifecycles.Length > 0)) return null;
            var what = policies.Count == 1 ? $"policy '{policies[0].Name}' declares" : $"none of the policies ({string.Join(", ", policies.Select(p => $"'{p.Name}'"))}) declares";
            return new RunProblem(ProblemSubject.Policies,
                $"{what} no lifecycle; 'timeline' replays a record's events through a policy's lifecycles (see docs/language.md, \"Events and lifecycles\")");
        }
    }

    /// <summary>What <c>compliance timeline</c> found: the record replayed through each policy that has lifecycles, or why not.</summary>
    internal sealed class TimelineResult : InspectionResult
    {
        internal TimelineResult(RecordInspection inspection, RunProblem? problem, IReadOnlyList<RecordEvaluation> evaluations)
            : base(inspection, problem)
        {
            Evaluations = evaluations;
        }

        /// <summary>The record evaluated against each policy it fits that declares a lifecycle.</summary>
        public IReadOnlyList<RecordEvaluation> Evaluations { get; }

        /// <summary>The lifecycles that could not be replayed.</summary>
        public IEnumerable<LifecycleOutcome> Failed => Evaluations.SelectMany(e => e.Lifecycles).Where(l => l.IsError);

        public override bool HasInternalErrors => Evaluations.Any(e => e.HasInternalErrors);

        /// <summary>0 shown; 1 a lifecycle could not be replayed; 2 no policy, record or lifecycle to show; 3 the engine
        /// failed on the record.</summary>
        public int ExitCode => ExitCodeOr(Failed.Any() ? 1 : 0);
    }
}
