using System;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    internal sealed partial class ExpressionCompiler
    {
        /// <summary>Ints and decimals alike compute in decimal: exact, no binary floating point.</summary>
        public Func<Frame, decimal> Number(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundLiteral literal:
                    var constant = (decimal)literal.Value;
                    return _ => constant;
                case BoundBinary binary:
                    return CompileArithmetic(binary);
                case BoundUnary unary:
                    var operand = Number(unary.Operand);
                    return f => -operand(f);
                case BoundQuantifier quantifier:
                    return CompileCount(quantifier);
                case BoundFailureCount failures:
                    return CompileFailureCount(failures);
                case BoundStreak streak:
                    return CompileStreak(streak);
                case BoundCall call:
                    return CompileNumericCall(call);
                case BoundConditional conditional:
                    return CompileConditional(conditional, Number);
            }

            return Unboxed<decimal>(expression);
        }

        /// <summary>Decimal arithmetic throws <see cref="OverflowException"/> past its range; that becomes an error
        /// naming the expression. The try costs nothing until something overflows.</summary>
        private Func<Frame, decimal> CompileArithmetic(BoundBinary binary)
        {
            var left = Number(binary.Left);
            var right = Number(binary.Right);
            var text = TextOf(binary);
            switch (binary.Kind)
            {
                case BoundBinaryKind.NumberAdd:
                    return Checked<NumberAdd, decimal>(left, right, text, NumberOverflow);
                case BoundBinaryKind.NumberSubtract:
                    return Checked<NumberSubtract, decimal>(left, right, text, NumberOverflow);
                case BoundBinaryKind.NumberMultiply:
                    return Checked<NumberMultiply, decimal>(left, right, text, NumberOverflow);
                default:
                    return f =>
                    {
                        var dividend = left(f);
                        var divisor = right(f);
                        if (divisor == 0) throw new EvaluationException(EvaluationErrorKind.DivisionByZero, $"division by zero in '{text}'");
                        try { return dividend / divisor; }
                        catch (OverflowException) { throw NumberOverflow(text); }
                    };
            }
        }

        /// <summary>
        /// <c>left op right</c>, whose overflow becomes <paramref name="overflow"/>'s error naming the expression. The
        /// operation is a struct type argument, so the JIT compiles this closure once per operation with the operator
        /// inlined: no delegate and no indirect call per evaluation beyond the operands'. The try costs nothing until
        /// something overflows, and only then is <paramref name="overflow"/> called.
        /// </summary>
        private static Func<Frame, T> Checked<TOperation, T>(Func<Frame, T> left, Func<Frame, T> right, string text,
            Func<string, EvaluationException> overflow)
            where TOperation : struct, IBinaryOperation<T> =>
            f =>
            {
                try { return default(TOperation).Apply(left(f), right(f)); }
                catch (OverflowException) { throw overflow(text); }
            };

        private interface IBinaryOperation<T> { T Apply(T left, T right); }
        private struct NumberAdd : IBinaryOperation<decimal> { public decimal Apply(decimal left, decimal right) => left + right; }
        private struct NumberSubtract : IBinaryOperation<decimal> { public decimal Apply(decimal left, decimal right) => left - right; }
        private struct NumberMultiply : IBinaryOperation<decimal> { public decimal Apply(decimal left, decimal right) => left * right; }
        private struct DurationAdd : IBinaryOperation<Duration> { public Duration Apply(Duration left, Duration right) => left + right; }
        private struct DurationSubtract : IBinaryOperation<Duration> { public Duration Apply(Duration left, Duration right) => left - right; }

        /// <summary><c>date + duration</c> or <c>date - duration</c>; a result outside the calendar is an error naming the expression.</summary>
        private Func<Frame, CalendarDate> CompileDateShift(BoundBinary binary, bool subtract)
        {
            var date = Date(binary.Left);
            var duration = Duration(binary.Right);
            var text = TextOf(binary);
            var sign = subtract ? "-" : "+";
            return f =>
            {
                var start = date(f);
                var length = duration(f);
                return start.TryAdd(subtract ? length.Negate() : length, out var result) ? result : throw OutsideCalendar(text, start, sign, length);
            };
        }

        private static EvaluationException NumberOverflow(string text) => new EvaluationException(EvaluationErrorKind.ArithmeticOverflow,
            $"'{text}' is too large to compute: " + Numbers.Limit);

        private static EvaluationException DurationOverflow(string text) => new EvaluationException(EvaluationErrorKind.ArithmeticOverflow,
            $"'{text}' is too long a duration to compute: its months or days do not fit in 2,147,483,647");

        private static EvaluationException OutsideCalendar(string text, CalendarDate date, string sign, Duration duration) =>
            new EvaluationException(EvaluationErrorKind.DateOutOfRange,
                $"'{text}' ({date} {sign} {duration}) is outside the calendar, which runs from 0001-01-01 to 9999-12-31");

        private Func<Frame, decimal> CompileCount(BoundQuantifier quantifier)
        {
            var collection = Reference(quantifier.Collection);
            var condition = quantifier.Condition is null ? null : Bool(quantifier.Condition);
            var slot = quantifier.Variable.Slot;
            Func<Frame, decimal> count = f =>
            {
                var items = (object?[])collection(f);
                if (condition is null) return items.Length;
                var count = 0;
                foreach (var item in items)
                {
                    f.Variables[slot] = item;
                    if (condition(f)) count++;
                }
                return count;
            };
            return HistoryTotal(quantifier, quantifier.Collection, quantifier.Variable, quantifier.Condition, null, count) ?? count;
        }

        private static Func<Frame, decimal> CompileFailureCount(BoundFailureCount failures)
        {
            var atLeast = failures.AtLeast;
            return f =>
            {
                var clauses = f.Program.Clauses;
                var count = 0;
                for (var i = 0; i < clauses.Length; i++)
                {
                    if (clauses[i].Symbol.Severity > atLeast) continue;
                    var outcome = f.GetOutcome(i);
                    if (outcome == ClauseOutcome.Error)
                    {
                        var error = f.ClauseError(i)!;
                        throw new EvaluationException(error.Kind, $"cannot count failures: clause {clauses[i].Symbol.Id} is in error: {error.Message}");
                    }
                    if (outcome == ClauseOutcome.Fail) count++;
                }
                return count;
            };
        }

        private Func<Frame, decimal> CompileNumericCall(BoundCall call)
        {
            var arguments = call.Arguments;
            switch (call.Function)
            {
                case BuiltinFunction.Count:
                {
                    var list = Reference(arguments[0]);
                    Func<Frame, decimal> count = f => ((object?[])list(f)).Length;
                    return (arguments[0] is BoundComprehension filtered
                            ? HistoryTotal(filtered, filtered.Collection, filtered.Variable, filtered.Condition, null, count)
                            : HistoryTotal(arguments[0], arguments[0], null, null, null, count))
                        ?? count;
                }
                case BuiltinFunction.Sum:
                {
                    var list = Reference(arguments[0]);
                    var text = TextOf(call);
                    Func<Frame, decimal> sum = f =>
                    {
                        var total = 0m;
                        try
                        {
                            foreach (var item in (object?[])list(f)) total += (decimal)item!;
                        }
                        catch (OverflowException)
                        {
                            throw NumberOverflow(text);
                        }
                        return total;
                    };
                    return arguments[0] is BoundComprehension projected
                        ? HistoryTotal(projected, projected.Collection, projected.Variable, projected.Condition, projected.Projection, sum) ?? sum
                        : sum;
                }
                case BuiltinFunction.Min:
                case BuiltinFunction.Max:
                    return CompileExtremeOfTwo(call, Number, (a, b) => a.CompareTo(b));
                case BuiltinFunction.MinOfList:
                case BuiltinFunction.MaxOfList:
                    return CompileExtremeOfList(call, v => (decimal)v, (a, b) => a.CompareTo(b));
                case BuiltinFunction.Round:
                {
                    var value = Number(arguments[0]);
                    var places = Number(arguments[1]);
                    var mode = call.Rounding!.Value;
                    var text = TextOf(call);
                    return f =>
                    {
                        var number = value(f);
                        var digits = ToInt(places(f), "round: decimal places");
                        try { return Rounding.Round(number, digits, mode); }
                        catch (OverflowException) { throw NumberOverflow(text); }
                    };
                }
                case BuiltinFunction.Abs:
                {
                    var value = Number(arguments[0]);
                    return f => Math.Abs(value(f));
                }
                case BuiltinFunction.DaysBetween:
                {
                    var from = Date(arguments[0]);
                    var to = Date(arguments[1]);
                    return f => CalendarDate.DaysBetween(from(f), to(f));
                }
                case BuiltinFunction.Length:
                {
                    var text = Reference(arguments[0]);
                    return f => ((string)text(f)).Length;
                }
                default:
                    throw new InvalidOperationException($"{call.Function} does not return a number.");
            }
        }

        private static int ToInt(decimal value, string what)
        {
            if (value != decimal.Truncate(value) || value > int.MaxValue || value < int.MinValue)
                throw new EvaluationException(EvaluationErrorKind.InvalidArgument, $"{what}: {value} is not a whole number in range");
            return (int)value;
        }

        public Func<Frame, CalendarDate> Date(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundLiteral literal:
                    var constant = (CalendarDate)literal.Value;
                    return _ => constant;
                case BoundAsOf _:
                    return f => f.AsOf;
                case BoundBinary binary when binary.Kind == BoundBinaryKind.DateAddDuration:
                    return CompileDateShift(binary, subtract: false);
                case BoundBinary binary when binary.Kind == BoundBinaryKind.DateSubtractDuration:
                    return CompileDateShift(binary, subtract: true);
                case BoundCall call when call.Function == BuiltinFunction.Min || call.Function == BuiltinFunction.Max:
                    return CompileExtremeOfTwo(call, Date, (a, b) => a.CompareTo(b));
                case BoundCall call when call.Function == BuiltinFunction.MinOfList || call.Function == BuiltinFunction.MaxOfList
                                      || call.Function == BuiltinFunction.Earliest || call.Function == BuiltinFunction.Latest:
                    return CompileExtremeOfList(call, v => (CalendarDate)v, (a, b) => a.CompareTo(b));
                case BoundConditional conditional:
                    return CompileConditional(conditional, Date);
            }

            return Unboxed<CalendarDate>(expression);
        }

        public Func<Frame, Duration> Duration(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundLiteral literal:
                    var constant = (Duration)literal.Value;
                    return _ => constant;
                case BoundBinary binary when binary.Kind == BoundBinaryKind.DurationAdd:
                    return Checked<DurationAdd, Duration>(Duration(binary.Left), Duration(binary.Right), TextOf(binary), DurationOverflow);
                case BoundBinary binary when binary.Kind == BoundBinaryKind.DurationSubtract:
                    return Checked<DurationSubtract, Duration>(Duration(binary.Left), Duration(binary.Right), TextOf(binary), DurationOverflow);
                case BoundBinary binary when binary.Kind == BoundBinaryKind.DurationTimesNumber:
                {
                    var duration = Duration(binary.Left);
                    var factor = Number(binary.Right);
                    var text = TextOf(binary);
                    return f =>
                    {
                        var length = duration(f);
                        var times = ToInt(factor(f), "duration multiplier");
                        try { return length.Times(times); }
                        catch (OverflowException) { throw DurationOverflow(text); }
                    };
                }
                case BoundUnary unary:
                {
                    var operand = Duration(unary.Operand);
                    var text = TextOf(unary);
                    return f =>
                    {
                        try { return operand(f).Negate(); }
                        catch (OverflowException) { throw DurationOverflow(text); }
                    };
                }
                case BoundCall call when call.Function == BuiltinFunction.Elapsed:
                {
                    var from = Date(call.Arguments[0]);
                    var to = Date(call.Arguments[1]);
                    return f => CalendarDate.Elapsed(from(f), to(f));
                }
                case BoundCall call when call.Function == BuiltinFunction.Min || call.Function == BuiltinFunction.Max:
                    return CompileExtremeOfTwo(call, Duration, (a, b) => a.CompareInOneUnit(b));
                case BoundCall call when call.Function == BuiltinFunction.MinOfList || call.Function == BuiltinFunction.MaxOfList:
                    return CompileExtremeOfList(call, v => (Duration)v, (a, b) => a.CompareInOneUnit(b));
                case BoundConditional conditional:
                    return CompileConditional(conditional, Duration);
            }

            return Unboxed<Duration>(expression);
        }
    }
}
