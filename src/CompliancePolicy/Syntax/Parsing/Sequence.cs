using System;
using CompliancePolicy.Text;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// A rule made of parts read one after another, built into a node with the span from its first token to its last.
    /// It reads exactly as Sprache's <c>from a in A from b in B select ...</c> does (the first part to fail is the
    /// rule's failure), but costs one lambda per rule. Query syntax costs two lambdas and an anonymous type per
    /// <c>from</c>, plus generic instantiations, and the JIT compiles all of them in every fresh process: in a cold
    /// compiler (the analyzers) or a CI run of the tool, that was most of the time spent on a policy.
    /// </summary>
    internal static class Sequence
    {
        public static Parser<TNode> Of<T1, T2, TNode>(Parser<T1> p1, Parser<T2> p2, Func<T1, T2, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) ? run.Success(build(v1, v2, run.Span)) : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Func<T1, T2, T3, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3)
                ? run.Success(build(v1, v2, v3, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Func<T1, T2, T3, T4, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                ? run.Success(build(v1, v2, v3, v4, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, T5, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5,
            Func<T1, T2, T3, T4, T5, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                && run.Next(p5, out var v5)
                ? run.Success(build(v1, v2, v3, v4, v5, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, T5, T6, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6,
            Func<T1, T2, T3, T4, T5, T6, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                && run.Next(p5, out var v5) && run.Next(p6, out var v6)
                ? run.Success(build(v1, v2, v3, v4, v5, v6, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, T5, T6, T7, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7,
            Func<T1, T2, T3, T4, T5, T6, T7, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                && run.Next(p5, out var v5) && run.Next(p6, out var v6) && run.Next(p7, out var v7)
                ? run.Success(build(v1, v2, v3, v4, v5, v6, v7, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, T5, T6, T7, T8, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7, Parser<T8> p8,
            Func<T1, T2, T3, T4, T5, T6, T7, T8, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                && run.Next(p5, out var v5) && run.Next(p6, out var v6) && run.Next(p7, out var v7) && run.Next(p8, out var v8)
                ? run.Success(build(v1, v2, v3, v4, v5, v6, v7, v8, run.Span))
                : run.Failure!;
        };

        public static Parser<TNode> Of<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, TNode>(
            Parser<T1> p1, Parser<T2> p2, Parser<T3> p3, Parser<T4> p4, Parser<T5> p5, Parser<T6> p6, Parser<T7> p7, Parser<T8> p8,
            Parser<T9> p9, Parser<T10> p10, Func<T1, T2, T3, T4, T5, T6, T7, T8, T9, T10, TextSpan, TNode> build) => input =>
        {
            var run = new Run<TNode>(input);
            return run.Next(p1, out var v1) && run.Next(p2, out var v2) && run.Next(p3, out var v3) && run.Next(p4, out var v4)
                && run.Next(p5, out var v5) && run.Next(p6, out var v6) && run.Next(p7, out var v7) && run.Next(p8, out var v8)
                && run.Next(p9, out var v9) && run.Next(p10, out var v10)
                ? run.Success(build(v1, v2, v3, v4, v5, v6, v7, v8, v9, v10, run.Span))
                : run.Failure!;
        };

        /// <summary>
        /// The state of one attempt at a rule: where it started, how far it has read, and the first failure. Its
        /// <see cref="Next{T}"/> is generic over the part only, so every rule shares one compiled copy per kind of part.
        /// </summary>
        private struct Run<TNode>
        {
            private readonly IInput _start;
            private IInput _rest;

            public Run(IInput start)
            {
                _start = start;
                _rest = start;
                Failure = null;
            }

            public IResult<TNode>? Failure { get; private set; }

            public TextSpan Span => ((SourceInput)_start).SpanTo((SourceInput)_rest);

            public bool Next<T>(Parser<T> part, out T value)
            {
                var result = part(_rest);
                if (!result.WasSuccessful)
                {
                    Failure = Result.Failure<TNode>(result.Remainder, result.Message, result.Expectations);
                    value = default!;
                    return false;
                }
                _rest = result.Remainder;
                value = result.Value;
                return true;
            }

            public IResult<TNode> Success(TNode node) => Result.Success(node, _rest);
        }
    }
}
