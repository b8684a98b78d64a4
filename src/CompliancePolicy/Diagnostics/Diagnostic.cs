using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>One reported problem: its rule, where it is, its message and its effective severity.</summary>
    public sealed class Diagnostic
    {
        public Diagnostic(DiagnosticRule rule, SourceLocation? location, string message, DiagnosticSeverity severity)
        {
            Rule = rule;
            Location = location;
            Message = message;
            Severity = severity;
        }

        public DiagnosticRule Rule { get; }
        public string Id => Rule.Id;

        /// <summary>Null only for problems with no place in a file, such as an unknown parameter override.</summary>
        public SourceLocation? Location { get; }

        public string Message { get; }
        public DiagnosticSeverity Severity { get; }
        public bool IsError => Severity == DiagnosticSeverity.Error;

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
