using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// Collects diagnostics while a stage runs; every report names its rule and its place. Message arguments that are
    /// data as well as words are kept as data: a <see cref="Suggestion"/> becomes the diagnostic's suggestions (and,
    /// where the span holds the name as written, a fix renaming it), a <see cref="SourceLocation"/> a related location.
    /// </summary>
    public sealed class DiagnosticBag : IEnumerable<Diagnostic>
    {
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public bool HasErrors => _diagnostics.Any(d => d.IsError);

        public void Report(DiagnosticRule rule, SourceLocation? location, params object?[] arguments) =>
            _diagnostics.Add(Create(rule, location, arguments, ImmutableArray<DiagnosticFix>.Empty));

        public void Report(DiagnosticRule rule, SourceText source, TextSpan span, params object?[] arguments) =>
            _diagnostics.Add(Create(rule, source.GetLocation(span), arguments, RenameFixes(source, span, arguments)));

        /// <summary>Reports a diagnostic with a fix computed where it is found.</summary>
        public void Report(DiagnosticRule rule, SourceText source, TextSpan span, DiagnosticFix fix, params object?[] arguments) =>
            _diagnostics.Add(Create(rule, source.GetLocation(span), arguments, RenameFixes(source, span, arguments).Add(fix)));

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

        private static Diagnostic Create(DiagnosticRule rule, SourceLocation? location, object?[] arguments, ImmutableArray<DiagnosticFix> fixes)
        {
            var suggestions = ImmutableArray<string>.Empty;
            var related = ImmutableArray<RelatedLocation>.Empty;
            foreach (var argument in arguments)
            {
                if (argument is Suggestion suggestion) suggestions = suggestions.AddRange(suggestion.Candidates);
                else if (argument is SourceLocation place) related = related.Add(new RelatedLocation(place, rule.Title));
            }
            return new Diagnostic(rule, location, rule.Format(arguments), rule.DefaultSeverity, suggestions, related, fixes);
        }

        /// <summary>
        /// One fix per candidate of a suggestion whose name is exactly the text at the span; preferred only when the
        /// candidate is the single closest one.
        /// </summary>
        private static ImmutableArray<DiagnosticFix> RenameFixes(SourceText source, TextSpan span, object?[] arguments)
        {
            var suggestion = System.Array.Find(arguments, a => a is Suggestion) as Suggestion;
            if (suggestion is null || suggestion.Candidates.IsEmpty || span.End > source.Text.Length || source.ToString(span) != suggestion.Name)
                return ImmutableArray<DiagnosticFix>.Empty;
            var isOnly = suggestion.Candidates.Length == 1;
            return suggestion.Candidates
                .Select(c => DiagnosticFix.Replace($"Change '{suggestion.Name}' to '{c}'", source.Path, span, c, isOnly))
                .ToImmutableArray();
        }
    }
}
