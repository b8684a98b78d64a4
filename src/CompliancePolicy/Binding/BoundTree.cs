using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>Walks bound expressions: the direct sub-expressions of a node, in source order.</summary>
    internal static class BoundTree
    {
        public static IEnumerable<BoundExpression> Children(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundFieldAccess field when field.Target != null: return new[] { field.Target };
                case BoundUnwrap unwrap: return new[] { unwrap.Operand };
                case BoundUnary unary: return new[] { unary.Operand };
                case BoundBinary binary: return new[] { binary.Left, binary.Right };
                case BoundPresence presence: return new[] { presence.Operand };
                case BoundCoalesce coalesce: return new[] { coalesce.Left, coalesce.Right };
                case BoundWithin within: return new[] { within.Operand, within.Distance, within.Anchor };
                case BoundIn @in: return new[] { @in.Operand, @in.Collection };
                case BoundQuantifier quantifier: return quantifier.Condition is null ? new[] { quantifier.Collection } : new[] { quantifier.Collection, quantifier.Condition };
                case BoundComprehension comprehension:
                    return comprehension.Condition is null
                        ? new[] { comprehension.Collection, comprehension.Projection }
                        : new[] { comprehension.Collection, comprehension.Condition, comprehension.Projection };
                case BoundList list: return list.Items;
                case BoundConditional conditional: return new[] { conditional.Condition, conditional.WhenTrue, conditional.WhenFalse };
                case BoundCall call: return call.Arguments.Where(a => !(a is BoundLiteral literal && literal.Value is RoundingMode));
                case BoundLookup lookup: return new[] { lookup.Argument };
                case BoundInterpolatedString interpolated: return interpolated.Parts.OfType<BoundExpression>();
                default: return Enumerable.Empty<BoundExpression>();
            }
        }

        /// <summary>True when the expression reads a loop variable of an enclosing loop: it has no value outside that loop.</summary>
        public static bool HasFreeVariable(BoundExpression expression) => HasFreeVariable(expression, new HashSet<VariableSymbol>());

        private static bool HasFreeVariable(BoundExpression expression, HashSet<VariableSymbol> bound)
        {
            switch (expression)
            {
                case BoundVariable variable:
                    return !bound.Contains(variable.Variable);
                case BoundQuantifier quantifier:
                    return HasFreeVariable(quantifier.Collection, bound)
                        || (quantifier.Condition != null && HasFreeVariable(quantifier.Condition, With(bound, quantifier.Variable)));
                case BoundComprehension comprehension:
                    var inner = With(bound, comprehension.Variable);
                    return HasFreeVariable(comprehension.Collection, bound)
                        || (comprehension.Condition != null && HasFreeVariable(comprehension.Condition, inner))
                        || HasFreeVariable(comprehension.Projection, inner);
                default:
                    return BoundTree.Children(expression).Any(c => HasFreeVariable(c, bound));
            }
        }

        private static HashSet<VariableSymbol> With(HashSet<VariableSymbol> bound, VariableSymbol variable) =>
            new HashSet<VariableSymbol>(bound) { variable };
    }
}
