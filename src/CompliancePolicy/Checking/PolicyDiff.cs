using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Reporting.Diff;
using CompliancePolicy.Syntax.Differencing;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// <c>compliance diff OLD NEW</c> as one call: read both versions of the policies (files, folders or a git revision),
    /// compile each, compare their structure, then read every record once and evaluate it under both versions, writing
    /// each record whose verdict changed as it goes (atomically when the report goes to a file).
    /// </summary>
    /// <remarks>
    /// Policies are matched by title. A policy in one version only is listed as added or removed with its declarations; its
    /// records are compared with "absent" on the other side, so a record that fails an added policy is a new failure.
    /// </remarks>
    internal static class PolicyDiff
    {
        public static RunResult<DiffSummary> Run(DiffRequest request, IRunListener listener, CancellationToken cancellationToken = default)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            var options = request.Run.Options;
            var records = RunInputs.FindRecords(request.Run.RecordPaths);
            var oldProblems = new List<InputProblem>();
            var newProblems = new List<InputProblem>();
            var oldFiles = Read(request.OldVersion, oldProblems);
            var newFiles = Read(request.NewVersion, newProblems);
            if (request.Run.OutputPath != null && Conflict(request.Run.OutputPath, oldFiles.Concat(newFiles), records) is { } conflict)
                return new RunResult<DiffSummary>(new RunProblem(ProblemSubject.Output, conflict));

            // Overrides are applied below, to the version (or both) that declares each parameter.
            var compileOnly = new RunOptions(options.AsOf, null, options.FailOn, options.AllowEmpty, options.ToolName, options.ToolVersion);
            var old = LoadedPolicies.FromFiles(oldFiles, oldProblems, compileOnly, listener, cancellationToken);
            var @new = LoadedPolicies.FromFiles(newFiles, newProblems, compileOnly, listener, cancellationToken);
            var diagnostics = old.Diagnostics.Concat(@new.Diagnostics).ToList();
            var canRun = old.CanRun && @new.CanRun;
            var pairs = canRun ? Pair(old, @new, options.ParameterOverrides, diagnostics, listener) : new PolicyVersions[0];
            canRun = canRun && !diagnostics.Any(d => d.IsError);
            var structure = old.Compilation != null && @new.Compilation != null
                ? StructuralDiffer.Compare(old.Compilation.Files, @new.Compilation.Files)
                : new PolicyStructureDiff[0];
            if (canRun) records.ReportRecordProblems(listener, diagnostics);

            return request.Run.Write(writer =>
            {
                var header = new DiffReportHeader(options.ToolName, options.ToolVersion, request.OldVersion, request.NewVersion,
                    options.AsOf, options.FailOn, request.FailOnNewFailures, options.ParameterOverrides,
                    Policies(structure, pairs), old.Files.Concat(@new.Files).Select(f => f.Input).ToArray());
                var run = new DiffRun(options, request.FailOnNewFailures, pairs, writer, header, diagnostics, listener);
                foreach (var path in canRun ? records.RecordFiles : new string[0])
                {
                    var before = run.Diagnostics.Count;
                    if (run.CompareFile(path, cancellationToken) == 0 && run.Diagnostics.Count == before) listener.Warning($"{path}: holds no records");
                }
                return run.Complete(!canRun);
            });
        }

        /// <summary>A version's policy files: a git revision (<c>REV:PATH</c>) or files and folders on disk.</summary>
        private static IReadOnlyList<PolicySourceFile> Read(string version, List<InputProblem> problems)
        {
            if (GitRevisionSources.IsRevision(version)) return GitRevisionSources.Read(version, problems) ?? new PolicySourceFile[0];
            var inputs = RunInputs.Find(new[] { version });
            problems.AddRange(inputs.PolicyProblems);
            var files = new List<PolicySourceFile>();
            foreach (var path in inputs.PolicyFiles)
            {
                if (PolicySources.Read(path, problems) is { } file) files.Add(file);
            }
            return files;
        }

        private static string? Conflict(string output, IEnumerable<PolicySourceFile> policies, RunInputs records) =>
            RunInputs.OutputConflict(output, policies.Select(p => (p.Text.Path, "a policy file")).Concat(records.RecordFiles.Select(r => (r, "a record file"))));

        /// <summary>
        /// The policies of both versions matched by title, each with the run's overrides of the parameters it declares. A
        /// name neither version declares is refused as an unknown parameter, as in every verb.
        /// </summary>
        private static IReadOnlyList<PolicyVersions> Pair(LoadedPolicies old, LoadedPolicies @new, IReadOnlyList<KeyValuePair<string, string>> overrides,
            List<Diagnostic> diagnostics, IRunListener listener)
        {
            var all = old.Policies.Concat(@new.Policies).Select(p => p.Policy).ToArray();
            ParameterOverrides.Apply(all, overrides.Where(o => !all.Any(p => p.Parameters.Any(x => x.Name == o.Key))).ToArray(), out var unknown);
            var oldRuns = ParameterOverrides.Apply(old.Policies.Select(p => p.Policy).ToArray(), Declared(old, overrides), out var oldRefused);
            var newRuns = ParameterOverrides.Apply(@new.Policies.Select(p => p.Policy).ToArray(), Declared(@new, overrides), out var newRefused);
            foreach (var diagnostic in unknown.Concat(oldRefused).Concat(newRefused).GroupBy(d => d.ToString()).Select(g => g.First()))
            {
                diagnostics.Add(diagnostic);
                listener.Diagnostic(diagnostic);
            }
            var pairs = new List<PolicyVersions>();
            foreach (var run in oldRuns) pairs.Add(new PolicyVersions(run.Policy.Name, run, newRuns.FirstOrDefault(n => n.Policy.Name == run.Policy.Name)));
            foreach (var run in newRuns.Where(n => !oldRuns.Any(o => o.Policy.Name == n.Policy.Name))) pairs.Add(new PolicyVersions(run.Policy.Name, null, run));
            return pairs;
        }

        private static KeyValuePair<string, string>[] Declared(LoadedPolicies version, IReadOnlyList<KeyValuePair<string, string>> overrides) =>
            overrides.Where(o => version.Policies.Any(p => p.Policy.Parameters.Any(x => x.Name == o.Key))).ToArray();

        private static IReadOnlyList<PolicyPair> Policies(IReadOnlyList<PolicyStructureDiff> structure, IReadOnlyList<PolicyVersions> pairs) =>
            structure.Select(s =>
            {
                var pair = pairs.FirstOrDefault(p => p.Title == s.Title);
                return new PolicyPair(s.Title, pair?.Old?.Policy.Version, pair?.New?.Policy.Version, s.PolicyChange != ChangeKind.Added, s.PolicyChange != ChangeKind.Removed, s.Changes);
            }).ToArray();
    }

    /// <summary>One policy in the old and the new version; one of them may be missing.</summary>
    internal sealed class PolicyVersions
    {
        public PolicyVersions(string title, RunPolicy? old, RunPolicy? @new)
        {
            Title = title;
            Old = old;
            New = @new;
        }

        public string Title { get; }
        public RunPolicy? Old { get; }
        public RunPolicy? New { get; }
    }

    /// <summary>What <c>compliance diff</c> is asked: the two versions, the records, the run's options, the gate, and where the report goes.</summary>
    internal sealed class DiffRequest
    {
        /// <param name="oldVersion">The old policies: a file, a folder, or a git revision of one (<c>HEAD~1:dsl-samples</c>).</param>
        /// <param name="newVersion">The new policies, the same way.</param>
        /// <param name="recordPaths">Record files, or folders searched recursively for *.json and *.jsonl.</param>
        /// <param name="options">The run's options: the as-of date, overrides (applied to each version that declares the parameter), fail-on.</param>
        /// <param name="failOnNewFailures">Whether a record that passed and now fails makes the exit code 1.</param>
        /// <param name="createWriter">Creates the report writer over the output stream.</param>
        /// <param name="outputPath">The report file (written atomically), or null to write to <paramref name="standardOutput"/>.</param>
        /// <param name="standardOutput">The host's stream for a report without a file.</param>
        public DiffRequest(string oldVersion, string newVersion, IReadOnlyList<string> recordPaths, RunOptions options, bool failOnNewFailures,
            Func<Stream, DiffReportWriter> createWriter, string? outputPath = null, Stream? standardOutput = null)
        {
            OldVersion = oldVersion;
            NewVersion = newVersion;
            FailOnNewFailures = failOnNewFailures;
            Run = new RunRequest<DiffReportWriter>(recordPaths, options, createWriter, outputPath, standardOutput);
        }

        public string OldVersion { get; }
        public string NewVersion { get; }
        public bool FailOnNewFailures { get; }
        internal RunRequest<DiffReportWriter> Run { get; }
    }
}
