using System.Collections.Generic;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        /// <summary>CP2001, with the JSON reader's account and what happens next ("; the record is skipped").</summary>
        public static DiagnosticMessage MalformedJson(string detail) => new DiagnosticMessage(DiagnosticRules.MalformedJson, $"Malformed JSON: {detail}");

        /// <summary>CP2002; <paramref name="owner"/> is the record type's name, or "event".</summary>
        public static DiagnosticMessage MissingRequiredField(string field, string owner) =>
            new DiagnosticMessage(DiagnosticRules.MissingRequiredField, $"Required field '{field}' of {owner} is missing");

        /// <summary>CP2003; <paramref name="found"/> reads "a string \"3\"", "an object"...</summary>
        public static DiagnosticMessage WrongValueKind(string expected, string found) =>
            new DiagnosticMessage(DiagnosticRules.WrongValueKind, $"Expected {expected} but found {found}");

        public static DiagnosticMessage UnknownRecordField(Suggestion field, string recordType)
        {
            var hint = field.Candidates.IsEmpty ? string.Empty : $" (did you mean '{field.Candidates[0]}'?)";
            return new DiagnosticMessage(
                DiagnosticRules.UnknownRecordField, $"Field '{DisplayText.Shorten(field.Name)}' is not part of {recordType}{hint}; its value is not used", field);
        }

        /// <summary>CP2005; without a close member, the message lists the members.</summary>
        public static DiagnosticMessage InvalidEnumValue(Suggestion value, string enumType, IReadOnlyList<string> members) => new DiagnosticMessage(
            DiagnosticRules.InvalidEnumValue, $"'{DisplayText.Shorten(value.Name)}' is not a member of {enumType}{SuggestedOrListed(value, members)}", value);

        // CP2006: one message per way a value of the right JSON kind is not a value of its type.
        public static DiagnosticMessage TextWithHalfCharacter(string written) => new DiagnosticMessage(
            DiagnosticRules.InvalidValue, $"The string {DisplayText.Shorten(written)} is not valid text: an escape such as \\uD800 stands for half a character");

        public static DiagnosticMessage NumberOutOfRange(string written, string type) =>
            new DiagnosticMessage(DiagnosticRules.InvalidValue, $"{DisplayText.Shorten(written)} is outside the range of {type}");

        public static DiagnosticMessage InvalidDateValue(string written) =>
            new DiagnosticMessage(DiagnosticRules.InvalidValue, $"'{DisplayText.Shorten(written)}' is not a valid date; expected yyyy-MM-dd");

        /// <summary>CP2006; <paramref name="limit"/> states the longest duration (Duration.Limit).</summary>
        public static DiagnosticMessage DurationValueTooLong(string written, string limit) =>
            new DiagnosticMessage(DiagnosticRules.InvalidValue, $"'{DisplayText.Shorten(written)}' is too long a duration: {limit}");

        public static DiagnosticMessage InvalidDurationValue(string written) => new DiagnosticMessage(
            DiagnosticRules.InvalidValue, $"'{DisplayText.Shorten(written)}' is not a valid duration; expected a number and a unit, such as '3 months' or '1 year 2 days'");

        public static DiagnosticMessage FieldRepeated(string field, string recordType) =>
            new DiagnosticMessage(DiagnosticRules.InvalidValue, $"Field '{field}' appears more than once in {recordType}");

        /// <summary>An event's <c>type</c> that the policy does not declare; without a close one, the message lists them.</summary>
        public static DiagnosticMessage UnknownEventTypeValue(Suggestion eventType, IReadOnlyList<string> declared)
        {
            var hint = declared.Count == 0 ? "; the policy declares no event types" : SuggestedOrListed(eventType, declared);
            return new DiagnosticMessage(DiagnosticRules.InvalidValue, $"Unknown event type '{DisplayText.Shorten(eventType.Name)}'{hint}", eventType);
        }

        // CP2007: one message per way a record input cannot be read.
        public static DiagnosticMessage RecordsNotOpened(string path, string failure) =>
            new DiagnosticMessage(DiagnosticRules.RecordFileUnreadable, $"Cannot read records: '{path}' cannot be opened: {failure}");

        public static DiagnosticMessage RecordsNotRead(string path, string failure) =>
            new DiagnosticMessage(DiagnosticRules.RecordFileUnreadable, $"Cannot read records: '{path}' could not be read: {failure}");

        public static DiagnosticMessage RecordsNotUtf8(string path, long byteOffset) => new DiagnosticMessage(
            DiagnosticRules.RecordFileUnreadable, $"Cannot read records: '{path}' is not valid UTF-8 (byte offset {Invariant(byteOffset)}); save it with UTF-8 encoding");

        /// <summary>A record path given to a run that does not exist or cannot be listed; <paramref name="problem"/> says which.</summary>
        public static DiagnosticMessage RecordInputMissing(string path, string problem) =>
            new DiagnosticMessage(DiagnosticRules.RecordFileUnreadable, $"Cannot read records: '{path}' {problem}");

        public static DiagnosticMessage ProblemsNotListed(int unlisted, int errors, int warnings, int listedPerSeverity) => new DiagnosticMessage(
            DiagnosticRules.ProblemsNotListed,
            $"{Count(unlisted)} more problems in this record are not listed ({Count(errors)} errors, {Count(warnings)} warnings); only the first {Count(listedPerSeverity)} errors and {Count(listedPerSeverity)} warnings are");

        private static string SuggestedOrListed(Suggestion suggestion, IReadOnlyList<string> names) =>
            suggestion.Candidates.IsEmpty ? "; expected one of " + string.Join(", ", names) : suggestion.ToString();

        private static string Count(int count) => count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}
