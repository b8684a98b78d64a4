using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>An expression.</summary>
    internal abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary>The kinds of literal values.</summary>
    internal enum LiteralKind
    {
        Boolean,
        Integer,
        Decimal,
        Percent,
        Text,
        Date,
        Duration,
    }

    /// <summary>
    /// A literal. <see cref="Value"/> is a bool, a decimal (integer, decimal and percent literals; <c>50%</c> is 0.50),
    /// a string, a <see cref="CompliancePolicy.Values.CalendarDate"/> or a <see cref="CompliancePolicy.Values.Duration"/>.
    /// </summary>
    internal sealed record LiteralExpressionSyntax(TextSpan Span, LiteralKind Kind, object Value) : ExpressionSyntax(Span);

    /// <summary>A string with <c>{expression}</c> holes, used by clause messages and error arms.</summary>
    internal sealed record InterpolatedStringSyntax(TextSpan Span, ImmutableArray<InterpolationPartSyntax> Parts) : ExpressionSyntax(Span);

    /// <summary>A piece of an interpolated string.</summary>
    internal abstract record InterpolationPartSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary>Literal text between holes (escapes already resolved, <c>{{</c> is <c>{</c>).</summary>
    internal sealed record InterpolationTextSyntax(TextSpan Span, string Text) : InterpolationPartSyntax(Span);

    /// <summary>A <c>{expression}</c> hole.</summary>
    internal sealed record InterpolationHoleSyntax(TextSpan Span, ExpressionSyntax Expression) : InterpolationPartSyntax(Span);

    /// <summary>A bare name: a schema field, parameter, let, decision, loop variable, enum or the built-in <c>as_of</c>.</summary>
    internal sealed record NameExpressionSyntax(TextSpan Span, NameSyntax Name) : ExpressionSyntax(Span);

    /// <summary><c>target.member</c>: a record field, or <c>Enum.member</c>.</summary>
    internal sealed record MemberAccessExpressionSyntax(TextSpan Span, ExpressionSyntax Target, NameSyntax Member) : ExpressionSyntax(Span);

    /// <summary><c>f(a, b)</c>: a built-in function, a table or a tiers lookup.</summary>
    internal sealed record CallExpressionSyntax(TextSpan Span, NameSyntax Function, ImmutableArray<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

    /// <summary>
    /// <c>passed(ELIG-2)</c>, <c>failed(ELIG-2)</c>: the outcome of another clause. The argument is a clause ID,
    /// which may contain dashes and dots, so it is not an ordinary expression.
    /// </summary>
    internal sealed record ClauseOutcomeExpressionSyntax(TextSpan Span, bool Failed, NameSyntax ClauseId) : ExpressionSyntax(Span);

    /// <summary><c>failures(major)</c>: how many clauses of that severity or worse failed.</summary>
    internal sealed record FailureCountExpressionSyntax(TextSpan Span, Severity AtLeast, TextSpan SeveritySpan) : ExpressionSyntax(Span);

    /// <summary>Prefix operators.</summary>
    internal enum UnaryOperator
    {
        Not,
        Negate,
    }

    /// <summary><c>not x</c>, <c>-x</c>.</summary>
    internal sealed record UnaryExpressionSyntax(TextSpan Span, UnaryOperator Operator, TextSpan OperatorSpan, ExpressionSyntax Operand) : ExpressionSyntax(Span);

    /// <summary>Infix operators, from the loosest binding to the tightest.</summary>
    internal enum BinaryOperator
    {
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Coalesce,
        Add,
        Subtract,
        Multiply,
        Divide,
    }

    /// <summary><c>a op b</c>.</summary>
    internal sealed record BinaryExpressionSyntax(
        TextSpan Span,
        BinaryOperator Operator,
        TextSpan OperatorSpan,
        ExpressionSyntax Left,
        ExpressionSyntax Right) : ExpressionSyntax(Span);

    /// <summary><c>x is present</c> / <c>x is missing</c> for optional values.</summary>
    internal sealed record PresenceExpressionSyntax(TextSpan Span, ExpressionSyntax Operand, bool IsMissing) : ExpressionSyntax(Span);

    /// <summary>Where a <c>within</c> window lies relative to its anchor date.</summary>
    internal enum WithinDirection
    {
        /// <summary><c>d within 1 year before a</c>: a - 1 year &lt;= d &lt;= a.</summary>
        Before,

        /// <summary><c>d within 90 days after a</c>: a &lt;= d &lt;= a + 90 days.</summary>
        After,

        /// <summary><c>d within 1 year of a</c>: a - 1 year &lt;= d &lt;= a + 1 year.</summary>
        Of,
    }

    /// <summary><c>date within duration before|after|of anchor</c>; both ends of the window are included.</summary>
    internal sealed record WithinExpressionSyntax(
        TextSpan Span,
        ExpressionSyntax Operand,
        ExpressionSyntax Distance,
        WithinDirection Direction,
        ExpressionSyntax Anchor) : ExpressionSyntax(Span);

    /// <summary><c>x in [a, b]</c> / <c>x not in list</c>.</summary>
    internal sealed record InExpressionSyntax(TextSpan Span, ExpressionSyntax Operand, ExpressionSyntax Collection, bool Negated) : ExpressionSyntax(Span);

    /// <summary>The collection quantifiers.</summary>
    internal enum QuantifierKind
    {
        Any,
        All,
        None,
        Count,
    }

    /// <summary>
    /// <c>any r in reviews where r.date &lt; audit_date</c>; <c>all</c>, <c>none</c> and <c>count</c> read the same way.
    /// Without <c>where</c>, <c>any</c> means "not empty" and <c>count</c> the length.
    /// </summary>
    internal sealed record QuantifierExpressionSyntax(
        TextSpan Span,
        QuantifierKind Kind,
        NameSyntax Variable,
        ExpressionSyntax Collection,
        ExpressionSyntax? Condition) : ExpressionSyntax(Span);

    /// <summary><c>[r.date for r in reviews where r.passed]</c>: map and filter a list.</summary>
    internal sealed record ComprehensionExpressionSyntax(
        TextSpan Span,
        ExpressionSyntax Projection,
        NameSyntax Variable,
        ExpressionSyntax Collection,
        ExpressionSyntax? Condition) : ExpressionSyntax(Span);

    /// <summary><c>[a, b, c]</c>.</summary>
    internal sealed record ListExpressionSyntax(TextSpan Span, ImmutableArray<ExpressionSyntax> Items) : ExpressionSyntax(Span);

    /// <summary><c>if c then a else b</c>.</summary>
    internal sealed record ConditionalExpressionSyntax(
        TextSpan Span,
        ExpressionSyntax Condition,
        ExpressionSyntax WhenTrue,
        ExpressionSyntax WhenFalse) : ExpressionSyntax(Span);

    /// <summary><c>( expression )</c>, kept so the formatter can reproduce the author's grouping.</summary>
    internal sealed record ParenthesizedExpressionSyntax(TextSpan Span, ExpressionSyntax Inner) : ExpressionSyntax(Span);
}
