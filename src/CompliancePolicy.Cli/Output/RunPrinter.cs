using System.Collections.Generic;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Cli.Output
{
    /// <summary>
    /// Prints what a run reports as it goes on stderr, the same way for every verb: unusable inputs as one-line errors,
    /// diagnostics as <c>lint</c> prints them (with the source line on a terminal), warnings. It remembers what it
    /// printed, so the text report does not say it twice.
    /// </summary>
    internal sealed class RunPrinter : IRunListener
    {
        private readonly DiagnosticPrinter _errors;

        public RunPrinter(DiagnosticPrinter errors) => _errors = errors;

        /// <summary>The diagnostics already printed on stderr.</summary>
        public ISet<Diagnostic> Shown { get; } = new HashSet<Diagnostic>();

        public void SourcesRead(IReadOnlyList<SourceText> sources) => _errors.AddSources(sources);

        public void InputProblem(InputProblem problem, Diagnostic diagnostic)
        {
            _errors.Error(problem.ToString());
            Shown.Add(diagnostic);
        }

        public void Diagnostic(Diagnostic diagnostic, string? context = null)
        {
            _errors.Print(diagnostic, context);
            Shown.Add(diagnostic);
        }

        public void Warning(string message) => _errors.Warning(message);
    }
}
