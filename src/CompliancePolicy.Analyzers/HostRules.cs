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

        // Every host rule is a warning on by default whose page is docs/rules/<ID>.md; a row states only what differs.
        // The IDs are still constants at each row; RuleCatalogTests checks them against the release-tracking files.
#pragma warning disable RS1017
        private static DiagnosticDescriptor Warning(string id, string category, string title, string message, string description) =>
            new DiagnosticDescriptor(id, title, message, category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
                description: description, helpLinkUri: HelpLinkBase + id + ".md");
#pragma warning restore RS1017

        public static readonly DiagnosticDescriptor ClockAsOf = Warning("CP5001", Hosting, "As-of date read from the clock",
            "'{0}' makes the as-of date of '{1}' depend on when the code runs; pass the date in so that the decision can be reproduced",
            "A compliance decision must be reproducible: evaluate as of a date the caller states, not the machine clock.");

        public static readonly DiagnosticDescriptor DiscardedEvaluation = Warning("CP5002", Hosting, "Evaluation result discarded",
            "The result of '{0}' is discarded; an evaluation has no effect besides the verdicts it returns",
            "Evaluating a policy changes nothing: a call whose result is thrown away is a mistake.");

        public static readonly DiagnosticDescriptor RecordPropertyMissing = Warning("CP5003", Hosting, "Record field without a property",
            "'{0}' has no property '{1}' for field '{2}' of {3}",
            "A type marked [PolicyRecord] needs a property, named in PascalCase, for every field of the record type.");

        public static readonly DiagnosticDescriptor RecordPropertyType = Warning("CP5004", Hosting, "Property type does not match the field",
            "Property '{0}' is {1}, but field '{2}' is {3}: use {4}",
            "The property of a [PolicyRecord] type must hold the field's policy type.");

        public static readonly DiagnosticDescriptor RecordPropertyOptionality = Warning("CP5005", Hosting, "Optional field and property nullability differ",
            "Property '{0}' is {1}, but field '{2}' is {3}",
            "An optional field (T?) needs a nullable property; a required field a non-nullable one.");

        public static readonly DiagnosticDescriptor RecordUnknownPolicy = Warning("CP5006", Hosting, "PolicyRecord names no known policy or record type",
            "[PolicyRecord] names {0}, which no .policy file of the project declares{1}",
            "The title must match a 'policy' header of a .policy file given to the compiler as an AdditionalFile.");

        public static readonly DiagnosticDescriptor RecordEnumMembers = Warning("CP5009", Hosting, "Enum member not in the policy enumeration",
            "Enum '{0}' of property '{1}' has {2} that enumeration '{3}' does not declare; a record holding one is rejected{4}",
            "Every member of a C# enum that holds a policy enumeration must name one of its members, in PascalCase or as written.");

        public static readonly DiagnosticDescriptor PolicyFileUnreadable = Warning("CP5007", Analysis, "Policy file unreadable",
            "The policy file '{0}' could not be read",
            "The compiler could not give the analyzer the text of a .policy AdditionalFile.");

        public static readonly DiagnosticDescriptor AnalysisFailed = Warning("CP5008", Analysis, "Policy analysis failed",
            "The CompliancePolicy analyzer could not check {0}: {1}",
            "An unexpected failure inside the analyzer, reported instead of crashing the compiler (AD0001). Please report it.");
    }
}
