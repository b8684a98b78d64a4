using System.Linq;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Editing
{
    internal sealed partial class SymbolIndexBuilder
    {
        /// <summary>
        /// The type of an expression, as far as the editor needs it: what a name holds and which fields follow a dot.
        /// The binder stops at an expression's first error and is not asked here; null means "not known".
        /// </summary>
        private EditorType? TypeOf(ExpressionSyntax expression, Scope scope)
        {
            switch (expression)
            {
                case LiteralExpressionSyntax literal:
                    return LiteralType(literal.Kind);
                case NameExpressionSyntax name:
                    var symbol = ResolveName(name.Name.Text, scope);
                    return symbol is null || _inferring.Contains(symbol) ? null : symbol.Type;
                case MemberAccessExpressionSyntax member:
                    return MemberType(member, scope);
                case CallExpressionSyntax call:
                    return CallType(call, scope);
                case ParenthesizedExpressionSyntax parenthesized:
                    return TypeOf(parenthesized.Inner, scope);
                case ConditionalExpressionSyntax conditional:
                    return TypeOf(conditional.WhenTrue, scope) ?? TypeOf(conditional.WhenFalse, scope);
                case ListExpressionSyntax list:
                    return list.Items.IsEmpty ? null : TypeOf(list.Items[0], scope) is { } item ? EditorType.ListOf(item) : null;
                case ComprehensionExpressionSyntax comprehension:
                    var inner = scope.With(comprehension.Variable.Text, new EditorSymbol(
                        EditorSymbolKind.Variable, comprehension.Variable.Text, null, null, null, null, () => TypeOf(comprehension.Collection, scope)?.NonOptional.Element));
                    return TypeOf(comprehension.Projection, inner) is { } projected ? EditorType.ListOf(projected) : null;
                case QuantifierExpressionSyntax quantifier:
                    return quantifier.Kind == QuantifierKind.Count ? EditorType.Int : EditorType.Bool;
                case BinaryExpressionSyntax binary:
                    return BinaryType(binary, scope);
                case UnaryExpressionSyntax unary:
                    return unary.Operator == UnaryOperator.Not ? EditorType.Bool : TypeOf(unary.Operand, scope);
                case InterpolatedStringSyntax _:
                    return EditorType.Text;
                case FailureCountExpressionSyntax _:
                    return EditorType.Int;
                case ClauseOutcomeExpressionSyntax _:
                case PresenceExpressionSyntax _:
                case WithinExpressionSyntax _:
                case InExpressionSyntax _:
                    return EditorType.Bool;
                default:
                    throw new System.InvalidOperationException($"Unexpected expression {expression.GetType().Name}");
            }
        }

        private static EditorType LiteralType(LiteralKind kind) => kind switch
        {
            LiteralKind.Boolean => EditorType.Bool,
            LiteralKind.Integer => EditorType.Int,
            LiteralKind.Decimal => EditorType.Decimal,
            LiteralKind.Percent => EditorType.Decimal,
            LiteralKind.Text => EditorType.Text,
            LiteralKind.Date => EditorType.Date,
            LiteralKind.Duration => EditorType.Duration,
            _ => throw new System.InvalidOperationException($"Unexpected literal kind {kind}"),
        };

        private EditorType? MemberType(MemberAccessExpressionSyntax member, Scope scope)
        {
            if (LifecycleTarget(member.Target, scope) is { } lifecycle)
            {
                if (member.Member.Text == "state" || State(lifecycle.Name, member.Member.Text) != null) return new EditorType(lifecycle.Name);
                return BuiltinSymbols.LifecycleValue(member.Member.Text)?.Type;
            }
            if (EnumTarget(member.Target, scope) is { } enumType) return new EditorType(enumType.Name);
            return FieldOf(TypeOf(member.Target, scope)?.NonOptional, member.Member.Text)?.Type;
        }

        private EditorType? CallType(CallExpressionSyntax call, Scope scope)
        {
            var name = call.Function.Text;
            if (_table.Values.TryGetValue(name, out var lookup) && (lookup.Kind == EditorSymbolKind.Table || lookup.Kind == EditorSymbolKind.Tiers))
                return lookup.Type;
            var first = call.Arguments.IsEmpty ? null : call.Arguments[0];
            switch (name)
            {
                case "history":
                    return first is NameExpressionSyntax eventType ? EditorType.ListOf(new EditorType(eventType.Name.Text)) : null;
                case "min":
                case "max":
                    var argument = first is null ? null : TypeOf(first, scope)?.NonOptional;
                    return call.Arguments.Length == 1 ? argument?.Element : argument;
                case "sum":
                    return first is null ? null : TypeOf(first, scope)?.NonOptional.Element;
                case "abs":
                    return first is null ? null : TypeOf(first, scope)?.NonOptional;
                default:
                    return BuiltinSymbols.FindFunction(name)?.ReturnType;
            }
        }

        private EditorType? BinaryType(BinaryExpressionSyntax binary, Scope scope)
        {
            switch (binary.Operator)
            {
                case BinaryOperator.Coalesce:
                    return TypeOf(binary.Left, scope)?.NonOptional ?? TypeOf(binary.Right, scope);
                case BinaryOperator.Add:
                case BinaryOperator.Subtract:
                case BinaryOperator.Multiply:
                case BinaryOperator.Divide:
                    var left = TypeOf(binary.Left, scope)?.NonOptional;
                    var right = TypeOf(binary.Right, scope)?.NonOptional;
                    if (left == EditorType.Int && right == EditorType.Int && binary.Operator != BinaryOperator.Divide) return EditorType.Int;
                    if (left == EditorType.Duration || left == EditorType.Date || left == EditorType.Text) return left;
                    return right == EditorType.Duration ? right : EditorType.Decimal;
                default:
                    return EditorType.Bool;
            }
        }
    }
}
