using System;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    internal sealed partial class ExpressionCompiler
    {
        public Func<Frame, bool> Bool(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundLiteral literal:
                    var constant = (bool)literal.Value;
                    return _ => constant;
                case BoundBinary binary:
                    return CompileLogicOrComparison(binary);
                case BoundUnary unary:
                    var operand = Bool(unary.Operand);
                    return f => !operand(f);
                case BoundPresence presence:
                    var value = Boxed(presence.Operand);
                    return presence.IsMissing ? f => value(f) is null : (Func<Frame, bool>)(f => value(f) != null);
                case BoundWithin within:
                    return CompileWithin(within);
                case BoundIn @in:
                    return CompileIn(@in);
                case BoundQuantifier quantifier when quantifier.Kind != QuantifierKind.Count:
                    return CompileQuantifier(quantifier);
                case BoundClauseOutcome outcome:
                    return CompileClauseOutcome(outcome);
                case BoundCall call when call.Function == BuiltinFunction.Contains:
                    var list = Reference(call.Arguments[0]);
                    var item = Boxed(call.Arguments[1]);
                    return f =>
                    {
                        var items = (object?[])list(f);
                        return items.Length > 0 && Contains(items, item(f));
                    };
                case BoundConditional conditional:
                    return CompileConditional(conditional, Bool);
            }

            return Unboxed<bool>(expression);
        }

        private Func<Frame, bool> CompileLogicOrComparison(BoundBinary binary)
        {
            switch (binary.Kind)
            {
                case BoundBinaryKind.Or:
                {
                    var left = Bool(binary.Left);
                    var right = Bool(binary.Right);
                    return f => left(f) || right(f);
                }
                case BoundBinaryKind.And:
                {
                    var left = Bool(binary.Left);
                    var right = Bool(binary.Right);
                    return f => left(f) && right(f);
                }
                case BoundBinaryKind.Equal:
                case BoundBinaryKind.NotEqual:
                    var equal = CompileEquality(binary);
                    return binary.Kind == BoundBinaryKind.Equal ? equal : f => !equal(f);
                default:
                    var compare = CompileComparison(binary);
                    switch (binary.Kind)
                    {
                        case BoundBinaryKind.Less: return f => compare(f) < 0;
                        case BoundBinaryKind.LessOrEqual: return f => compare(f) <= 0;
                        case BoundBinaryKind.Greater: return f => compare(f) > 0;
                        default: return f => compare(f) >= 0;
                    }
            }
        }

        private Func<Frame, bool> CompileEquality(BoundBinary binary)
        {
            var type = binary.OperandType;
            if (type.IsNumeric)
            {
                var left = Number(binary.Left);
                var right = Number(binary.Right);
                return f => left(f) == right(f);
            }
            if (type == TypeSymbol.Date)
            {
                var left = Date(binary.Left);
                var right = Date(binary.Right);
                return f => left(f) == right(f);
            }
            if (type == TypeSymbol.Bool)
            {
                var left = Bool(binary.Left);
                var right = Bool(binary.Right);
                return f => left(f) == right(f);
            }
            var a = Boxed(binary.Left);
            var b = Boxed(binary.Right);
            return f => ValueEquality.AreEqual(a(f), b(f));
        }

        /// <summary>A closure returning the sign of left compared with right.</summary>
        private Func<Frame, int> CompileComparison(BoundBinary binary)
        {
            var type = binary.OperandType;
            if (type.IsNumeric)
            {
                var left = Number(binary.Left);
                var right = Number(binary.Right);
                return f => left(f).CompareTo(right(f));
            }
            if (type == TypeSymbol.Date)
            {
                var left = Date(binary.Left);
                var right = Date(binary.Right);
                return f => left(f).CompareTo(right(f));
            }
            if (type == TypeSymbol.Duration)
            {
                var left = Duration(binary.Left);
                var right = Duration(binary.Right);
                return f => left(f).CompareInOneUnit(right(f));
            }
            var a = Reference(binary.Left);
            var b = Reference(binary.Right);
            if (type is EnumType) return f => ((EnumValue)a(f)).Ordinal.CompareTo(((EnumValue)b(f)).Ordinal);
            return f => string.CompareOrdinal((string)a(f), (string)b(f));
        }

        private Func<Frame, bool> CompileWithin(BoundWithin within)
        {
            var date = Date(within.Operand);
            var distance = Duration(within.Distance);
            var anchor = Date(within.Anchor);
            switch (within.Direction)
            {
                case WithinDirection.Before:
                    return f =>
                    {
                        var a = anchor(f);
                        var d = date(f);
                        return d <= a && d >= a.AddClamped(distance(f).Negate());
                    };
                case WithinDirection.After:
                    return f =>
                    {
                        var a = anchor(f);
                        var d = date(f);
                        return d >= a && d <= a.AddClamped(distance(f));
                    };
                default:
                    return f =>
                    {
                        var a = anchor(f);
                        var d = date(f);
                        var span = distance(f);
                        return d >= a.AddClamped(span.Negate()) && d <= a.AddClamped(span);
                    };
            }
        }

        private Func<Frame, bool> CompileIn(BoundIn @in)
        {
            var item = Boxed(@in.Operand);
            var list = Reference(@in.Collection);
            var negated = @in.Negated;
            return f =>
            {
                var value = item(f);
                return Contains((object?[])list(f), value) != negated;
            };
        }

        // A loop rather than LINQ's Any: no closure or enumerator per evaluation.
        private static bool Contains(object?[] items, object? value)
        {
            foreach (var element in items)
            {
                if (ValueEquality.AreEqual(element, value)) return true;
            }
            return false;
        }

        private Func<Frame, bool> CompileQuantifier(BoundQuantifier quantifier)
        {
            var collection = Reference(quantifier.Collection);
            var condition = quantifier.Condition is null ? null : Bool(quantifier.Condition);
            var slot = quantifier.Variable.Slot;
            var kind = quantifier.Kind;
            return f =>
            {
                var items = (object?[])collection(f);
                if (condition is null) return items.Length > 0;
                foreach (var item in items)
                {
                    f.Variables[slot] = item;
                    var holds = condition(f);
                    if (kind == QuantifierKind.Any && holds) return true;
                    if (kind == QuantifierKind.All && !holds) return false;
                    if (kind == QuantifierKind.None && holds) return false;
                }
                return kind != QuantifierKind.Any;
            };
        }

        private static Func<Frame, bool> CompileClauseOutcome(BoundClauseOutcome outcome)
        {
            var index = outcome.Clause.Index;
            var id = outcome.Clause.Id;
            var wantFailed = outcome.Failed;
            return f =>
            {
                var result = f.GetOutcome(index);
                if (result == ClauseOutcome.Error)
                {
                    var error = f.ClauseError(index)!;
                    throw new EvaluationException(error.Kind, $"clause {id} is in error: {error.Message}");
                }
                var failed = result == ClauseOutcome.Fail;
                return failed == wantFailed;
            };
        }
    }
}
