using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// The one sequence every verb starts with: read the policy files found, compile them (under the compliance.json
    /// that applies to each), and apply the run's parameter overrides, telling the listener each problem as it is found. Every verb therefore prints the same diagnostics
    /// (warnings too) in the same words.
    /// </summary>
    internal sealed class LoadedPolicies
    {
        private LoadedPolicies(IReadOnlyList<PolicySourceFile> files, PolicyCompilation? compilation, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<RunPolicy> policies)
        {
            Files = files;
            Compilation = compilation;
            Diagnostics = diagnostics;
            Policies = policies;
        }

        /// <summary>The policy files read, with their fingerprints.</summary>
        public IReadOnlyList<PolicySourceFile> Files { get; }

        public IReadOnlyList<SourceText> Sources => Files.Select(f => f.Text).ToArray();

        /// <summary>The compilation; null when a policy input could not be used (nothing was compiled).</summary>
        public PolicyCompilation? Compilation { get; }

        /// <summary>Every diagnostic, for reports: unusable inputs (CP3004), the compiler's, and refused overrides.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>The policies with their parameter values; empty unless every input was read, every policy compiled
        /// and every override applied (a run never evaluates with part of what it was given).</summary>
        public IReadOnlyList<RunPolicy> Policies { get; }

        public bool CanRun => Policies.Count > 0;

        /// <summary>Reads and compiles the policy files of <paramref name="inputs"/>; with <paramref name="options"/>, applies
        /// its parameter overrides. Without options (lint) every policy that compiles is kept with its defaults.</summary>
        public static LoadedPolicies Load(RunInputs inputs, RunOptions? options, IRunListener listener, CancellationToken cancellationToken = default)
        {
            var problems = new List<InputProblem>(inputs.PolicyProblems);
            var files = new List<PolicySourceFile>();
            foreach (var path in inputs.PolicyFiles)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = PolicySources.Read(path, problems);
                if (file != null) files.Add(file);
            }
            return FromFiles(files, problems, options, listener, cancellationToken);
        }

        /// <summary>As <see cref="Load"/>, for policy files already read (from a git revision, say) and the problems found reading them.</summary>
        internal static LoadedPolicies FromFiles(IReadOnlyList<PolicySourceFile> files, IReadOnlyList<InputProblem> problems, RunOptions? options,
            IRunListener listener, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<Diagnostic>();
            foreach (var problem in problems)
            {
                var diagnostic = Unusable(problem);
                diagnostics.Add(diagnostic);
                listener.InputProblem(problem, diagnostic);
            }
            if (problems.Count > 0) return new LoadedPolicies(files, null, diagnostics, new RunPolicy[0]);

            var sources = files.Select(f => f.Text).ToArray();
            listener.SourcesRead(sources);
            // Every verb reports at the severities the compliance.json above each policy file sets (docs/configuration.md).
            var compilation = PolicyCompiler.Compile(sources, SettingsOnDisk.Configuration(), cancellationToken);
            Tell(listener, compilation.Diagnostics, diagnostics);
            if (compilation.HasErrors && options != null) return new LoadedPolicies(files, compilation, diagnostics, new RunPolicy[0]);

            var overrides = options?.ParameterOverrides ?? new KeyValuePair<string, string>[0];
            var policies = ParameterOverrides.Apply(compilation.Policies, overrides, out var refused);
            Tell(listener, refused, diagnostics);
            var runnable = !refused.Any(d => d.IsError);
            return new LoadedPolicies(files, compilation, diagnostics, runnable ? policies : new RunPolicy[0]);
        }

        private static void Tell(IRunListener listener, IEnumerable<Diagnostic> found, List<Diagnostic> all)
        {
            foreach (var diagnostic in found)
            {
                all.Add(diagnostic);
                listener.Diagnostic(diagnostic);
            }
        }

        /// <summary>An unusable policy input as a diagnostic (CP3004), at the start of the path, so machine-readable
        /// reports carry it like any other problem.</summary>
        private static Diagnostic Unusable(InputProblem problem) => DiagnosticMessages.PolicyInputUnusable(problem.Path, problem.Message).AtStartOf(problem.Path);
    }
}
