using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// Fixes that need the syntax tree around a diagnostic (the clause a citation goes into, the tiers to order, the
    /// lifecycle an event is ignored in),
    /// attached after binding so that the binder only reports. Fixes that need only the text (renaming a name to a
    /// suggestion, see <see cref="DiagnosticBag"/>) are attached where the diagnostic is reported.
    /// </summary>
    internal static class SyntaxFixes
    {
        /// <summary>
        /// Each rule's fixes, from the file the diagnostic is reported in, the diagnostic (its span, its related
        /// locations) and every file of the compilation by path.
        /// </summary>
        private static readonly Dictionary<DiagnosticRule, Func<PolicyFileSyntax, Diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax>, ImmutableArray<DiagnosticFix>>> ByRule =
            new Dictionary<DiagnosticRule, Func<PolicyFileSyntax, Diagnostic, IReadOnlyDictionary<string, PolicyFileSyntax>, ImmutableArray<DiagnosticFix>>>
            {
                [DiagnosticRules.MissingCitation] = (file, diagnostic, files) => AddCitationFix.For(file, diagnostic.Location!.Span),
                [DiagnosticRules.TiersOutOfOrder] = (file, diagnostic, files) => ReorderTiersFix.For(file, diagnostic.Location!.Span),
                [DiagnosticRules.EventIgnored] = LifecycleFixes.ForIgnoredEvent,
                [DiagnosticRules.DeadlinePreempted] = LifecycleFixes.ForPreemptedDeadline,
                [DiagnosticRules.ValidityOutlived] = LifecycleFixes.ForOutlivedValidity,
            };

        public static IReadOnlyList<Diagnostic> Attach(IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<PolicyFileSyntax> files)
        {
            if (!diagnostics.Any(d => ByRule.ContainsKey(d.Rule))) return diagnostics;
            var byPath = files.GroupBy(f => f.Source.Path).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            return diagnostics
                .Select(d => d.Location != null && ByRule.TryGetValue(d.Rule, out var fixes) && byPath.TryGetValue(d.Location.Path, out var file)
                    ? d.WithFixes(fixes(file, d, byPath))
                    : d)
                .ToArray();
        }
    }
}
