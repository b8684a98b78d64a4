using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// Collects diagnostics while a stage runs; every report is a typed message (<see cref="DiagnosticMessages"/>) and
    /// its place. A message's suggestion becomes, where the span holds the name as written, a fix renaming it.
    /// </summary>
    internal sealed class DiagnosticBag : IEnumerable<Diagnostic>
    {
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public bool HasErrors => _diagnostics.Any(d => d.IsError);

        /// <summary>Reports a problem that has no place in a file, such as an unknown parameter override.</summary>
        public void Report(DiagnosticMessage message) => _diagnostics.Add(message.At(null));

        /// <summary>Reports at a place whose text is not at hand (no rename fix can be computed there).</summary>
        public void Report(SourceLocation location, DiagnosticMessage message) => _diagnostics.Add(message.At(location));

        public void Report(SourceText source, TextSpan span, DiagnosticMessage message) =>
            _diagnostics.Add(message.At(source.GetLocation(span), RenameFixes(source, span, message.Suggestion)));

        /// <summary>Reports a diagnostic with a fix computed where it is found.</summary>
        public void Report(SourceText source, TextSpan span, DiagnosticMessage message, DiagnosticFix fix) =>
            _diagnostics.Add(message.At(source.GetLocation(span), RenameFixes(source, span, message.Suggestion).Add(fix)));

        public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

        /// <summary>The diagnostics in file, position and ID order, so output is stable.</summary>
        public IReadOnlyList<Diagnostic> ToSortedList() => Sort(_diagnostics);

        /// <summary>Diagnostics in file, position and ID order.</summary>
        public static IReadOnlyList<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) => diagnostics
            .OrderBy(d => d.Location?.Path ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? 0)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToArray();

        public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        /// <summary>
        /// One fix per candidate of a suggestion whose name is exactly the text at the span; preferred only when the
        /// candidate is the single closest one.
        /// </summary>
        private static ImmutableArray<DiagnosticFix> RenameFixes(SourceText source, TextSpan span, Suggestion? suggestion)
        {
            if (suggestion is null || suggestion.Candidates.IsEmpty || span.End > source.Text.Length || source.ToString(span) != suggestion.Name)
                return ImmutableArray<DiagnosticFix>.Empty;
            var isOnly = suggestion.Candidates.Length == 1;
            return suggestion.Candidates
                .Select(c => DiagnosticFix.Replace($"Change '{suggestion.Name}' to '{c}'", source.Path, span, c, isOnly))
                .ToImmutableArray();
        }
    }
}
