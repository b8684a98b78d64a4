using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Syntax
{
    /// <summary>Parses test sources and asserts they parse cleanly.</summary>
    internal static class ParserTestHelpers
    {
        public static PolicyFileSyntax ParseFile(string text) => PolicyParser.Parse(new SourceText("test.policy", text));

        public static PolicyFileSyntax ParseClean(string text)
        {
            var file = ParseFile(text);
            Assert.True(file.Diagnostics.IsEmpty, string.Join("\n", file.Diagnostics));
            return file;
        }

        public static T Declaration<T>(string text) where T : DeclarationSyntax =>
            Assert.IsType<T>(Assert.Single(ParseClean(text).Declarations));

        public static ExpressionSyntax Expression(string text)
        {
            var expression = PolicyParser.ParseExpression(new SourceText("test.policy", text), out var diagnostics);
            Assert.True(diagnostics.IsEmpty, string.Join("\n", diagnostics));
            return Assert.IsAssignableFrom<ExpressionSyntax>(expression);
        }

        /// <summary>The expression's shape in prefix form, e.g. <c>(+ a (* b c))</c>, to check grouping at a glance.</summary>
        public static string Shape(ExpressionSyntax expression) => expression switch
        {
            BinaryExpressionSyntax b => $"({Symbol(b.Operator)} {Shape(b.Left)} {Shape(b.Right)})",
            UnaryExpressionSyntax u => $"({(u.Operator == UnaryOperator.Not ? "not" : "-")} {Shape(u.Operand)})",
            NameExpressionSyntax n => n.Name.Text,
            LiteralExpressionSyntax l => System.Convert.ToString(l.Value, System.Globalization.CultureInfo.InvariantCulture)!,
            MemberAccessExpressionSyntax m => $"{Shape(m.Target)}.{m.Member.Text}",
            ParenthesizedExpressionSyntax p => $"[{Shape(p.Inner)}]",
            ConditionalExpressionSyntax c => $"(if {Shape(c.Condition)} {Shape(c.WhenTrue)} {Shape(c.WhenFalse)})",
            PresenceExpressionSyntax p => $"({(p.IsMissing ? "missing" : "present")} {Shape(p.Operand)})",
            InExpressionSyntax i => $"({(i.Negated ? "not-in" : "in")} {Shape(i.Operand)} {Shape(i.Collection)})",
            WithinExpressionSyntax w => $"(within-{w.Direction.ToString().ToLowerInvariant()} {Shape(w.Operand)} {Shape(w.Distance)} {Shape(w.Anchor)})",
            CallExpressionSyntax c => $"{c.Function.Text}({string.Join(", ", c.Arguments.Select(Shape))})",
            QuantifierExpressionSyntax q => $"({q.Kind.ToString().ToLowerInvariant()} {q.Variable.Text} {Shape(q.Collection)}{(q.Condition is null ? "" : " " + Shape(q.Condition))})",
            _ => expression.GetType().Name,
        };

        private static string Symbol(BinaryOperator op) => op switch
        {
            BinaryOperator.Or => "or",
            BinaryOperator.And => "and",
            BinaryOperator.Equal => "=",
            BinaryOperator.NotEqual => "!=",
            BinaryOperator.Less => "<",
            BinaryOperator.LessOrEqual => "<=",
            BinaryOperator.Greater => ">",
            BinaryOperator.GreaterOrEqual => ">=",
            BinaryOperator.Coalesce => "??",
            BinaryOperator.Add => "+",
            BinaryOperator.Subtract => "-",
            BinaryOperator.Multiply => "*",
            _ => "/",
        };
    }
}
