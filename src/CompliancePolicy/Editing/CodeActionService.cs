using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A fix an editor offers for a diagnostic: the library's <see cref="DiagnosticFix"/> and the diagnostic it fixes.</summary>
    internal sealed record CodeFix(Diagnostic Diagnostic, DiagnosticFix Fix);

    /// <summary>
    /// The fixes for the diagnostics in a range: every fix the library computes for them (the same the Roslyn code fixes
    /// and <c>compliance lint --fix</c> apply), nothing of the editor's own.
    /// </summary>
    internal static class CodeActionService
    {
        public static IReadOnlyList<CodeFix> For(PolicyAnalysis analysis, string path, TextSpan range) =>
            analysis.DiagnosticsIn(path)
                .Where(d => d.Location!.Span.Start <= range.End && range.Start <= d.Location.Span.End)
                .SelectMany(d => d.Fixes.Select(f => new CodeFix(d, f)))
                .ToArray();
    }
}
