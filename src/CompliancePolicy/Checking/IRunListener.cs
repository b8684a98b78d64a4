using System.Collections.Generic;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// What a host hears while a verb runs, as it happens, so a terminal shows a problem at once rather than after a long
    /// batch. Every verb reports the same things the same way: the policy texts once read (for source snippets), each
    /// input that cannot be used, every policy diagnostic (warnings too), refused parameter overrides, record files that
    /// cannot be read, and warnings that are not diagnostics.
    /// </summary>
    public interface IRunListener
    {
        /// <summary>The policy texts were read; diagnostics that follow may point into them.</summary>
        void SourcesRead(IReadOnlyList<SourceText> sources);

        /// <summary>An input that cannot be used at all (a missing path, a file that is not UTF-8 or too large), with the
        /// diagnostic that reports carry for it.</summary>
        void InputProblem(InputProblem problem, Diagnostic diagnostic);

        /// <summary>A diagnostic of the run; <paramref name="context"/> adds where it applies, e.g. " (schema of policy 'X')".</summary>
        void Diagnostic(Diagnostic diagnostic, string? context = null);

        /// <summary>Something worth saying that is not a diagnostic: a folder or file with no records.</summary>
        void Warning(string message);
    }

    /// <summary>A listener that hears nothing: for hosts that read only the result.</summary>
    public sealed class SilentRunListener : IRunListener
    {
        public static readonly SilentRunListener Instance = new SilentRunListener();

        public void SourcesRead(IReadOnlyList<SourceText> sources)
        {
        }

        public void InputProblem(InputProblem problem, Diagnostic diagnostic)
        {
        }

        public void Diagnostic(Diagnostic diagnostic, string? context = null)
        {
        }

        public void Warning(string message)
        {
        }
    }

    /// <summary>A listener that keeps only the unusable inputs, for verbs that report from their result rather than as they go.</summary>
    internal sealed class InputProblemCollector : IRunListener
    {
        public List<InputProblem> Problems { get; } = new List<InputProblem>();

        public void SourcesRead(IReadOnlyList<SourceText> sources)
        {
        }

        public void InputProblem(InputProblem problem, Diagnostic diagnostic) => Problems.Add(problem);

        public void Diagnostic(Diagnostic diagnostic, string? context = null)
        {
        }

        public void Warning(string message)
        {
        }
    }
}
