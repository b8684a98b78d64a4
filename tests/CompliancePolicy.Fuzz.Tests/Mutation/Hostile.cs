namespace CompliancePolicy.Fuzz.Tests.Mutation
{
    /// <summary>The values an adversary tries first: extremes of every kind the language has, and invisible characters.</summary>
    public static class Hostile
    {
        public static readonly string[] Numbers =
        {
            "0", "-1", "2147483648", "-2147483649", "99999999999999999999999999999999", "79228162514264337593543950336",
            "0.0000000000000000000000000000001", "1" + new string('0', 400), "1e400", "-0", "50%", "1.5",
        };

        public static readonly string[] Dates = { "9999-12-31", "0001-01-01", "2026-02-30", "2024-02-29", "10000-01-01", "2026-13-01", "0000-00-00" };

        public static readonly string[] Durations =
        {
            "0 days", "1 day", "9999 years", "10000 years", "178956971 years", "1 day 2147483647 days", "1 year 2147483647 months",
            "3652059 days", "1000000 years", "-5 days", "0.25 years",
        };

        /// <summary>Characters that print as nothing or turn the text around: they must never be echoed as they are.</summary>
        public static readonly string[] Invisible = { "\u202E", "\u200B", "\uFEFF", "\u2066", "\u0000", "\u2028", "\uD800", "\u0007", "\r" };

        /// <summary>The language's keywords, and words that are keywords in some places only.</summary>
        public static readonly string[] Keywords =
        {
            "policy", "version", "sources", "enum", "record", "schema", "key", "param", "let", "table", "tiers", "clause", "decision",
            "cites", "severity", "applies", "when", "require", "unless", "message", "to", "or", "more", "up", "at", "least",
            "otherwise", "error", "and", "not", "is", "present", "missing", "in", "for", "where", "within", "before", "after", "of",
            "if", "then", "else", "true", "false", "list", "lifecycle", "event", "state", "history", "count",
        };

        /// <summary>Policy tokens: keywords, operators, brackets and literals, in the places they are least expected.</summary>
        public static readonly string[] PolicyTokens =
        {
            "policy", "schema", "record", "enum", "param", "let", "table", "tiers", "clause", "decision", "event", "lifecycle",
            "state", "final", "initial", "transition", "deadline", "history", "since", "entering", "start", "last", "priority", "on",
            "cites", "severity", "blocker", "applies", "when", "require", "unless", "message", "and", "or", "not", "is", "present",
            "missing", "in", "for", "where", "within", "before", "after", "of", "if", "then", "else", "at least", "or more",
            "up to", "otherwise", "error", "any", "all", "none", "count", "list of", "=>", "->", "??", "(", ")", "[", "]", "{",
            "}", "{{", "}}", ",", ":", "\"", "\\", "#", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", ".", "?", "\n",
            "\r\n", "\t", "passed(", "failed(", "failures(", "as_of", "round(", "elapsed(", "days_between(", "history(", "streak(",
        };
    }
}
