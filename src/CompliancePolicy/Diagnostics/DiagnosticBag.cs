using System.Collections;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>Collects diagnostics while a stage runs; every report names its rule and its place.</summary>
    public sealed class DiagnosticBag : IEnumerable<Diagnostic>
    {
        private readonly List<Diagnostic> _diagnostics = new List<Diagnostic>();

        public bool HasErrors => _diagnostics.Any(d => d.IsError);

        public void Report(DiagnosticRule rule, SourceLocation? location, params object?[] arguments) =>
            _diagnostics.Add(new Diagnostic(rule, location, rule.Format(arguments), rule.DefaultSeverity));

        public void Report(DiagnosticRule rule, SourceText source, TextSpan span, params object?[] arguments) =>
            Report(rule, source.GetLocation(span), arguments);

        public void AddRange(IEnumerable<Diagnostic> diagnostics) => _diagnostics.AddRange(diagnostics);

        /// <summary>The diagnostics in file, position and ID order, so output is stable.</summary>
        public IReadOnlyList<Diagnostic> ToSortedList() => _diagnostics
            .OrderBy(d => d.Location?.Path ?? string.Empty, System.StringComparer.Ordinal)
            .ThenBy(d => d.Location?.Span.Start ?? 0)
            .ThenBy(d => d.Id, System.StringComparer.Ordinal)
            .ToArray();

        public IEnumerator<Diagnostic> GetEnumerator() => _diagnostics.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
