using System;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Turns bound expressions into closures, once per policy. Each value type has its own closure type
    /// (bool, decimal, date, duration, reference) so that arithmetic and comparisons do not box; values stored in
    /// records, lets and variables are boxed once and unboxed on read.
    /// </summary>
    internal sealed partial class ExpressionCompiler
    {
        private readonly SourceText _source;
        private readonly bool _outOfFlow;

        /// <summary>
        /// <paramref name="outOfFlow"/>: the expressions are evaluated apart from the conditions that guard them (to
        /// explain a verdict or show evidence), so an optional proven present by those conditions may be missing.
        /// </summary>
        public ExpressionCompiler(SourceText source, bool outOfFlow = false)
        {
            _source = source;
            _outOfFlow = outOfFlow;
        }

        /// <summary>The expression as the author wrote it, for messages.</summary>
        public string TextOf(BoundExpression expression) => _source.ToString(expression.Syntax.Span);

        public Func<Frame, object?> Boxed(BoundExpression expression)
        {
            var stored = TryStored(expression);
            if (stored != null) return stored;

            var type = expression.Type;
            if (type == TypeSymbol.Bool)
            {
                var compiled = Bool(expression);
                return f => compiled(f) ? BoxedTrue : BoxedFalse;
            }
            if (type.IsNumeric)
            {
                var compiled = Number(expression);
                return f => compiled(f);
            }
            if (type == TypeSymbol.Date)
            {
                var compiled = Date(expression);
                return f => compiled(f);
            }
            if (type == TypeSymbol.Duration)
            {
                var compiled = Duration(expression);
                return f => compiled(f);
            }
            return Reference(expression);
        }

        /// <summary>
        /// The nodes of any type: a stored or looked-up value, boxed as it is. The typed compilers end here for the
        /// nodes they do not compute themselves, so a node kind nobody compiles throws instead of going round in circles.
        /// </summary>
        private Func<Frame, object?> Stored(BoundExpression expression) => TryStored(expression) ?? throw BoundTree.UnknownNode(expression);

        private Func<Frame, object?>? TryStored(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundLiteral literal:
                    var value = literal.Value;
                    return _ => value;
                case BoundFieldAccess field:
                    return CompileField(field);
                case BoundValueReference reference:
                    return CompileReference(reference.Symbol);
                case BoundVariable variable:
                    var slot = variable.Variable.Slot;
                    return f => f.Variables[slot];
                case BoundAsOf _:
                    return f => f.AsOfBoxed;
                case BoundNarrowed narrowed:
                    return CompileNarrowed(narrowed);
                case BoundCoalesce coalesce:
                    var left = Boxed(coalesce.Left);
                    var right = Boxed(coalesce.Right);
                    return f => left(f) ?? right(f);
                case BoundLookup lookup:
                    return CompileLookup(lookup);
                case BoundLifecycleValue lifecycleValue:
                    return CompileLifecycleValue(lifecycleValue);
                case BoundConditional conditional:
                    return CompileConditional(conditional, Boxed);
                case BoundError _:
                    throw new InvalidOperationException("A policy with binding errors cannot be compiled.");
                default:
                    return null;
            }
        }

        private static readonly object BoxedTrue = true;
        private static readonly object BoxedFalse = false;

        private Func<Frame, object?> CompileField(BoundFieldAccess field)
        {
            var slot = field.Field.Index;
            if (field.Target is null) return f => f.Record[slot];
            if (field.Target.Type.IsOptional)
            {
                var optional = Boxed(field.Target);
                return f => optional(f) is RecordValue record ? record[slot] : null;
            }
            var target = Reference(field.Target);
            return f => ((RecordValue)target(f))[slot];
        }

        private static Func<Frame, object?> CompileReference(ValueSymbol symbol)
        {
            var index = symbol.Index;
            switch (symbol)
            {
                case ParameterSymbol _: return f => f.Parameters[index];
                case LetSymbol _: return f => f.GetLet(index);
                default: return f => f.GetDecision(index);
            }
        }

        /// <summary>
        /// The binder proved the value present where it is read, so missing is an engine bug, except out of flow: an
        /// explanation or evidence evaluates a condition apart from the conditions that guard it.
        /// </summary>
        private Func<Frame, object?> CompileNarrowed(BoundNarrowed narrowed)
        {
            var operand = Boxed(narrowed.Operand);
            var text = TextOf(narrowed.Operand);
            if (_outOfFlow) return f => operand(f) ?? throw new EvaluationException(EvaluationErrorKind.MissingOptional, $"'{text}' is missing");
            // An internal error (EvaluationErrorKind.Internal): the binder's proof did not hold.
            return f => operand(f) ?? throw new InvalidOperationException($"'{text}' was proven present where it is read, but is missing");
        }

        private Func<Frame, object?> CompileLookup(BoundLookup lookup)
        {
            var key = Number(lookup.Argument);
            var index = lookup.Lookup.Index;
            return f => f.Program.Lookups[index](f, key(f));
        }

        /// <summary>Text, enum members, records and lists: values that are references already.</summary>
        public Func<Frame, object> Reference(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundBinary binary when binary.Kind == BoundBinaryKind.TextConcat:
                    var left = Reference(binary.Left);
                    var right = Reference(binary.Right);
                    return f => string.Concat((string)left(f), (string)right(f));
                case BoundList list:
                    return CompileList(list);
                case BoundComprehension comprehension:
                    return CompileComprehension(comprehension);
                case BoundHistory history:
                    return CompileHistory(history);
                case BoundInterpolatedString interpolated:
                    var parts = CompileInterpolation(interpolated);
                    return f => parts(f);
                case BoundCall call when call.Function == BuiltinFunction.Min || call.Function == BuiltinFunction.Max:
                    return CompileExtremeOfTwo(call, Reference, (a, b) => string.CompareOrdinal(Key(a), Key(b)));
                case BoundCall call when call.Function == BuiltinFunction.MinOfList || call.Function == BuiltinFunction.MaxOfList:
                    return CompileExtremeOfList(call, v => v, (a, b) => string.CompareOrdinal(Key(a), Key(b)));
            }

            return Unboxed<object>(expression);
        }

        /// <summary><c>if c then a else b</c>, each branch compiled as <paramref name="compile"/> compiles a value of its type.</summary>
        private Func<Frame, T> CompileConditional<T>(BoundConditional conditional, Func<BoundExpression, Func<Frame, T>> compile)
        {
            var condition = Bool(conditional.Condition);
            var whenTrue = compile(conditional.WhenTrue);
            var whenFalse = compile(conditional.WhenFalse);
            return f => condition(f) ? whenTrue(f) : whenFalse(f);
        }

        /// <summary>A value with no typed form of its own (a field, a variable, a lookup), read boxed and unboxed.</summary>
        private Func<Frame, T> Unboxed<T>(BoundExpression expression)
        {
            var boxed = Stored(expression);
            return f => (T)boxed(f)!;
        }

        private static string Key(object value) => value is EnumValue member ? member.Ordinal.ToString("D9", System.Globalization.CultureInfo.InvariantCulture) : (string)value;

        public Func<Frame, string> CompileInterpolation(BoundInterpolatedString interpolated)
        {
            var parts = interpolated.Parts
                .Select(part => part is string text ? (Func<Frame, string>)(_ => text) : FormatOf(Boxed((BoundExpression)part)))
                .ToArray();
            return f =>
            {
                var pieces = new string[parts.Length];
                for (var i = 0; i < parts.Length; i++) pieces[i] = parts[i](f);
                return string.Concat(pieces);
            };
        }

        private static Func<Frame, string> FormatOf(Func<Frame, object?> value) => f => ValueFormatter.Format(value(f));

        private Func<Frame, object> CompileList(BoundList list)
        {
            var items = list.Items.Select(Boxed).ToArray();
            return f =>
            {
                var values = new object?[items.Length];
                for (var i = 0; i < items.Length; i++) values[i] = items[i](f);
                return values;
            };
        }

        private Func<Frame, object> CompileComprehension(BoundComprehension comprehension)
        {
            var collection = Reference(comprehension.Collection);
            var condition = comprehension.Condition is null ? null : Bool(comprehension.Condition);
            var projection = Boxed(comprehension.Projection);
            var slot = comprehension.Variable.Slot;
            return f =>
            {
                var items = (object?[])collection(f);
                var result = new System.Collections.Generic.List<object?>(items.Length);
                foreach (var item in items)
                {
                    f.Variables[slot] = item;
                    if (condition is null || condition(f)) result.Add(projection(f));
                }
                return result.ToArray();
            };
        }

        private Func<Frame, T> CompileExtremeOfTwo<T>(BoundCall call, Func<BoundExpression, Func<Frame, T>> compile, Comparison<T> compare)
        {
            var a = compile(call.Arguments[0]);
            var b = compile(call.Arguments[1]);
            var wantMin = call.Function == BuiltinFunction.Min;
            return f =>
            {
                var x = a(f);
                var y = b(f);
                var order = compare(x, y);
                return wantMin ? (order <= 0 ? x : y) : (order >= 0 ? x : y);
            };
        }

        private Func<Frame, T> CompileExtremeOfList<T>(BoundCall call, Func<object, T> unbox, Comparison<T> compare)
        {
            var list = Reference(call.Arguments[0]);
            var wantMin = call.Function == BuiltinFunction.MinOfList || call.Function == BuiltinFunction.Earliest;
            var name = call.Syntax is Syntax.CallExpressionSyntax syntax ? syntax.Function.Text : "min";
            var text = TextOf(call.Arguments[0]);
            return f =>
            {
                var items = (object?[])list(f);
                if (items.Length == 0) throw new EvaluationException(EvaluationErrorKind.EmptyList, $"{name}({text}): the list is empty");
                var best = unbox(items[0]!);
                for (var i = 1; i < items.Length; i++)
                {
                    var item = unbox(items[i]!);
                    var order = compare(item, best);
                    if (wantMin ? order < 0 : order > 0) best = item;
                }
                return best;
            };
        }
    }
}
