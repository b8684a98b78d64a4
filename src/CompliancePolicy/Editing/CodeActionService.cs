using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A fix an editor offers for a diagnostic: its title and the changes it makes, by file.</summary>
    public sealed record CodeFix(string Title, Diagnostic Diagnostic, IReadOnlyDictionary<string, IReadOnlyList<TextChange>> Changes, bool IsPreferred);

    /// <summary>The fixes for the diagnostics in a range: the fixes the library computes for each diagnostic, nothing of the editor's own.</summary>
    public static class CodeActionService
    {
        public static IReadOnlyList<CodeFix> For(PolicyAnalysis analysis, string path, TextSpan range) =>
            analysis.DiagnosticsIn(path)
                .Where(d => d.Location!.Span.Start <= range.End && range.Start <= d.Location.Span.End)
                .SelectMany(DiagnosticFixes.For)
                .ToArray();
    }

    /// <summary>
    /// The fixes the library attaches to a diagnostic. Diagnostics do not carry fixes yet (issue 11, "Diagnostics that
    /// carry their fixes", adds them as text edits computed in the library); until then there are none to offer, and
    /// this is the one place that will read them.
    /// </summary>
    internal static class DiagnosticFixes
    {
        public static IEnumerable<CodeFix> For(Diagnostic diagnostic) => Enumerable.Empty<CodeFix>();
    }
}
