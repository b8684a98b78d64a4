namespace CompliancePolicy.Analyzers.Tests.Support
{
    /// <summary>The policy the [PolicyRecord] tests bind C# types to.</summary>
    internal static class PolicyRecordSources
    {
        public const string Path = "eligibility.policy";

        public const string PolicyText =
            "policy \"Eligibility\"\n" +
            "enum LegalStatus { business_licence, foreign_registration, none }\n" +
            "record Review { held: date, passed: bool }\n" +
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "  turnover: decimal\n" +
            "  legal_status: LegalStatus\n" +
            "  audit_date: date?\n" +
            "  reviews: list of Review\n" +
            "}\n" +
            "clause E-1 \"Staffed and reviewed\"\n" +
            "  cites \"RD-1\"\n" +
            "  applies when audit_date is present\n" +
            "  require staff >= 5 and turnover > 0 and legal_status != LegalStatus.none and any r in reviews where r.passed and r.held < audit_date\n";

        public const string Usings = "#nullable enable\nusing System;\nusing System.Collections.Generic;\nusing CompliancePolicy;\nusing CompliancePolicy.Hosting;\nusing CompliancePolicy.Values;\n";

        public const string Review =
            "[PolicyRecord(\"Eligibility\", \"Review\")]\n" +
            "public sealed class Review { public DateOnly Held { get; set; } public bool Passed { get; set; } }\n" +
            "public enum LegalStatus { BusinessLicence, ForeignRegistration, None }\n";
    }
}
