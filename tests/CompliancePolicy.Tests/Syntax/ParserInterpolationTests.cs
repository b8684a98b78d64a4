using System.Linq;
using CompliancePolicy.Syntax;
using static CompliancePolicy.Tests.Syntax.ParserTestHelpers;

namespace CompliancePolicy.Tests.Syntax
{
    public class ParserInterpolationTests
    {
        private static InterpolatedStringSyntax Message(string message) =>
            Declaration<ClauseDeclarationSyntax>("clause C \"T\" require true message " + message).Message!;

        [Fact]
        public void Message_is_split_into_text_and_holes()
        {
            var message = Message("\"operated {elapsed(start, audit)} since {start}; needs {minimum}\"");

            Assert.Collection(
                message.Parts,
                p => Assert.Equal("operated ", Assert.IsType<InterpolationTextSyntax>(p).Text),
                p => Assert.Equal("elapsed(start, audit)", Shape(Assert.IsType<InterpolationHoleSyntax>(p).Expression)),
                p => Assert.Equal(" since ", Assert.IsType<InterpolationTextSyntax>(p).Text),
                p => Assert.Equal("start", Shape(Assert.IsType<InterpolationHoleSyntax>(p).Expression)),
                p => Assert.Equal("; needs ", Assert.IsType<InterpolationTextSyntax>(p).Text),
                p => Assert.Equal("minimum", Shape(Assert.IsType<InterpolationHoleSyntax>(p).Expression)));
        }

        [Fact]
        public void Doubled_braces_are_literal_braces()
        {
            var message = Message("\"{{not a hole}} {x}\"");

            Assert.Equal("{not a hole} ", Assert.IsType<InterpolationTextSyntax>(message.Parts[0]).Text);
            Assert.IsType<InterpolationHoleSyntax>(message.Parts[1]);
        }

        [Fact]
        public void Empty_message_has_no_parts()
        {
            Assert.Empty(Message("\"\"").Parts);
        }

        [Fact]
        public void Spans_are_exact_in_the_file_even_after_escapes()
        {
            var annotated = AnnotatedText.Parse(
                "clause C \"T\" require true message [|\"[|say \\\"hi\\\" {{ |][|{ [|count(xs)|] }|][|\\t|]\"|]");

            var message = Declaration<ClauseDeclarationSyntax>(annotated.Text).Message!;
            var hole = Assert.IsType<InterpolationHoleSyntax>(message.Parts[1]);

            Assert.Equal(annotated.Spans[0], message.Span);
            Assert.Equal(annotated.Spans[1], message.Parts[0].Span);
            Assert.Equal("say \"hi\" { ", ((InterpolationTextSyntax)message.Parts[0]).Text);
            Assert.Equal(annotated.Spans[2], hole.Span);
            Assert.Equal(annotated.Spans[3], hole.Expression.Span);
            Assert.Equal(annotated.Spans[4], message.Parts[2].Span);
            Assert.Equal("\t", ((InterpolationTextSyntax)message.Parts[2]).Text);
        }

        [Fact]
        public void A_hole_may_hold_text_written_with_escaped_quotes()
        {
            var annotated = AnnotatedText.Parse("clause C \"T\" require true message \"{if ok then [|\\\"yes\\\"|] else \\\"no\\\"}\"");

            var message = Declaration<ClauseDeclarationSyntax>(annotated.Text).Message!;
            var conditional = Assert.IsType<ConditionalExpressionSyntax>(Assert.IsType<InterpolationHoleSyntax>(Assert.Single(message.Parts)).Expression);
            var yes = Assert.IsType<LiteralExpressionSyntax>(conditional.WhenTrue);

            Assert.Equal("yes", yes.Value);
            Assert.Equal(annotated.Span, yes.Span);
        }

        [Fact]
        public void Error_arms_are_interpolated_too()
        {
            var table = Declaration<TableDeclarationSyntax>("table t(k: int) -> int { otherwise => error \"no band for {k}\" }");

            var error = Assert.IsType<ErrorArmSyntax>(table.Otherwise);
            Assert.Equal("k", Shape(Assert.IsType<InterpolationHoleSyntax>(error.Message.Parts.Last()).Expression));
        }
    }
}
