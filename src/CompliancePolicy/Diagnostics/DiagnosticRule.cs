namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// The descriptor of one diagnostic: a stable ID (CP + 4 digits), a title and a default severity. Its messages are
    /// typed methods of DiagnosticMessages. The CLI and the Roslyn analyzers both report from these descriptors.
    /// </summary>
    public sealed class DiagnosticRule
    {
        internal const string HelpLinkBase = "https://github.com/compliancepolicy/compliancepolicy/blob/main/docs/rules/";

        internal DiagnosticRule(string id, string category, DiagnosticSeverity defaultSeverity, string title)
        {
            Id = id;
            Category = category;
            DefaultSeverity = defaultSeverity;
            Title = title;
        }

        public string Id { get; }

        /// <summary>Syntax, Binding, Quality, Suppression, Lifecycle, Records, Evaluation, Run, Tests or Configuration.</summary>
        public string Category { get; }

        public DiagnosticSeverity DefaultSeverity { get; }
        public string Title { get; }

        public string HelpLink => HelpLinkBase + Id + ".md";

        /// <summary>One or two sentences: what the rule protects and the usual way out.</summary>
        public string Help => RuleHelp.For(this);

        public override string ToString() => Id + ": " + Title;
    }
}
