using System.Collections.Generic;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>A run listener that keeps what it hears, for asserting on what a host would print.</summary>
    internal sealed class HeardDiagnostics : IRunListener
    {
        public List<Diagnostic> Diagnostics { get; } = new List<Diagnostic>();
        public List<InputProblem> Problems { get; } = new List<InputProblem>();
        public List<string> Warnings { get; } = new List<string>();

        public void SourcesRead(IReadOnlyList<SourceText> sources)
        {
        }

        public void InputProblem(InputProblem problem, Diagnostic diagnostic) => Problems.Add(problem);

        public void Diagnostic(Diagnostic diagnostic, string? context = null) => Diagnostics.Add(diagnostic);

        public void Warning(string message) => Warnings.Add(message);
    }
}
