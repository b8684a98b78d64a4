using Microsoft.CodeAnalysis;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// The rules that only the Roslyn analyzers report (CP5xxx): about C# that hosts policies, and about the analysis
    /// itself. The language's own rules (CP0xxx..CP3xxx) come from <c>DiagnosticRules.All</c> in the library.
    /// </summary>
    internal static class HostRules
    {
        private const string HelpLinkBase = CompliancePolicy.Diagnostics.DiagnosticRule.HelpLinkBase;
        private const string Hosting = "Hosting";
        private const string Analysis = "Analysis";

        public static readonly DiagnosticDescriptor ClockAsOf = new DiagnosticDescriptor(
            "CP5001", "As-of date read from the clock",
            "'{0}' makes the as-of date of '{1}' depend on when the code runs; pass the date in so that the decision can be reproduced",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A compliance decision must be reproducible: evaluate as of a date the caller states, not the machine clock.",
            helpLinkUri: HelpLinkBase + "CP5001.md");

        public static readonly DiagnosticDescriptor DiscardedEvaluation = new DiagnosticDescriptor(
            "CP5002", "Evaluation result discarded",
            "The result of '{0}' is discarded; an evaluation has no effect besides the verdicts it returns",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Evaluating a policy changes nothing: a call whose result is thrown away is a mistake.",
            helpLinkUri: HelpLinkBase + "CP5002.md");

        public static readonly DiagnosticDescriptor RecordPropertyMissing = new DiagnosticDescriptor(
            "CP5003", "Record field without a property",
            "'{0}' has no property '{1}' for field '{2}' of {3}",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "A type marked [PolicyRecord] needs a property, named in PascalCase, for every field of the record type.",
            helpLinkUri: HelpLinkBase + "CP5003.md");

        public static readonly DiagnosticDescriptor RecordPropertyType = new DiagnosticDescriptor(
            "CP5004", "Property type does not match the field",
            "Property '{0}' is {1}, but field '{2}' is {3}: use {4}",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The property of a [PolicyRecord] type must hold the field's policy type.",
            helpLinkUri: HelpLinkBase + "CP5004.md");

        public static readonly DiagnosticDescriptor RecordPropertyOptionality = new DiagnosticDescriptor(
            "CP5005", "Optional field and property nullability differ",
            "Property '{0}' is {1}, but field '{2}' is {3}",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "An optional field (T?) needs a nullable property; a required field a non-nullable one.",
            helpLinkUri: HelpLinkBase + "CP5005.md");

        public static readonly DiagnosticDescriptor RecordUnknownPolicy = new DiagnosticDescriptor(
            "CP5006", "PolicyRecord names no known policy or record type",
            "[PolicyRecord] names {0}, which no .policy file of the project declares{1}",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The title must match a 'policy' header of a .policy file given to the compiler as an AdditionalFile.",
            helpLinkUri: HelpLinkBase + "CP5006.md");

        public static readonly DiagnosticDescriptor RecordEnumMembers = new DiagnosticDescriptor(
            "CP5009", "Enum member not in the policy enumeration",
            "Enum '{0}' of property '{1}' has {2} that enumeration '{3}' does not declare; a record holding one is rejected{4}",
            Hosting, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "Every member of a C# enum that holds a policy enumeration must name one of its members, in PascalCase or as written.",
            helpLinkUri: HelpLinkBase + "CP5009.md");

        public static readonly DiagnosticDescriptor PolicyFileUnreadable = new DiagnosticDescriptor(
            "CP5007", "Policy file unreadable",
            "The policy file '{0}' could not be read",
            Analysis, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "The compiler could not give the analyzer the text of a .policy AdditionalFile.",
            helpLinkUri: HelpLinkBase + "CP5007.md");

        public static readonly DiagnosticDescriptor AnalysisFailed = new DiagnosticDescriptor(
            "CP5008", "Policy analysis failed",
            "The CompliancePolicy analyzer could not check {0}: {1}",
            Analysis, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: "An unexpected failure inside the analyzer, reported instead of crashing the compiler (AD0001). Please report it.",
            helpLinkUri: HelpLinkBase + "CP5008.md");
    }
}
