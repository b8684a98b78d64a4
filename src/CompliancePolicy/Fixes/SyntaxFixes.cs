using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// Fixes that need the syntax tree around a diagnostic (the clause a citation goes into, the tiers to order),
    /// attached after binding so that the binder only reports. Fixes that need only the text (renaming a name to a
    /// suggestion, see <see cref="DiagnosticBag"/>) are attached where the diagnostic is reported.
    /// </summary>
    internal static class SyntaxFixes
    {
        public static IReadOnlyList<Diagnostic> Attach(IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<PolicyFileSyntax> files)
        {
            var byPath = files.GroupBy(f => f.Source.Path).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal);
            return diagnostics
                .Select(d => d.Location != null && byPath.TryGetValue(d.Location.Path, out var file) ? d.WithFixes(For(d, file)) : d)
                .ToArray();
        }

        private static ImmutableArray<DiagnosticFix> For(Diagnostic diagnostic, PolicyFileSyntax file)
        {
            var span = diagnostic.Location!.Span;
            if (diagnostic.Rule == DiagnosticRules.MissingCitation) return AddCitationFix.For(file, span);
            if (diagnostic.Rule == DiagnosticRules.TiersOutOfOrder) return ReorderTiersFix.For(file, span);
            return ImmutableArray<DiagnosticFix>.Empty;
        }
    }
}
