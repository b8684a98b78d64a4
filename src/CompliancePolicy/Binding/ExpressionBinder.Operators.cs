using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Binding
{
    internal sealed partial class ExpressionBinder
    {
        private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
        {
            if (syntax.Operator == BinaryOperator.Coalesce) return BindCoalesce(syntax);

            // The right side of 'and' is read only when the left side holds, of 'or' only when it does not.
            var left = Required(Bind(syntax.Left));
            var proven = syntax.Operator == BinaryOperator.And ? WhenTrue(left) : syntax.Operator == BinaryOperator.Or ? WhenFalse(left) : None;
            var right = WithPresent(proven, () => Required(Bind(syntax.Right)));
            if (left.Type == TypeSymbol.Error || right.Type == TypeSymbol.Error) return new BoundError(syntax);

            var resolved = ResolveBinary(syntax.Operator, left.Type, right.Type);
            if (resolved is null)
            {
                _diagnostics.Report(_source, syntax.OperatorSpan,
                    DiagnosticMessages.OperatorTypeMismatch(Spelling(syntax.Operator), left.Type.Describe(), right.Type.Describe()));
                return new BoundError(syntax);
            }

            var (kind, type, swap) = resolved.Value;
            if (kind == BoundBinaryKind.And || kind == BoundBinaryKind.Or) return ProvesLogic(new BoundBinary(syntax, kind, left, right, type));
            return swap
                ? new BoundBinary(syntax, kind, right, left, type)
                : new BoundBinary(syntax, kind, left, right, type);
        }

        private BoundExpression BindCoalesce(BinaryExpressionSyntax syntax)
        {
            var left = Unnarrowed(Bind(syntax.Left));
            var right = Bind(syntax.Right);
            if (left.Type == TypeSymbol.Error || right.Type == TypeSymbol.Error) return new BoundError(syntax);
            if (!left.Type.IsOptional)
            {
                _diagnostics.Report(_source, syntax.Left.Span,
                    DiagnosticMessages.OptionalMisuse(_source.ToString(syntax.Left.Span), left.Type.Describe(), "??"));
                return new BoundError(syntax);
            }
            var type = TypeRules.Unify(left.Type.NonOptional, right.Type);
            if (type is null)
            {
                _diagnostics.Report(_source, syntax.Right.Span, DiagnosticMessages.TypeMismatch(left.Type.NonOptional.Describe(), right.Type.Describe()));
                return new BoundError(syntax);
            }
            return new BoundCoalesce(syntax, left, right, type);
        }

        /// <summary>The operator meant for these operand types, or null when none applies.</summary>
        private static (BoundBinaryKind Kind, TypeSymbol Type, bool Swap)? ResolveBinary(BinaryOperator op, TypeSymbol left, TypeSymbol right)
        {
            var bothNumeric = left.IsNumeric && right.IsNumeric;
            var numericResult = left == TypeSymbol.Int && right == TypeSymbol.Int ? TypeSymbol.Int : TypeSymbol.Decimal;
            switch (op)
            {
                case BinaryOperator.Or:
                case BinaryOperator.And:
                    if (left == TypeSymbol.Bool && right == TypeSymbol.Bool)
                        return (op == BinaryOperator.Or ? BoundBinaryKind.Or : BoundBinaryKind.And, TypeSymbol.Bool, false);
                    return null;

                case BinaryOperator.Equal:
                case BinaryOperator.NotEqual:
                    if (TypeRules.Unify(left, right) is null) return null;
                    return (op == BinaryOperator.Equal ? BoundBinaryKind.Equal : BoundBinaryKind.NotEqual, TypeSymbol.Bool, false);

                case BinaryOperator.Less:
                case BinaryOperator.LessOrEqual:
                case BinaryOperator.Greater:
                case BinaryOperator.GreaterOrEqual:
                    if (!(bothNumeric || (left == right && TypeRules.IsOrdered(left)))) return null;
                    return (ComparisonKind(op), TypeSymbol.Bool, false);

                case BinaryOperator.Add:
                    if (bothNumeric) return (BoundBinaryKind.NumberAdd, numericResult, false);
                    if (left == TypeSymbol.Date && right == TypeSymbol.Duration) return (BoundBinaryKind.DateAddDuration, TypeSymbol.Date, false);
                    if (left == TypeSymbol.Duration && right == TypeSymbol.Date) return (BoundBinaryKind.DateAddDuration, TypeSymbol.Date, true);
                    if (left == TypeSymbol.Duration && right == TypeSymbol.Duration) return (BoundBinaryKind.DurationAdd, TypeSymbol.Duration, false);
                    if (left == TypeSymbol.Text && right == TypeSymbol.Text) return (BoundBinaryKind.TextConcat, TypeSymbol.Text, false);
                    return null;

                case BinaryOperator.Subtract:
                    if (bothNumeric) return (BoundBinaryKind.NumberSubtract, numericResult, false);
                    if (left == TypeSymbol.Date && right == TypeSymbol.Duration) return (BoundBinaryKind.DateSubtractDuration, TypeSymbol.Date, false);
                    if (left == TypeSymbol.Duration && right == TypeSymbol.Duration) return (BoundBinaryKind.DurationSubtract, TypeSymbol.Duration, false);
                    return null;

                case BinaryOperator.Multiply:
                    if (bothNumeric) return (BoundBinaryKind.NumberMultiply, numericResult, false);
                    if (left == TypeSymbol.Duration && right == TypeSymbol.Int) return (BoundBinaryKind.DurationTimesNumber, TypeSymbol.Duration, false);
                    if (left == TypeSymbol.Int && right == TypeSymbol.Duration) return (BoundBinaryKind.DurationTimesNumber, TypeSymbol.Duration, true);
                    return null;

                case BinaryOperator.Divide:
                    return bothNumeric ? (BoundBinaryKind.NumberDivide, TypeSymbol.Decimal, false) : ((BoundBinaryKind, TypeSymbol, bool)?)null;

                default:
                    return null;
            }
        }

        private static BoundBinaryKind ComparisonKind(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Less: return BoundBinaryKind.Less;
                case BinaryOperator.LessOrEqual: return BoundBinaryKind.LessOrEqual;
                case BinaryOperator.Greater: return BoundBinaryKind.Greater;
                default: return BoundBinaryKind.GreaterOrEqual;
            }
        }

        public static string Spelling(BinaryOperator op)
        {
            switch (op)
            {
                case BinaryOperator.Or: return "or";
                case BinaryOperator.And: return "and";
                case BinaryOperator.Equal: return "=";
                case BinaryOperator.NotEqual: return "!=";
                case BinaryOperator.Less: return "<";
                case BinaryOperator.LessOrEqual: return "<=";
                case BinaryOperator.Greater: return ">";
                case BinaryOperator.GreaterOrEqual: return ">=";
                case BinaryOperator.Coalesce: return "??";
                case BinaryOperator.Add: return "+";
                case BinaryOperator.Subtract: return "-";
                case BinaryOperator.Multiply: return "*";
                default: return "/";
            }
        }
    }
}
