using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    public class ParserExpressionTests
    {
        [Theory]
        [InlineData("42", LiteralKind.Integer, "42")]
        [InlineData("69.99", LiteralKind.Decimal, "69.99")]
        [InlineData("50%", LiteralKind.Percent, "0.5")]
        [InlineData("12.5%", LiteralKind.Percent, "0.125")]
        [InlineData("0", LiteralKind.Integer, "0")]
        public void Numbers_are_invariant_decimals(string text, object kind, string value) // LiteralKind is internal
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(Expression(text));

            Assert.Equal((LiteralKind)kind, literal.Kind);
            Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Assert.IsType<decimal>(literal.Value));
        }

        [Fact]
        public void Text_literal_resolves_escapes_and_spans_the_quotes()
        {
            const string text = @"""say \""hi\""\n\tback\\slash""";
            var literal = Assert.IsType<LiteralExpressionSyntax>(Expression(text + "  "));

            Assert.Equal(LiteralKind.Text, literal.Kind);
            Assert.Equal("say \"hi\"\n\tback\\slash", literal.Value);
            Assert.Equal(0, literal.Span.Start);
            Assert.Equal(text.Length, literal.Span.Length);
        }

        [Theory]
        [InlineData("true", true)]
        [InlineData("false", false)]
        public void Booleans(string text, bool value)
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(Expression(text));

            Assert.Equal(LiteralKind.Boolean, literal.Kind);
            Assert.Equal(value, literal.Value);
        }

        [Fact]
        public void Date_is_read_before_numbers_so_it_is_never_a_subtraction()
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(Expression("2026-11-22"));

            Assert.Equal(LiteralKind.Date, literal.Kind);
            Assert.Equal(new CalendarDate(2026, 11, 22), literal.Value);
        }

        [Fact]
        public void Date_minus_duration_is_a_subtraction_of_a_date()
        {
            var expression = Expression("2026-01-31 - 3 days");

            Assert.Equal("(- 2026-01-31 3 days)", Shape(expression));
        }

        [Theory]
        [InlineData("90 days", 0, 90)]
        [InlineData("1 day", 0, 1)]
        [InlineData("2 weeks", 0, 14)]
        [InlineData("3 months", 3, 0)]
        [InlineData("1 year", 12, 0)]
        [InlineData("1 year 6 months", 18, 0)]
        [InlineData("2 years 1 week 3 days", 24, 10)]
        public void Durations_combine_their_parts(string text, int months, int days)
        {
            var literal = Assert.IsType<LiteralExpressionSyntax>(Expression(text));

            Assert.Equal(LiteralKind.Duration, literal.Kind);
            Assert.Equal(new Duration(months, days), literal.Value);
            Assert.Equal(text.Length, literal.Span.Length);
        }

        [Fact]
        public void A_number_before_a_non_unit_word_is_not_a_duration()
        {
            var expression = Expression("3 * days");

            Assert.Equal("(* 3 days)", Shape(expression));
        }

        [Fact]
        public void Name_and_member_access_chain_to_the_left()
        {
            var access = Assert.IsType<MemberAccessExpressionSyntax>(Expression("org.address.city"));

            Assert.Equal("city", access.Member.Text);
            Assert.Equal("org.address", Shape(access.Target));
            Assert.IsType<NameExpressionSyntax>(((MemberAccessExpressionSyntax)access.Target).Target);
        }

        [Fact]
        public void Calls_take_any_number_of_arguments()
        {
            Assert.Equal("min(a, b.c, 3)", Shape(Expression("min(a, b.c, 3)")));
            Assert.Empty(Assert.IsType<CallExpressionSyntax>(Expression("today()")).Arguments);
        }

        [Fact]
        public void Count_followed_by_a_bracket_is_an_ordinary_call()
        {
            var call = Assert.IsType<CallExpressionSyntax>(Expression("count(reviews)"));

            Assert.Equal("count", call.Function.Text);
        }

        [Fact]
        public void Quantifier_words_are_ordinary_names_outside_a_quantifier()
        {
            Assert.Equal("(> count 3)", Shape(Expression("count > 3")));
            Assert.Equal("(in any xs)", Shape(Expression("any in xs")));
        }

        [Theory]
        [InlineData("any r in reviews where r.passed", QuantifierKind.Any, true)]
        [InlineData("any r in reviews", QuantifierKind.Any, false)]
        [InlineData("all r in reviews where r.passed", QuantifierKind.All, true)]
        [InlineData("none p in penalties where p.date > audit_date", QuantifierKind.None, true)]
        [InlineData("count r in reviews", QuantifierKind.Count, false)]
        public void Quantifiers(string text, object kind, bool hasCondition) // QuantifierKind is internal
        {
            var quantifier = Assert.IsType<QuantifierExpressionSyntax>(Expression(text));

            Assert.Equal((QuantifierKind)kind, quantifier.Kind);
            Assert.Equal(hasCondition, quantifier.Condition != null);
            Assert.Equal(text.Length, quantifier.Span.Length);
        }

        [Fact]
        public void Quantifier_collection_stops_before_a_comparison()
        {
            Assert.Equal("(> (count r reviews) 3)", Shape(Expression("count r in reviews > 3")));
        }

        [Fact]
        public void Quantifier_condition_runs_to_the_end_like_a_lambda_body()
        {
            Assert.Equal("(any r reviews (and r.passed recent))", Shape(Expression("any r in reviews where r.passed and recent")));
        }

        [Fact]
        public void List_literals()
        {
            var list = Assert.IsType<ListExpressionSyntax>(Expression("[1, 2, 3]"));
            Assert.Equal(3, list.Items.Length);
            Assert.Empty(Assert.IsType<ListExpressionSyntax>(Expression("[ ]")).Items);
        }

        [Fact]
        public void Comprehension_with_and_without_a_filter()
        {
            var filtered = Assert.IsType<ComprehensionExpressionSyntax>(Expression("[r.date for r in reviews where r.passed]"));
            Assert.Equal("r.date", Shape(filtered.Projection));
            Assert.Equal("r", filtered.Variable.Text);
            Assert.Equal("reviews", Shape(filtered.Collection));
            Assert.Equal("r.passed", Shape(filtered.Condition!));

            var mapped = Assert.IsType<ComprehensionExpressionSyntax>(Expression("[p.date for p in penalties]"));
            Assert.Null(mapped.Condition);
        }

        [Theory]
        [InlineData("passed(ELIG-2)", false, "ELIG-2")]
        [InlineData("failed(RD4.8-grade)", true, "RD4.8-grade")]
        public void Clause_outcomes_take_a_clause_id(string text, bool failed, string id)
        {
            var outcome = Assert.IsType<ClauseOutcomeExpressionSyntax>(Expression(text));

            Assert.Equal(failed, outcome.Failed);
            Assert.Equal(id, outcome.ClauseId.Text);
        }

        [Fact]
        public void Passed_without_a_bracket_is_a_name()
        {
            Assert.Equal("r.passed", Shape(Expression("r.passed")));
            Assert.IsType<NameExpressionSyntax>(Expression("passed"));
        }

        [Theory]
        [InlineData("failures(blocker)", Severity.Blocker)]
        [InlineData("failures(major)", Severity.Major)]
        [InlineData("failures(minor)", Severity.Minor)]
        [InlineData("failures( advisory )", Severity.Advisory)]
        public void Failure_counts_take_a_severity(string text, Severity severity)
        {
            var count = Assert.IsType<FailureCountExpressionSyntax>(Expression(text));

            Assert.Equal(severity, count.AtLeast);
            Assert.Equal(severity.ToString().ToLowerInvariant(), text.Substring(count.SeveritySpan.Start, count.SeveritySpan.Length));
        }

        [Fact]
        public void Conditional()
        {
            Assert.Equal("(if (> a 1) b (or c d))", Shape(Expression("if a > 1 then b else c or d")));
        }

        [Theory]
        [InlineData("a or b and c", "(or a (and b c))")]
        [InlineData("a and b or c", "(or (and a b) c)")]
        [InlineData("not a = b", "(not (= a b))")]
        [InlineData("not a and b", "(and (not a) b)")]
        [InlineData("not not a", "(not (not a))")]
        [InlineData("a = b and c < d", "(and (= a b) (< c d))")]
        [InlineData("a ?? b + c", "(?? a (+ b c))")]
        [InlineData("a ?? b ?? c", "(?? (?? a b) c)")]
        [InlineData("a ?? b = c", "(= (?? a b) c)")]
        [InlineData("a + b * c", "(+ a (* b c))")]
        [InlineData("a * b + c", "(+ (* a b) c)")]
        [InlineData("a - b - c", "(- (- a b) c)")]
        [InlineData("a / b * c", "(* (/ a b) c)")]
        [InlineData("-a * b", "(* (- a) b)")]
        [InlineData("-x.y", "(- x.y)")]
        [InlineData("- -x", "(- (- x))")]
        [InlineData("(a + b) * c", "(* [(+ a b)] c)")]
        [InlineData("x+1>=y-1", "(>= (+ x 1) (- y 1))")]
        [InlineData("a != b", "(!= a b)")]
        [InlineData("a <= b", "(<= a b)")]
        [InlineData("a > b", "(> a b)")]
        public void Precedence_and_associativity(string text, string shape)
        {
            Assert.Equal(shape, Shape(Expression(text)));
        }

        [Theory]
        [InlineData("audit_date is present", "(present audit_date)")]
        [InlineData("audit_date is missing", "(missing audit_date)")]
        [InlineData("status in [a, b]", "(in status ListExpressionSyntax)")]
        [InlineData("status not in excluded", "(not-in status excluded)")]
        [InlineData("d within 1 year before audit_date", "(within-before d 1 year audit_date)")]
        [InlineData("d within 90 days after a + 1 day", "(within-after d 90 days (+ a 1 day))")]
        [InlineData("d within 1 year of as_of", "(within-of d 1 year as_of)")]
        [InlineData("a ?? b is missing and c", "(and (missing (?? a b)) c)")]
        public void Comparison_level_forms(string text, string shape)
        {
            Assert.Equal(shape, Shape(Expression(text)));
        }

        [Theory]
        [InlineData("order or notable", "(or order notable)")]
        [InlineData("android and island", "(and android island)")]
        [InlineData("iffy + ifs", "(+ iffy ifs)")]
        [InlineData("within_days within 1 day of into", "(within-of within_days 1 day into)")]
        [InlineData("is_ok = true", "(= is_ok True)")]
        public void Keywords_match_whole_words_only(string text, string shape)
        {
            Assert.Equal(shape, Shape(Expression(text)));
        }

        [Fact]
        public void Spans_of_a_binary_expression_and_its_operator()
        {
            var annotated = AnnotatedText.Parse("[|[|sms_established|] + minimum_operation [|<=|] [|audit_date|]|]  ");
            var binary = Assert.IsType<BinaryExpressionSyntax>(Expression(annotated.Text));

            Assert.Equal(annotated.Spans[0], binary.Span);
            Assert.Equal(annotated.Spans[1], ((BinaryExpressionSyntax)binary.Left).Left.Span);
            Assert.Equal(annotated.Spans[2], binary.OperatorSpan);
            Assert.Equal(annotated.Spans[3], binary.Right.Span);
        }

        [Fact]
        public void Spans_of_names_calls_and_members()
        {
            var annotated = AnnotatedText.Parse("[|[|elapsed|]( [|org|].[|start|] , as_of )|]");
            var call = Assert.IsType<CallExpressionSyntax>(Expression(annotated.Text));
            var member = Assert.IsType<MemberAccessExpressionSyntax>(call.Arguments[0]);

            Assert.Equal(annotated.Spans[0], call.Span);
            Assert.Equal(annotated.Spans[1], call.Function.Span);
            Assert.Equal(annotated.Spans[2], member.Target.Span);
            Assert.Equal(annotated.Spans[3], member.Member.Span);
            Assert.Equal(TextSpanOf(annotated.Spans[2].Start, annotated.Spans[3].End), member.Span);
        }

        [Fact]
        public void Spans_of_unary_parenthesized_and_quantified_expressions()
        {
            var annotated = AnnotatedText.Parse("[|[|not|] [|( any r in [|reviews|] where r.ok )|]|]");
            var not = Assert.IsType<UnaryExpressionSyntax>(Expression(annotated.Text));
            var parenthesized = Assert.IsType<ParenthesizedExpressionSyntax>(not.Operand);
            var quantifier = Assert.IsType<QuantifierExpressionSyntax>(parenthesized.Inner);

            Assert.Equal(annotated.Spans[0], not.Span);
            Assert.Equal(annotated.Spans[1], not.OperatorSpan);
            Assert.Equal(annotated.Spans[2], parenthesized.Span);
            Assert.Equal(annotated.Spans[3], quantifier.Collection.Span);
            Assert.Equal("any r in reviews where r.ok", annotated.Text.Substring(quantifier.Span.Start, quantifier.Span.Length));
        }

        [Fact]
        public void Spans_of_literals()
        {
            var annotated = AnnotatedText.Parse("[|2026-11-22|] + [|1 year 6 months|] = [|\"a\\\"b\"|] ?? [|50%|]");
            var comparison = Assert.IsType<BinaryExpressionSyntax>(Expression(annotated.Text));
            var sum = Assert.IsType<BinaryExpressionSyntax>(comparison.Left);
            var fallback = Assert.IsType<BinaryExpressionSyntax>(comparison.Right);

            Assert.Equal(annotated.Spans[0], sum.Left.Span);
            Assert.Equal(annotated.Spans[1], sum.Right.Span);
            Assert.Equal(annotated.Spans[2], fallback.Left.Span);
            Assert.Equal(annotated.Spans[3], fallback.Right.Span);
        }

        [Fact]
        public void Comments_between_tokens_are_skipped()
        {
            Assert.Equal("(+ a b)", Shape(Expression("a # first\n  + # then\n  b")));
        }

        [Fact]
        public void Long_chains_do_not_recurse_and_stay_left_associative()
        {
            // As long as a chain may be (CP0002): a tree of that depth.
            var terms = CompliancePolicy.Syntax.Parsing.NestingLimit.Operators.Max;
            var text = string.Join(" + ", Enumerable.Range(0, terms).Select(i => "x" + i));

            var expression = Expression(text);

            var depth = 0;
            while (expression is BinaryExpressionSyntax binary)
            {
                Assert.Equal("x" + (terms - 1 - depth), Assert.IsType<NameExpressionSyntax>(binary.Right).Name.Text);
                expression = binary.Left;
                depth++;
            }
            Assert.Equal(terms - 1, depth);
        }

        private static CompliancePolicy.Text.TextSpan TextSpanOf(int start, int end) => CompliancePolicy.Text.TextSpan.FromBounds(start, end);
    }
}
