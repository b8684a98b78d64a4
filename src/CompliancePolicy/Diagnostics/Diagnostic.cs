using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// One reported problem: its rule, where it is, its message and its effective severity, and what a tool needs to
    /// help with it: the rule's help line, "did you mean" suggestions, related places and fixes as text edits.
    /// </summary>
    public sealed class Diagnostic
    {
        internal Diagnostic(DiagnosticRule rule, SourceLocation? location, string message, DiagnosticSeverity severity)
            : this(rule, location, message, severity, ImmutableArray<string>.Empty, ImmutableArray<RelatedLocation>.Empty, ImmutableArray<DiagnosticFix>.Empty)
        {
        }

        internal Diagnostic(
            DiagnosticRule rule,
            SourceLocation? location,
            string message,
            DiagnosticSeverity severity,
            ImmutableArray<string> suggestions,
            ImmutableArray<RelatedLocation> relatedLocations,
            ImmutableArray<DiagnosticFix> fixes)
        {
            Rule = rule;
            Location = location;
            Message = message;
            Severity = severity;
            Suggestions = suggestions.IsDefault ? ImmutableArray<string>.Empty : suggestions;
            RelatedLocations = relatedLocations.IsDefault ? ImmutableArray<RelatedLocation>.Empty : relatedLocations;
            Fixes = PreferredFirst(rule, fixes);
        }

        public DiagnosticRule Rule { get; }
        public string Id => Rule.Id;

        /// <summary>Null only for problems with no place in a file, such as an unknown parameter override.</summary>
        public SourceLocation? Location { get; }

        public string Message { get; }
        public DiagnosticSeverity Severity { get; }
        public bool IsError => Severity == DiagnosticSeverity.Error;

        /// <summary>The rule's help line: what it protects and the usual way out (<see cref="DiagnosticRule.Help"/>).</summary>
        public string Help => Rule.Help;

        /// <summary>The names the message suggests instead of an unknown one ("did you mean"), closest first.</summary>
        public ImmutableArray<string> Suggestions { get; }

        /// <summary>Other places the message names, such as the first declaration of a duplicate.</summary>
        public ImmutableArray<RelatedLocation> RelatedLocations { get; }

        /// <summary>The fixes the library offers, preferred one (if any) first.</summary>
        public ImmutableArray<DiagnosticFix> Fixes { get; }

        /// <summary>The fix a tool may apply without asking (<c>lint --fix</c>), or null.</summary>
        public DiagnosticFix? PreferredFix => Fixes.FirstOrDefault(f => f.IsPreferred);

        internal Diagnostic WithSeverity(DiagnosticSeverity severity) =>
            severity == Severity ? this : new Diagnostic(Rule, Location, Message, severity, Suggestions, RelatedLocations, Fixes);

        /// <summary>This diagnostic with more fixes (at most one preferred fix in all).</summary>
        internal Diagnostic WithFixes(ImmutableArray<DiagnosticFix> fixes) =>
            fixes.IsDefaultOrEmpty ? this : new Diagnostic(Rule, Location, Message, Severity, Suggestions, RelatedLocations, Fixes.AddRange(fixes));

        private static ImmutableArray<DiagnosticFix> PreferredFirst(DiagnosticRule rule, ImmutableArray<DiagnosticFix> fixes)
        {
            if (fixes.IsDefaultOrEmpty) return ImmutableArray<DiagnosticFix>.Empty;
            if (fixes.Count(f => f.IsPreferred) > 1) throw new System.ArgumentException($"{rule.Id} would have more than one preferred fix", nameof(fixes));
            return fixes.OrderByDescending(f => f.IsPreferred).ToImmutableArray();
        }

        /// <summary>This diagnostic located at the same place, naming the JSON value it is about.</summary>
        internal Diagnostic WithJsonPath(string jsonPath) =>
            Location is null ? this : new Diagnostic(
                Rule, new SourceLocation(Location.Path, Location.Span, Location.Start, Location.End, jsonPath), Message, Severity, Suggestions, RelatedLocations, Fixes);

        /// <summary>The conventional compiler form: <c>file(line,col): error CP1001: message</c>.</summary>
        public override string ToString()
        {
            var severity = Severity.ToString().ToLowerInvariant();
            if (Location is null) return $"{severity} {Id}: {Message}";
            var where = Location.JsonPath is null ? string.Empty : $" at {Location.JsonPath}";
            return $"{Location.Path}({Location.Start.Line},{Location.Start.Column}): {severity} {Id}: {Message}{where}";
        }
    }
}
