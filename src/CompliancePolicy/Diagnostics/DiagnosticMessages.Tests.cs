namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        /// <summary>CP3100; <paramref name="problem"/> continues the sentence ("does not exist", "is not valid UTF-8 ...").</summary>
        public static DiagnosticMessage TestFileUnreadable(string shownPath, string problem) =>
            new DiagnosticMessage(DiagnosticRules.TestFileUnreadable, $"The policy test file '{shownPath}' {problem}");

        public static DiagnosticMessage TestFileMalformed(string detail) =>
            new DiagnosticMessage(DiagnosticRules.TestFileMalformed, $"The policy test file is not valid JSON: {detail}");

        /// <summary>CP3102; <paramref name="value"/> is "'as_of'" or "The file".</summary>
        public static DiagnosticMessage TestValueWrongType(string value, string expected, string found) =>
            new DiagnosticMessage(DiagnosticRules.TestValueWrongType, $"{value} must be {expected} but is {found}");

        public static DiagnosticMessage TestFieldMissing(string subject, string field, string purpose) =>
            new DiagnosticMessage(DiagnosticRules.TestFieldMissing, $"{subject} needs '{field}': {purpose}");

        /// <summary>CP3104; the suggestion's name is the field as written, <paramref name="shown"/> the same cut for a message.</summary>
        public static DiagnosticMessage TestFieldUnknown(string subject, string shown, Suggestion field) =>
            new DiagnosticMessage(DiagnosticRules.TestFieldUnknown, $"{subject} has no field '{shown}'; it is ignored{field}", field);

        public static DiagnosticMessage TestFieldRepeated(string field, string subject, int firstLine) => new DiagnosticMessage(
            DiagnosticRules.TestFieldRepeated, $"'{field}' is given twice in {subject} (first on line {Invariant(firstLine)}); give it once");

        public static DiagnosticMessage TestDateInvalid(string written, string detail) =>
            new DiagnosticMessage(DiagnosticRules.TestDateInvalid, $"'{written}' is not a valid date: {detail}");

        /// <summary>CP3107; <paramref name="written"/> is the JSON value as written (a string in its quotes).</summary>
        public static DiagnosticMessage TestOutcomeUnknown(string written) => new DiagnosticMessage(
            DiagnosticRules.TestOutcomeUnknown, $"{written} is not a clause outcome; write \"pass\", \"fail\", \"not-applicable\" or \"error\"");

        public static DiagnosticMessage TestPolicyUnusable(string shownPath, string problem) =>
            new DiagnosticMessage(DiagnosticRules.TestPolicyUnusable, $"The policy '{shownPath}' cannot be used: {problem}");

        public static DiagnosticMessage TestRecordsMissing(bool both) => new DiagnosticMessage(
            DiagnosticRules.TestRecordsMissing,
            $"The test has {(both ? "both 'record' and 'records'" : "neither 'record' nor 'records'")}; give 'record' (an inline record) or 'records' (\"file.json#ID\")");

        public static DiagnosticMessage TestRecordNotFound(string shownPath, string problem) =>
            new DiagnosticMessage(DiagnosticRules.TestRecordNotFound, $"The records file '{shownPath}' {problem}");

        public static DiagnosticMessage TestExpectsNothing() => new DiagnosticMessage(
            DiagnosticRules.TestExpectsNothing, "'expect' checks nothing; give 'clauses', 'decisions', 'messages' or 'lifecycles'");

        public static DiagnosticMessage TestFileWithoutTests() =>
            new DiagnosticMessage(DiagnosticRules.TestFileWithoutTests, "'tests' is empty; add at least one test");

        /// <summary>CP3113; <paramref name="kind"/> is "clause", "decision" or "lifecycle".</summary>
        public static DiagnosticMessage TestSubjectUnknown(string policy, string kind, string shown, Suggestion name, bool declaresNone)
        {
            var hint = declaresNone ? $" (it declares no {kind})" : name.ToString();
            return new DiagnosticMessage(DiagnosticRules.TestSubjectUnknown, $"Policy '{policy}' has no {kind} '{shown}'{hint}", name);
        }

        public static DiagnosticMessage TestStateUnknown(string lifecycle, string shown, Suggestion state) =>
            new DiagnosticMessage(DiagnosticRules.TestStateUnknown, $"Lifecycle '{lifecycle}' has no state '{shown}'{state}", state);
    }
}
