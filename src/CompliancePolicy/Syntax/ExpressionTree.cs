using System;
using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Syntax
{
    /// <summary>Walks expression syntax: the direct sub-expressions of a node, for passes that must not recurse.</summary>
    internal static class ExpressionTree
    {
        /// <summary>The direct sub-expressions of a node, holes of interpolated strings included; an unknown kind of node
        /// is a bug, not a leaf.</summary>
        public static IEnumerable<ExpressionSyntax> Children(ExpressionSyntax node)
        {
            switch (node)
            {
                case LiteralExpressionSyntax _:
                case NameExpressionSyntax _:
                case ClauseOutcomeExpressionSyntax _:
                case FailureCountExpressionSyntax _:
                    return Array.Empty<ExpressionSyntax>();
                case InterpolatedStringSyntax interpolated:
                    return interpolated.Parts.OfType<InterpolationHoleSyntax>().Select(h => h.Expression);
                case MemberAccessExpressionSyntax member: return new[] { member.Target };
                case CallExpressionSyntax call: return call.Arguments;
                case UnaryExpressionSyntax unary: return new[] { unary.Operand };
                case BinaryExpressionSyntax binary: return new[] { binary.Left, binary.Right };
                case PresenceExpressionSyntax presence: return new[] { presence.Operand };
                case WithinExpressionSyntax within: return new[] { within.Operand, within.Distance, within.Anchor };
                case InExpressionSyntax @in: return new[] { @in.Operand, @in.Collection };
                case QuantifierExpressionSyntax quantifier:
                    return quantifier.Condition is null ? new[] { quantifier.Collection } : new[] { quantifier.Collection, quantifier.Condition };
                case ComprehensionExpressionSyntax comprehension:
                    return comprehension.Condition is null
                        ? new[] { comprehension.Projection, comprehension.Collection }
                        : new[] { comprehension.Projection, comprehension.Collection, comprehension.Condition };
                case ListExpressionSyntax list: return list.Items;
                case ConditionalExpressionSyntax conditional: return new[] { conditional.Condition, conditional.WhenTrue, conditional.WhenFalse };
                case ParenthesizedExpressionSyntax parenthesized: return new[] { parenthesized.Inner };
                default: throw new InvalidOperationException($"Unknown expression node {node.GetType().Name}.");
            }
        }
    }
}
