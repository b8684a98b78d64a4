using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>Combinators our grammar needs beyond Sprache's: exact spans, rule names in errors, and depth guards.</summary>
    internal static class GrammarExtensions
    {
        /// <summary>Builds a node from a parsed value and the span from its first token to its last.</summary>
        public static Parser<TNode> Spanned<TValue, TNode>(this Parser<TValue> parser, Func<TValue, TextSpan, TNode> build) => i =>
        {
            var result = parser(i);
            if (!result.WasSuccessful) return Failed<TValue, TNode>(result);
            var start = (SourceInput)i;
            var end = (SourceInput)result.Remainder;
            return Result.Success(build(result.Value, start.SpanTo(end)), end);
        };

        /// <summary>When the rule fails at its first token, "expected <paramref name="name"/>" replaces the list of
        /// tokens the rule could start with.</summary>
        public static Parser<T> Named<T>(this Parser<T> parser, string name) => i =>
        {
            var input = (SourceInput)i;
            var failures = input.Context.Failures;
            var mark = failures.Mark(input);
            var result = parser(i);
            failures.Rename(input, mark, name);
            return result;
        };

        /// <summary>
        /// Counts nesting through recursive rules, so hostile input (a thousand <c>not</c>s, brackets inside a
        /// message) ends in a diagnostic instead of a stack overflow, which no one can catch.
        /// </summary>
        public static Parser<T> Guarded<T>(this Parser<T> parser) => i =>
        {
            var input = (SourceInput)i;
            var context = input.Context;
            if (context.Depth >= NestingLimit.Expressions.Max) throw new NestingLimitException(new TextSpan(input.Position, 0), NestingLimit.Expressions);
            RuntimeHelpers.EnsureSufficientExecutionStack();
            context.Depth++;
            try
            {
                return parser(i);
            }
            finally
            {
                context.Depth--;
            }
        };

        /// <summary>
        /// An expression whose whole tree is at most <see cref="NestingLimit.Operators"/> deep. Chains are read in loops,
        /// so the parser needs no stack for them, but every later pass recurses over the tree: it is measured once, when
        /// the outermost expression is complete (nested ones are inside it).
        /// </summary>
        public static Parser<ExpressionSyntax> DepthLimited(this Parser<ExpressionSyntax> parser) => i =>
        {
            var outermost = ((SourceInput)i).Context.Depth == 0;
            var result = parser(i);
            if (outermost && result.WasSuccessful) ExpressionDepth.Check(result.Value);
            return result;
        };

        /// <summary>
        /// The second parser's value, read after the first's: <c>Keyword("cites").Then(Citations)</c>. Sprache's own
        /// <c>Then</c> takes a lambda, one more method to compile per use; this one needs the second parser built first.
        /// </summary>
        public static Parser<TNext> Then<T, TNext>(this Parser<T> first, Parser<TNext> next) => i =>
        {
            var head = first(i);
            return head.WasSuccessful ? next(head.Remainder) : Failed<T, TNext>(head);
        };

        /// <summary>An item that a comma may follow: members and fields are separated by commas, line breaks, or both.</summary>
        public static Parser<T> WithOptionalComma<T>(this Parser<T> item) =>
            Sequence.Of(item, Lexical.Symbol(",").XOptional(), (value, comma, span) => value);

        /// <summary>One or more items with a separator between them; a separator commits to another item.</summary>
        public static Parser<IReadOnlyList<T>> SeparatedBy<T, TSeparator>(this Parser<T> item, Parser<TSeparator> separator) =>
            Sequence.Of(item, separator.Then(item).XMany(), (first, rest, span) => (IReadOnlyList<T>)new[] { first }.Concat(rest).ToArray());

        /// <summary>The parser, which must then have read the whole input (white space and comments may follow);
        /// anything else is reported as expecting <paramref name="expectation"/>.</summary>
        public static Parser<T> FollowedByEnd<T>(this Parser<T> parser, string expectation) => i =>
        {
            var result = parser(i);
            if (!result.WasSuccessful) return result;
            var rest = (SourceInput)result.Remainder;
            return rest.AtEnd ? result : Lexical.Fail<T>(rest, expectation);
        };

        public static TextSpan Between(TextSpan first, TextSpan last) => TextSpan.FromBounds(first.Start, last.End);

        /// <summary>A failure carried over to a parser of another type.</summary>
        public static IResult<TTo> Failed<TFrom, TTo>(IResult<TFrom> failure) =>
            Result.Failure<TTo>(failure.Remainder, failure.Message, failure.Expectations);
    }
}
