using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Token parsers. Each matches a whole token at the current position and then skips the white space and
    /// comments after it, so a failing token never consumes input (which keeps Sprache's <c>XOr</c> committing only
    /// on real tokens). A failing token records what was expected in the furthest failure, unless it is only a
    /// look-ahead (no expectation given).
    /// </summary>
    internal static class Lexical
    {
        public const string IdentifierExpectation = "identifier";
        public const string OperatorExpectation = "an operator";

        /// <summary>A line whose first word is one of these starts a new top-level declaration.</summary>
        public static readonly IReadOnlyList<string> DeclarationKeywords = new[]
        {
            "policy", "enum", "record", "schema", "param", "let", "table", "tiers", "clause", "decision", "event", "lifecycle",
        };

        private static readonly HashSet<string> Keywords = new HashSet<string>(StringComparer.Ordinal)
        {
            "policy", "version", "sources", "enum", "record", "schema", "key", "param", "let", "table", "tiers",
            "clause", "decision", "cites", "severity", "applies", "when", "require", "unless", "message", "to", "or",
            "more", "up", "at", "least", "otherwise", "error", "and", "not", "is", "present", "missing", "in", "for",
            "where", "within", "before", "after", "of", "if", "then", "else", "true", "false", "list", "lifecycle",
        };

        /// <summary>The reserved words: never identifiers.</summary>
        public static IReadOnlyCollection<string> ReservedWords => Keywords;

        /// <summary>An identifier: a name that is not a keyword.</summary>
        public static readonly Parser<NameSyntax> Identifier = i =>
        {
            var input = (SourceInput)i;
            var word = input.WordAt(input.Index);
            if (word is null || IsKeyword(word)) return Fail<NameSyntax>(input, IdentifierExpectation);
            var end = input.Index + word.Length;
            return Result.Success(new NameSyntax(input.SpanOf(input.Index, end), word), input.AfterToken(end));
        };

        /// <summary>
        /// A field's name: an identifier, or a keyword followed by <c>:</c> (as in <c>severity: int</c>), which is reported
        /// (CP0004) and read as the name, so the record type or schema is kept and nothing else fails because of it.
        /// </summary>
        public static readonly Parser<NameSyntax> FieldName = i =>
        {
            var identifier = Identifier(i);
            if (identifier.WasSuccessful) return identifier;
            var input = (SourceInput)i;
            var word = input.WordAt(input.Index);
            if (word is null || !IsKeyword(word) || input.CharAt(input.SkipTrivia(input.Index + word.Length)) != ':') return identifier;
            var end = input.Index + word.Length;
            var name = new NameSyntax(input.SpanOf(input.Index, end), word);
            input.Context.ReportKeywordName(name);
            return Result.Success(name, input.AfterToken(end));
        };

        /// <summary>What a keyword does, for a message that refuses it as a name: "'severity' is a keyword (a clause part)".</summary>
        public static string RoleOf(string keyword)
        {
            switch (keyword)
            {
                case "policy": case "version": case "sources": return "a part of the policy header";
                case "enum": case "record": case "schema": case "param": case "let": case "table": case "tiers": case "clause":
                case "decision": case "lifecycle": return "it starts a declaration";
                case "key": return "it names a schema's key";
                case "cites": case "severity": case "applies": case "when": case "require": case "unless": case "message": return "a part of a clause";
                case "to": case "more": case "up": case "at": case "least": case "otherwise": case "error": return "a part of a band table or tiers";
                case "true": case "false": return "a boolean value";
                case "list": return "it starts a list type, 'list of T'";
                default: return "an operator or a part of an expression";
            }
        }

        /// <summary>A clause ID such as <c>ELIG-2</c> or <c>RD4.8-grade</c>: a letter or <c>_</c>, then word characters, <c>-</c> and <c>.</c>.</summary>
        public static readonly Parser<NameSyntax> ClauseId = i =>
        {
            var input = (SourceInput)i;
            var start = input.Index;
            if (!IsIdentifierStart(input.CharAt(start))) return Fail<NameSyntax>(input, "clause ID");
            var end = start + 1;
            while (IsClauseIdPart(input.CharAt(end))) end++;
            var text = input.Text.Substring(start, end - start);
            return Result.Success(new NameSyntax(input.SpanOf(start, end), text), input.AfterToken(end));
        };

        public static bool IsKeyword(string word) => Keywords.Contains(word);
        public static bool IsIdentifierStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);
        public static bool IsDigit(char c) => c >= '0' && c <= '9';
        public static bool IsClauseIdPart(char c) => IsIdentifierPart(c) || c == '-' || c == '.';

        /// <summary>A keyword, matched as a whole word: <c>or</c> does not match the start of <c>order</c>.</summary>
        public static Parser<TextSpan> Keyword(string keyword) => WordToken(keyword, Quote(keyword));

        /// <summary>A word operator (<c>and</c>, <c>in</c>...); a failure says "expected an operator", not every operator.</summary>
        public static Parser<TextSpan> OperatorKeyword(string keyword) => WordToken(keyword, OperatorExpectation);

        /// <summary>Punctuation; <paramref name="notFollowedBy"/> keeps <c>=</c> from matching the start of <c>=&gt;</c>.</summary>
        public static Parser<TextSpan> Symbol(string symbol, string notFollowedBy = "") =>
            SymbolToken(symbol, Quote(symbol), notFollowedBy);

        /// <summary>Punctuation that is only looked for (a call's <c>(</c>, a member's <c>.</c>): listing it in
        /// "expected ..." after every name would only be noise.</summary>
        public static Parser<TextSpan> OptionalSymbol(string symbol) => SymbolToken(symbol, null, string.Empty);

        /// <summary>One of a few words, each quoted in "expected ..." (severities, <c>before after of</c>).</summary>
        public static Parser<(T Value, TextSpan Span)> OneOfWords<T>(params (string Word, T Value)[] words)
        {
            var expectations = words.Select(w => Quote(w.Word)).ToArray();
            return i =>
            {
                var input = (SourceInput)i;
                foreach (var (word, value) in words)
                {
                    if (input.IsWordAt(input.Index, word)) return Token(input, word.Length, value);
                }
                foreach (var expectation in expectations) input.Context.Failures.Expect(input, expectation);
                return Fail<(T, TextSpan)>(input, null);
            };
        }

        /// <summary>One of a set of operators, longest first (<c>&lt;=</c> before <c>&lt;</c>), as one token: operators
        /// are tried after every operand, so this is a hot path.</summary>
        public static Parser<(T Value, TextSpan Span)> OneOfOperators<T>(params (string Symbol, T Value)[] operators) => i =>
        {
            var input = (SourceInput)i;
            foreach (var (symbol, value) in operators)
            {
                if (!input.Matches(input.Index, symbol)) continue;
                var isWord = IsIdentifierStart(symbol[0]);
                if (isWord ? input.WordEnd(input.Index) == input.Index + symbol.Length : !IsArrow(input, symbol))
                {
                    return Token(input, symbol.Length, value);
                }
            }
            return Fail<(T, TextSpan)>(input, OperatorExpectation);
        };

        /// <summary><c>=</c> and <c>-</c> must not take the first half of <c>=&gt;</c> and <c>-&gt;</c>.</summary>
        private static bool IsArrow(SourceInput input, string symbol) =>
            symbol.Length == 1 && (symbol[0] == '=' || symbol[0] == '-') && input.CharAt(input.Index + 1) == '>';

        private static IResult<TextSpan> Token(SourceInput input, int length)
        {
            var end = input.Index + length;
            return Result.Success(input.SpanOf(input.Index, end), input.AfterToken(end));
        }

        private static IResult<(T Value, TextSpan Span)> Token<T>(SourceInput input, int length, T value)
        {
            var end = input.Index + length;
            return Result.Success((value, input.SpanOf(input.Index, end)), input.AfterToken(end));
        }

        public static string Quote(string token) => "'" + token + "'";

        private static Parser<TextSpan> WordToken(string keyword, string expectation) => i =>
        {
            var input = (SourceInput)i;
            return input.IsWordAt(input.Index, keyword) ? Token(input, keyword.Length) : Fail<TextSpan>(input, expectation);
        };

        private static Parser<TextSpan> SymbolToken(string symbol, string? expectation, string notFollowedBy) => i =>
        {
            var input = (SourceInput)i;
            var matches = input.Matches(input.Index, symbol) && notFollowedBy.IndexOf(input.CharAt(input.Index + symbol.Length)) < 0;
            return matches ? Token(input, symbol.Length) : Fail<TextSpan>(input, expectation);
        };

        /// <summary>
        /// A failure at the input's position that consumes nothing; records the expectation unless it is null. Sprache's
        /// own message and expectations stay empty: tokens fail at almost every position, and the furthest failure
        /// already knows what to say.
        /// </summary>
        public static IResult<T> Fail<T>(SourceInput input, string? expectation)
        {
            if (expectation != null) input.Context.Failures.Expect(input, expectation);
            return Result.Failure<T>(input, "no match", Array.Empty<string>());
        }
    }
}
