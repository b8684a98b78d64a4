using System.Collections.Generic;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// How <c>check</c> and <c>due</c> start: find the inputs, refuse an output that is one of them (before anything is
    /// read), then load the policies. Policies load in moments; an interruption is heard by the reading of records.
    /// </summary>
    internal sealed class RunStart
    {
        private RunStart(RunInputs inputs, LoadedPolicies? loaded, RunProblem? problem)
        {
            Inputs = inputs;
            Loaded = loaded!;
            Problem = problem;
        }

        public RunInputs Inputs { get; }

        /// <summary>The policies; not loaded when <see cref="Problem"/> stopped the run.</summary>
        public LoadedPolicies Loaded { get; }

        public RunProblem? Problem { get; }

        public static RunStart Begin<TWriter>(IReadOnlyList<string> policyPaths, RunRequest<TWriter> request, IRunListener listener)
            where TWriter : System.IDisposable
        {
            var inputs = RunInputs.Find(policyPaths, request.RecordPaths);
            if (request.OutputPath != null && inputs.OutputConflict(request.OutputPath) is { } conflict)
                return new RunStart(inputs, null, new RunProblem(ProblemSubject.Output, conflict));
            return new RunStart(inputs, LoadedPolicies.Load(inputs, request.Options, listener), null);
        }

        /// <summary>The record files to read: every one found when the policies can run (their missing inputs then told
        /// to the listener and added to <paramref name="diagnostics"/>), none otherwise.</summary>
        public IReadOnlyList<string> RecordFiles(IRunListener listener, List<Diagnostic> diagnostics)
        {
            if (!Loaded.CanRun) return System.Array.Empty<string>();
            Inputs.ReportRecordProblems(listener, diagnostics);
            return Inputs.RecordFiles;
        }
    }
}
