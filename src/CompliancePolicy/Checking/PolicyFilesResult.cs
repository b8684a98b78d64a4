using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// What a verb that compiles policy files found (<c>lint</c>, <c>coverage</c>): the files read, every diagnostic, or
    /// the problem that stopped it before it read them. Each verb's result adds its own findings.
    /// </summary>
    internal abstract class PolicyFilesResult
    {
        protected PolicyFilesResult(RunProblem? problem, IReadOnlyList<PolicySourceFile> files, IReadOnlyList<Diagnostic> diagnostics)
        {
            Problem = problem;
            Files = files;
            Diagnostics = diagnostics;
        }

        /// <summary>Why nothing was done (the output is one of the inputs), or null.</summary>
        public RunProblem? Problem { get; }

        /// <summary>The policy files read, by content.</summary>
        public IReadOnlyList<PolicySourceFile> Files { get; }

        /// <summary>Every diagnostic, sorted by file and position.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        public bool HasErrors => Problem != null || Diagnostics.Any(d => d.IsError);
    }
}
