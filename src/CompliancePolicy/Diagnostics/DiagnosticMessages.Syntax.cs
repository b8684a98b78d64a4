using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// Every message the language reports, one typed method per message (several for a rule whose cases read
    /// differently), so that a message cannot be given the wrong arguments. Split by category, like the catalog.
    /// </summary>
    internal static partial class DiagnosticMessages
    {
        /// <summary>CP0001, with the parser's account of what it expected.</summary>
        public static DiagnosticMessage SyntaxError(string detail) => new DiagnosticMessage(DiagnosticRules.SyntaxError, $"Syntax error: {detail}");

        /// <summary>CP0002: what nests ("Brackets"), the limit, and how to stay within it.</summary>
        public static DiagnosticMessage NestingTooDeep(string what, int max, string advice) =>
            new DiagnosticMessage(DiagnosticRules.NestingTooDeep, $"{what} are nested more than {Invariant(max)} levels deep; {advice}");

        // CP0003: one message per kind of literal that has no value.
        public static DiagnosticMessage InvalidDate(string written) =>
            new DiagnosticMessage(DiagnosticRules.InvalidLiteral, $"{DisplayText.Quote(written)} is not a valid date; write dates as yyyy-MM-dd");

        public static DiagnosticMessage FractionalDuration(string unit, string count) =>
            new DiagnosticMessage(DiagnosticRules.InvalidLiteral, $"a duration counts whole {unit}: {DisplayText.Quote(count)} is not a whole number");

        /// <summary>CP0003; <paramref name="limit"/> states the longest duration (Duration.Limit).</summary>
        public static DiagnosticMessage DurationTooLong(string written, string limit) =>
            new DiagnosticMessage(DiagnosticRules.InvalidLiteral, $"the duration {DisplayText.Quote(written)} is too long: {limit}");

        /// <summary>CP0003; <paramref name="limit"/> states the largest number (Numbers.Limit).</summary>
        public static DiagnosticMessage NumberTooLarge(string written, string limit) =>
            new DiagnosticMessage(DiagnosticRules.InvalidLiteral, $"the number {DisplayText.Quote(written)} is too large: {limit}");

        public static DiagnosticMessage PriorityNotWhole(string written) => new DiagnosticMessage(
            DiagnosticRules.InvalidLiteral, $"the priority {DisplayText.Quote(written)} is not a whole number from -2,147,483,648 to 2,147,483,647");

        public static DiagnosticMessage UnknownEscape(string sequence) => new DiagnosticMessage(
            DiagnosticRules.InvalidLiteral, $"unknown escape sequence {DisplayText.Quote(sequence)} in text; use \\\", \\\\, \\n or \\t");

        /// <summary>CP0004; <paramref name="role"/> says what the keyword does ("a clause keyword").</summary>
        public static DiagnosticMessage KeywordAsName(string keyword, string role) => new DiagnosticMessage(
            DiagnosticRules.KeywordAsName,
            $"'{keyword}' is a keyword ({role}) and cannot name a field; name it something else, such as '{keyword}_value', and use that name in the records too");

        private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        private static string Invariant(long number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
