using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// What a diagnostic says before it has a place: its rule, its words and the data a tool needs beside them ("did
    /// you mean" suggestions, related places). Built only by <see cref="DiagnosticMessages"/>, one typed method per
    /// message, so a message cannot be given the wrong arguments; each stage then gives it a place of its own kind
    /// (a span in a policy, an offset in a record, a node of a JSON file).
    /// </summary>
    internal sealed class DiagnosticMessage
    {
        public DiagnosticMessage(DiagnosticRule rule, string text, Suggestion? suggestion = null, IEnumerable<RelatedLocation>? related = null)
        {
            Rule = rule;
            Text = text;
            Suggestion = suggestion;
            RelatedLocations = related is null ? ImmutableArray<RelatedLocation>.Empty : related.ToImmutableArray();
        }

        public DiagnosticRule Rule { get; }
        public string Text { get; }

        /// <summary>The unknown name and its closest candidates, when the message says "did you mean".</summary>
        public Suggestion? Suggestion { get; }

        public ImmutableArray<RelatedLocation> RelatedLocations { get; }

        /// <summary>The diagnostic at a place (null for a problem with no place in a file), with the rule's severity.</summary>
        public Diagnostic At(SourceLocation? location) => At(location, ImmutableArray<DiagnosticFix>.Empty);

        public Diagnostic At(SourceLocation? location, ImmutableArray<DiagnosticFix> fixes) => new Diagnostic(
            Rule, location, Text, Rule.DefaultSeverity,
            Suggestion is null ? ImmutableArray<string>.Empty : Suggestion.Candidates, RelatedLocations, fixes);

        /// <summary>The diagnostic at the start of a file, for a problem with the file as a whole.</summary>
        public Diagnostic AtStartOf(string path)
        {
            var start = new LinePosition(1, 1);
            return At(new SourceLocation(path, new TextSpan(0, 0), start, start));
        }

        /// <summary>The diagnostic at a line and column of a file whose text is not at hand.</summary>
        public Diagnostic AtPosition(string path, int line, int column)
        {
            var position = new LinePosition(line, column);
            return At(new SourceLocation(path, new TextSpan(0, 0), position, position));
        }

        public override string ToString() => $"{Rule.Id}: {Text}";
    }
}
