using System.Globalization;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// The descriptor of one diagnostic: a stable ID (CP + 4 digits), a title, a message format and a default
    /// severity. The CLI and the Roslyn analyzers both report from these descriptors.
    /// </summary>
    public sealed class DiagnosticRule
    {
        public const string HelpLinkBase = "https://github.com/compliancepolicy/compliancepolicy/blob/main/docs/rules/";

        internal DiagnosticRule(string id, string category, DiagnosticSeverity defaultSeverity, string title, string messageFormat)
        {
            Id = id;
            Category = category;
            DefaultSeverity = defaultSeverity;
            Title = title;
            MessageFormat = messageFormat;
        }

        public string Id { get; }

        /// <summary>Syntax, Binding, Quality, Suppression, Lifecycle, Records, Evaluation, Run, Tests or Configuration.</summary>
        public string Category { get; }

        public DiagnosticSeverity DefaultSeverity { get; }
        public string Title { get; }

        /// <summary>A composite format string; its arguments are listed in the rule's doc page.</summary>
        public string MessageFormat { get; }

        public string HelpLink => HelpLinkBase + Id + ".md";

        /// <summary>One or two sentences: what the rule protects and the usual way out.</summary>
        public string Help => RuleHelp.For(this);

        internal string Format(object?[] arguments) =>
            arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

        public override string ToString() => Id + ": " + Title;
    }
}
