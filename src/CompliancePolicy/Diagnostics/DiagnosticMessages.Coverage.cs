using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        /// <summary>CP8001; <paramref name="settingsFile"/> is the compliance.json that names the index.</summary>
        public static DiagnosticMessage RuleMissing(string rule, string settingsFile) => new DiagnosticMessage(
            DiagnosticRules.RuleMissing,
            $"Rule '{rule}' is cited by no clause, transition or deadline and is not declared not encoded; encode it and cite it, or declare it in 'coverage.notEncoded' of {settingsFile} with the reason");

        public static DiagnosticMessage CitationNotInIndex(Suggestion rule, string index) => new DiagnosticMessage(
            DiagnosticRules.CitationNotInIndex, $"'{rule.Name}' is written like a rule of the index '{index}', which lists no such rule{rule}", rule);

        public static DiagnosticMessage NotEncodedUnknownRule(Suggestion rule, string index) => new DiagnosticMessage(
            DiagnosticRules.NotEncodedUnknownRule, $"'{rule.Name}' is declared not encoded, but the index '{index}' lists no such rule{rule}", rule);

        /// <summary>CP8004; each declaration that cites the rule is named in the message and is a related location.</summary>
        public static DiagnosticMessage NotEncodedButCited(string rule, IReadOnlyList<(string Name, SourceLocation Location)> citers) => new DiagnosticMessage(
            DiagnosticRules.NotEncodedButCited,
            $"Rule '{rule}' is declared not encoded, but {string.Join(", ", citers.Select(c => $"{c.Name} ({c.Location})"))} cites it; remove the declaration, or the citation if the rule is not what it encodes",
            related: citers.Select(c => new RelatedLocation(c.Location, $"{c.Name} cites '{rule}' here")));

        public static DiagnosticMessage NotEncodedWithoutReason(string rule) => new DiagnosticMessage(
            DiagnosticRules.NotEncodedWithoutReason, $"Rule '{rule}' is declared not encoded without a reason; say why the policies do not encode it");

        public static DiagnosticMessage RuleIndexUnusable(string index, string problem) =>
            new DiagnosticMessage(DiagnosticRules.RuleIndexUnusable, $"The rule index '{index}' cannot be used: {problem}");

        public static DiagnosticMessage RuleListedTwice(string rule, int firstLine) =>
            new DiagnosticMessage(DiagnosticRules.RuleListedTwice, $"Rule '{rule}' is already listed on line {Invariant(firstLine)}; this line is ignored");

        public static DiagnosticMessage NoRuleIndex(string policyFile) => new DiagnosticMessage(
            DiagnosticRules.NoRuleIndex, $"No rule index applies to '{policyFile}': no compliance.json above it names one (\"coverage\": {{ \"index\": \"rules.md\" }})");
    }
}
