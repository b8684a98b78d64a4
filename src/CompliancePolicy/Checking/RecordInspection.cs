using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// The sequence <c>explain</c> and <c>timeline</c> share: load the policies (as every verb does), pick one record by
    /// <c>FILE#ID</c>, read it against every policy, and evaluate it against each policy whose schema it fits. Each
    /// problem is told to the listener as it is found, so both verbs print the same diagnostics.
    /// </summary>
    internal sealed class RecordInspection
    {
        private RecordInspection(RunProblem? problem, bool hasInputErrors, RecordReadResult? record,
            IReadOnlyList<RecordEvaluation> evaluations, IReadOnlyList<NotApplicablePolicy> notApplicable, IReadOnlyList<InputFile> inputs)
        {
            Problem = problem;
            HasInputErrors = hasInputErrors;
            Record = record;
            Evaluations = evaluations;
            NotApplicable = notApplicable;
            Inputs = inputs;
        }

        /// <summary>Why the record could not be inspected, when it is about one input (the record, the policies).</summary>
        public RunProblem? Problem { get; }

        /// <summary>A policy, an override or the record could not be used (already told to the listener).</summary>
        public bool HasInputErrors { get; }

        public bool Succeeded => Problem is null && !HasInputErrors;

        /// <summary>The record as read against the first policy whose schema it fits.</summary>
        public RecordReadResult? Record { get; }

        /// <summary>The record evaluated against each policy whose schema it fits, in the order the policies were given.</summary>
        public IReadOnlyList<RecordEvaluation> Evaluations { get; }

        /// <summary>The policies whose schema the record does not fit, with the first reason.</summary>
        public IReadOnlyList<NotApplicablePolicy> NotApplicable { get; }

        /// <summary>The policy files and the record file, by content, for reports.</summary>
        public IReadOnlyList<InputFile> Inputs { get; }

        /// <summary>
        /// Runs the sequence. <paramref name="checkPolicies"/> may refuse the compiled policies before the record is read
        /// (e.g. none declares a lifecycle).
        /// </summary>
        public static RecordInspection Run(IReadOnlyList<string> policyPaths, string recordReference, RunOptions options, IRunListener listener,
            Func<IReadOnlyList<Policy>, RunProblem?>? checkPolicies = null, CancellationToken cancellationToken = default)
        {
            var loaded = LoadedPolicies.Load(RunInputs.Find(policyPaths), options, listener, cancellationToken);
            var policyFiles = loaded.Files.Select(f => f.Input).ToArray();
            if (!loaded.CanRun) return Failed(null, policyFiles);
            var policies = loaded.Policies.Select(p => p.Policy).ToArray();
            if (checkPolicies?.Invoke(policies) is { } refused) return Failed(refused, policyFiles);

            var reference = RecordReference.Parse(recordReference);
            var selection = reference.SelectOne(policies, cancellationToken);
            if (selection.Problem != null) return Failed(new RunProblem(ProblemSubject.Record, selection.Problem), policyFiles);
            foreach (var diagnostic in selection.FileDiagnostics) listener.Diagnostic(diagnostic);
            if (!selection.Succeeded) return Failed(null, policyFiles);

            var reads = selection.Reads;
            var fitting = reads.Select((r, i) => (Read: r.Read, Run: loaded.Policies[i])).Where(r => r.Read.IsValid).ToArray();
            if (fitting.Length == 0)
            {
                TellMismatches(listener, reads);
                return Failed(null, policyFiles);
            }
            // Each schema reads the same record; a warning it gives under several schemas is said once.
            foreach (var warning in fitting.SelectMany(f => f.Read.Diagnostics).GroupBy(d => d.ToString()).Select(g => g.First())) listener.Diagnostic(warning);

            var evaluations = fitting.Select(f => f.Run.Policy.Evaluate(f.Read.Record!, options.AsOf, f.Run.Parameters)).ToArray();
            var notApplicable = reads.Where(r => !r.Read.IsValid).Select(r => new NotApplicablePolicy(r.Policy, CheckRun.MismatchReason(r.Policy, r.Read))).ToArray();
            var inputs = policyFiles.ToList();
            if (ContentHash.OfFile(reference.Path, InputKind.Records) is { } recordFile) inputs.Add(recordFile);
            return new RecordInspection(null, false, fitting[0].Read, evaluations, notApplicable, inputs);
        }

        private static RecordInspection Failed(RunProblem? problem, IReadOnlyList<InputFile> inputs) =>
            new RecordInspection(problem, problem is null, null, new RecordEvaluation[0], new NotApplicablePolicy[0], inputs);

        /// <summary>A record that fits no policy: its problems against each schema (errors only when there are several).</summary>
        private static void TellMismatches(IRunListener listener, IReadOnlyList<PolicyRecord> reads)
        {
            foreach (var (policy, read) in reads)
            {
                var context = reads.Count > 1 ? $" (schema of policy '{policy.Name}')" : null;
                foreach (var diagnostic in read.Diagnostics.Where(d => d.IsError || reads.Count == 1)) listener.Diagnostic(diagnostic, context);
            }
        }
    }

    /// <summary>A policy a record is not evaluated against, because the record does not fit its schema.</summary>
    internal sealed class NotApplicablePolicy
    {
        public NotApplicablePolicy(Policy policy, string reason)
        {
            Policy = policy;
            Reason = reason;
        }

        public Policy Policy { get; }

        /// <summary>"the record does not fit schema 'Audit': Required field 'audit_id' of Audit is missing".</summary>
        public string Reason { get; }
    }
}
