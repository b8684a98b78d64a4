using System;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;
using Sprache;
using static CompliancePolicy.Syntax.Parsing.GrammarExtensions;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Expressions, from the loosest binding to the tightest: <c>if</c>, <c>or</c>, <c>and</c>, <c>not</c>,
    /// comparisons (non-associative), <c>??</c>, <c>+ -</c>, <c>* /</c>, unary <c>-</c>, member access, primaries.
    /// Every choice is made on the next token or two, so nothing is read twice and parsing is linear in the length of
    /// the text; binary chains are read in loops, so a long chain does not recurse.
    /// </summary>
    internal sealed class ExpressionGrammar
    {
        private const string ExpressionName = "expression";

        /// <summary>The one severity word of <c>severity blocker</c> or <c>failures(major)</c>.</summary>
        public static readonly Parser<(Severity Value, TextSpan Span)> SeverityWord = Lexical.OneOfWords(
            ("blocker", Severity.Blocker), ("major", Severity.Major), ("minor", Severity.Minor), ("advisory", Severity.Advisory));

        private static readonly (string Word, QuantifierKind Kind)[] QuantifierWords =
        {
            ("any", QuantifierKind.Any), ("all", QuantifierKind.All), ("none", QuantifierKind.None), ("count", QuantifierKind.Count),
        };

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> MultiplicativeOperator =
            Lexical.OneOfOperators(("*", BinaryOperator.Multiply), ("/", BinaryOperator.Divide));

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> AdditiveOperator =
            Lexical.OneOfOperators(("+", BinaryOperator.Add), ("-", BinaryOperator.Subtract));

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> CoalesceOperator =
            Lexical.OneOfOperators(("??", BinaryOperator.Coalesce));

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> AndOperator =
            Lexical.OneOfOperators(("and", BinaryOperator.And));

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> OrOperator =
            Lexical.OneOfOperators(("or", BinaryOperator.Or));

        private static readonly Parser<(BinaryOperator Value, TextSpan Span)> RelationalOperator =
            Lexical.OneOfOperators(
                ("=", BinaryOperator.Equal),
                ("!=", BinaryOperator.NotEqual),
                ("<=", BinaryOperator.LessOrEqual),
                ("<", BinaryOperator.Less),
                (">=", BinaryOperator.GreaterOrEqual),
                (">", BinaryOperator.Greater));

        private static readonly Parser<(WithinDirection Value, TextSpan Span)> Direction =
            Lexical.OneOfWords(("before", WithinDirection.Before), ("after", WithinDirection.After), ("of", WithinDirection.Of));

        private static readonly Parser<(bool IsMissing, TextSpan Span)> PresenceState =
            Lexical.OneOfWords(("present", false), ("missing", true));

        private static readonly Parser<TextSpan> MemberDot = Lexical.OptionalSymbol(".");

        private static readonly Parser<ExpressionSyntax> ClauseOutcome = Sequence.Of(
            ReservedCallName(("passed", false), ("failed", true)),
            Lexical.Symbol("("),
            Lexical.ClauseId,
            Lexical.Symbol(")"),
            (failed, open, clauseId, close, span) => (ExpressionSyntax)new ClauseOutcomeExpressionSyntax(span, failed, clauseId));

        private static readonly Parser<ExpressionSyntax> FailureCount = Sequence.Of(
            ReservedCallName(("failures", true)),
            Lexical.Symbol("("),
            SeverityWord,
            Lexical.Symbol(")"),
            (name, open, severity, close, span) => (ExpressionSyntax)new FailureCountExpressionSyntax(span, severity.Value, severity.Span));

        /// <summary><c>any all none count</c> start a quantifier only when followed by <c>name in</c>, so
        /// <c>count(list)</c> stays an ordinary call and <c>count</c> an ordinary name.</summary>
        private static readonly Parser<QuantifierKind> QuantifierStart = i =>
        {
            var input = (SourceInput)i;
            foreach (var (word, kind) in QuantifierWords)
            {
                if (!input.IsWordAt(input.Index, word)) continue;
                var end = input.Index + word.Length;
                var variable = input.SkipTrivia(end);
                var variableName = input.WordAt(variable);
                if (variableName is null || Lexical.IsKeyword(variableName)) break;
                if (!input.IsWordAt(input.SkipTrivia(variable + variableName.Length), "in")) break;
                return Result.Success(kind, input.AfterToken(end));
            }
            return Lexical.Fail<QuantifierKind>(input, null);
        };

        // Static initialisers run in textual order: the grammars come after the token parsers they are built from.
        /// <summary>The expression grammar everywhere except at the top of a band table's arms.</summary>
        public static readonly ExpressionGrammar Standard = new ExpressionGrammar(bracketed: null);

        /// <summary>
        /// A band table's arm value. Bands have no separator, so after <c>=&gt; 2</c> a line starting <c>-5 to 0</c>
        /// starts the next band rather than subtracting 5. Inside brackets the standard grammar applies again.
        /// </summary>
        public static readonly ExpressionGrammar BandArm = new ExpressionGrammar(bracketed: Standard);

        private readonly ExpressionGrammar _bracketed;
        private readonly Parser<ExpressionSyntax> _unary;
        private readonly Parser<ExpressionSyntax> _fallback;
        private readonly Parser<ExpressionSyntax> _not;
        private readonly Parser<ExpressionSyntax> _conditional;

        private ExpressionGrammar(ExpressionGrammar? bracketed)
        {
            _bracketed = bracketed ?? this;
            var isBandArm = bracketed != null;

            // Recursion is closed with lambdas over fields rather than Parse.Ref: in Sprache 2.3.1, Ref memoises
            // per input and can throw ParseException when two alternatives reach the same rule at one position.
            Expression = Recursive(i => _conditional!(i)).Named(ExpressionName).Guarded().DepthLimited();
            _unary = Negation().XOr(MemberAccess(Primary())).Named(ExpressionName);
            var multiplicative = LeftAssociative(_unary, MultiplicativeOperator);
            var additive = LeftAssociative(multiplicative, isBandArm ? StopAtNextBand(AdditiveOperator) : AdditiveOperator);
            _fallback = LeftAssociative(additive, CoalesceOperator);
            _not = Not().XOr(Comparison(_fallback)).Named(ExpressionName);
            var and = LeftAssociative(_not, AndOperator);
            var or = LeftAssociative(and, OrOperator);
            _conditional = Conditional().XOr(or);
        }

        /// <summary>A whole expression, <c>if</c> included.</summary>
        public Parser<ExpressionSyntax> Expression { get; }

        private Parser<ExpressionSyntax> Conditional() => Sequence.Of(
            Lexical.Keyword("if"),
            Expression,
            Lexical.Keyword("then"),
            Expression,
            Lexical.Keyword("else"),
            Expression,
            (ifKeyword, condition, thenKeyword, whenTrue, elseKeyword, whenFalse, span) =>
                (ExpressionSyntax)new ConditionalExpressionSyntax(Between(ifKeyword, whenFalse.Span), condition, whenTrue, whenFalse));

        private Parser<ExpressionSyntax> Not() => Sequence.Of(
            Lexical.Keyword("not"),
            Recursive(i => _not(i)).Guarded(),
            (notKeyword, operand, span) =>
                (ExpressionSyntax)new UnaryExpressionSyntax(Between(notKeyword, operand.Span), UnaryOperator.Not, notKeyword, operand));

        /// <summary>At most one comparison: <c>a &lt; b &lt; c</c> is an error rather than a comparison of a boolean.</summary>
        private static Parser<ExpressionSyntax> Comparison(Parser<ExpressionSyntax> operand)
        {
            var relational = Sequence.Of(
                RelationalOperator,
                operand,
                (op, right, span) => (Func<ExpressionSyntax, ExpressionSyntax>)(left =>
                    new BinaryExpressionSyntax(Between(left.Span, right.Span), op.Value, op.Span, left, right)));
            var presence = Sequence.Of(
                Lexical.OperatorKeyword("is"),
                PresenceState,
                (isKeyword, state, span) => (Func<ExpressionSyntax, ExpressionSyntax>)(left =>
                    new PresenceExpressionSyntax(Between(left.Span, state.Span), left, state.IsMissing)));
            var membership = Sequence.Of(
                Lexical.OperatorKeyword("not").Then(Lexical.Keyword("in")).Return(true).XOr(Lexical.OperatorKeyword("in").Return(false)),
                operand,
                (negated, collection, span) => (Func<ExpressionSyntax, ExpressionSyntax>)(left =>
                    new InExpressionSyntax(Between(left.Span, collection.Span), left, collection, negated)));
            var within = Sequence.Of(
                Lexical.OperatorKeyword("within"),
                operand,
                Direction,
                operand,
                (withinKeyword, distance, direction, anchor, span) => (Func<ExpressionSyntax, ExpressionSyntax>)(left =>
                    new WithinExpressionSyntax(Between(left.Span, anchor.Span), left, distance, direction.Value, anchor)));
            var comparison = relational.XOr(presence).XOr(membership).XOr(within);
            return i =>
            {
                var left = operand(i);
                if (!left.WasSuccessful || !StartsComparison((SourceInput)left.Remainder)) return left;
                var compared = comparison(left.Remainder);
                if (!compared.WasSuccessful) return Failed<Func<ExpressionSyntax, ExpressionSyntax>, ExpressionSyntax>(compared);
                var rest = (SourceInput)compared.Remainder;
                if (StartsComparison(rest))
                {
                    rest.Context.Failures.Fail(rest, "comparisons cannot be chained; combine them with 'and', as in 'a < b and b < c'");
                    return Lexical.Fail<ExpressionSyntax>(rest, null);
                }
                return Result.Success(compared.Value(left.Value), rest);
            };
        }

        private static bool StartsComparison(SourceInput input)
        {
            var index = input.Index;
            switch (input.CharAt(index))
            {
                case '<':
                case '>':
                    return true;
                case '=':
                    return input.CharAt(index + 1) != '>';
                case '!':
                    return input.CharAt(index + 1) == '=';
            }
            return input.IsWordAt(index, "is") || input.IsWordAt(index, "in") || input.IsWordAt(index, "within")
                || (input.IsWordAt(index, "not") && input.IsWordAt(input.SkipTrivia(index + 3), "in"));
        }

        private Parser<ExpressionSyntax> Negation() => Sequence.Of(
            Lexical.Symbol("-"),
            Recursive(i => _unary(i)).Guarded(),
            (minus, operand, span) => (ExpressionSyntax)new UnaryExpressionSyntax(Between(minus, operand.Span), UnaryOperator.Negate, minus, operand));

        private static Parser<ExpressionSyntax> MemberAccess(Parser<ExpressionSyntax> primary) => i =>
        {
            var target = primary(i);
            if (!target.WasSuccessful) return target;
            var expression = target.Value;
            var rest = target.Remainder;
            while (true)
            {
                var dot = MemberDot(rest);
                if (!dot.WasSuccessful) return Result.Success(expression, rest);
                var member = Lexical.Identifier(dot.Remainder);
                if (!member.WasSuccessful) return Failed<NameSyntax, ExpressionSyntax>(member);
                expression = new MemberAccessExpressionSyntax(Between(expression.Span, member.Value.Span), expression, member.Value);
                rest = member.Remainder;
            }
        };

        /// <summary>The first character decides which primary this is, so no alternative is tried in vain.</summary>
        private Parser<ExpressionSyntax> Primary()
        {
            var parenthesized = Parenthesized();
            var list = ListOrComprehension();
            var word = LiteralGrammar.Boolean
                .XOr(Quantifier())
                .XOr(ClauseOutcome)
                .XOr(FailureCount)
                .XOr(NameOrCall());
            return i =>
            {
                var input = (SourceInput)i;
                var c = input.CharAt(input.Index);
                if (c == '(') return parenthesized(i);
                if (c == '[') return list(i);
                if (c == '"') return LiteralGrammar.Text(i);
                if (Lexical.IsDigit(c)) return LiteralGrammar.Numeric(i);
                if (Lexical.IsIdentifierStart(c)) return word(i);
                return Lexical.Fail<ExpressionSyntax>(input, ExpressionName);
            };
        }

        private Parser<ExpressionSyntax> Parenthesized() => Sequence.Of(
            Lexical.Symbol("("),
            _bracketed.Expression,
            Lexical.Symbol(")"),
            (open, inner, close, span) => (ExpressionSyntax)new ParenthesizedExpressionSyntax(Between(open, close), inner));

        /// <summary><c>[a, b]</c> or <c>[e for x in xs where p]</c>: both start with <c>[</c> and an expression, so the
        /// word after the first expression decides, and nothing is read twice.</summary>
        private Parser<ExpressionSyntax> ListOrComprehension()
        {
            var expression = _bracketed.Expression;
            var comprehension = Sequence.Of(
                Lexical.Keyword("for"),
                Lexical.Identifier,
                Lexical.Keyword("in"),
                expression,
                Where(expression).XOptional(),
                (forKeyword, variable, inKeyword, collection, condition, span) => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((projection, whole) =>
                    new ComprehensionExpressionSyntax(whole, projection, variable, collection, condition.GetOrDefault())));
            var list = Lexical.Symbol(",").Then(expression).XMany()
                .Select(rest => (Func<ExpressionSyntax, TextSpan, ExpressionSyntax>)((first, whole) =>
                    new ListExpressionSyntax(whole, new[] { first }.Concat(rest).ToImmutableArray())));
            var elements = Sequence.Of(
                expression,
                comprehension.XOr(list),
                Lexical.Symbol("]"),
                (first, build, close, span) => (Func<TextSpan, ExpressionSyntax>)(whole => build(first, whole)));
            var empty = Lexical.Symbol("]").Return((Func<TextSpan, ExpressionSyntax>)(whole =>
                new ListExpressionSyntax(whole, ImmutableArray<ExpressionSyntax>.Empty)));
            return Sequence.Of(Lexical.Symbol("["), empty.XOr(elements), (open, build, span) => build(span));
        }

        /// <summary><c>any x in xs where p</c>: the collection stops before comparisons (<c>count x in xs &gt; 3</c>
        /// compares the count); the condition, like a lambda body, runs to the end of the expression.</summary>
        private Parser<ExpressionSyntax> Quantifier() => Sequence.Of(
            QuantifierStart,
            Lexical.Identifier,
            Lexical.Keyword("in"),
            Recursive(i => _fallback(i)).Guarded(),
            Where(Expression).XOptional(),
            (kind, variable, inKeyword, collection, condition, span) =>
                (ExpressionSyntax)new QuantifierExpressionSyntax(span, kind, variable, collection, condition.GetOrDefault()));

        private Parser<ExpressionSyntax> NameOrCall()
        {
            var arguments = Sequence.Of(
                Lexical.OptionalSymbol("("),
                _bracketed.Expression.SeparatedBy(Lexical.Symbol(",")).XOptional(),
                Lexical.Symbol(")"),
                (open, items, close, span) => (Func<NameSyntax, ExpressionSyntax>)(name => new CallExpressionSyntax(
                    Between(name.Span, close), name, items.GetOrDefault()?.ToImmutableArray() ?? ImmutableArray<ExpressionSyntax>.Empty)));
            return Sequence.Of(
                Lexical.Identifier,
                arguments.XOptional(),
                (name, call, span) => call.IsDefined ? call.Get()(name) : new NameExpressionSyntax(name.Span, name));
        }

        private static Parser<ExpressionSyntax> Where(Parser<ExpressionSyntax> condition) =>
            Lexical.Keyword("where").Then(condition);

        /// <summary><c>passed</c>, <c>failed</c> and <c>failures</c> are reserved only when a <c>(</c> follows.</summary>
        private static Parser<T> ReservedCallName<T>(params (string Word, T Value)[] names) => i =>
        {
            var input = (SourceInput)i;
            foreach (var (word, value) in names)
            {
                if (!input.IsWordAt(input.Index, word)) continue;
                var end = input.Index + word.Length;
                if (input.CharAt(input.SkipTrivia(end)) == '(') return Result.Success(value, input.AfterToken(end));
            }
            return Lexical.Fail<T>(input, null);
        };

        /// <summary>A left-associative chain, read in a loop so that a chain of any length does not recurse.</summary>
        private static Parser<ExpressionSyntax> LeftAssociative(
            Parser<ExpressionSyntax> operand,
            Parser<(BinaryOperator Value, TextSpan Span)> op) => i =>
        {
            var first = operand(i);
            if (!first.WasSuccessful) return first;
            var left = first.Value;
            var rest = first.Remainder;
            while (true)
            {
                var next = op(rest);
                if (!next.WasSuccessful) return Result.Success(left, rest);
                var right = operand(next.Remainder);
                if (!right.WasSuccessful) return right;
                left = new BinaryExpressionSyntax(Between(left.Span, right.Value.Span), next.Value.Value, next.Value.Span, left, right.Value);
                rest = right.Remainder;
            }
        };

        /// <summary>A <c>-</c> that starts a line and is followed by a digit begins the next band of a table.</summary>
        private static Parser<(BinaryOperator Value, TextSpan Span)> StopAtNextBand(Parser<(BinaryOperator Value, TextSpan Span)> op) => i =>
        {
            var input = (SourceInput)i;
            return input.CharAt(input.Index) == '-' && Lexical.IsDigit(input.CharAt(input.Index + 1)) && StartsLine(input)
                ? Lexical.Fail<(BinaryOperator, TextSpan)>(input, null)
                : op(i);
        };

        private static bool StartsLine(SourceInput input)
        {
            var index = input.Index - 1;
            while (index >= 0 && (input.Text[index] == ' ' || input.Text[index] == '\t')) index--;
            return index < 0 || input.Text[index] == '\n';
        }

        /// <summary>A lambda that refers to a rule defined later, typed as a parser.</summary>
        private static Parser<T> Recursive<T>(Parser<T> parser) => parser;
    }
}
