using System.Collections.Immutable;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// Where an input sits: a field of the record (<c>audit_date</c>, <c>contact.email</c>), a field of a list's item
    /// (<c>r.date</c>, or the item <c>a</c> itself), or the evaluation date. A remedy is checked by evaluating again with
    /// the input replaced (<see cref="Replace"/>), never by trusting the arithmetic that found it.
    /// </summary>
    internal sealed class InputPath
    {
        private InputPath(VariableSymbol? variable, bool isTime, ImmutableArray<FieldSymbol> fields)
        {
            Variable = variable;
            IsTime = isTime;
            Fields = fields;
        }

        /// <summary>The loop variable the path starts from; null for the record or the evaluation date.</summary>
        public VariableSymbol? Variable { get; }

        /// <summary>The evaluation date (<c>as_of</c>).</summary>
        public bool IsTime { get; }

        /// <summary>The fields followed from the record or the variable, outermost first.</summary>
        public ImmutableArray<FieldSymbol> Fields { get; }

        public static InputPath Time { get; } = new InputPath(null, true, ImmutableArray<FieldSymbol>.Empty);

        /// <summary>The path an expression reads, if it is one: a field, a field of a field, a loop variable, <c>as_of</c>.</summary>
        public static InputPath? Of(BoundExpression expression)
        {
            switch (expression)
            {
                case BoundNarrowed narrowed: return Of(narrowed.Operand);
                case BoundAsOf _: return Time;
                case BoundVariable variable: return new InputPath(variable.Variable, false, ImmutableArray<FieldSymbol>.Empty);
                case BoundFieldAccess field when field.Target is null: return new InputPath(null, false, ImmutableArray.Create(field.Field));
                case BoundFieldAccess field:
                    var target = Of(field.Target!);
                    return target is null || target.IsTime ? null : new InputPath(target.Variable, false, target.Fields.Add(field.Field));
                default: return null;
            }
        }

        /// <summary>A frame like <paramref name="frame"/> with this input set to <paramref name="value"/> (null for missing);
        /// everything computed from it (lets, lifecycles) is computed again.</summary>
        public Frame Replace(Frame frame, object? value)
        {
            var asOf = IsTime ? (CalendarDate)value! : frame.AsOf;
            var record = Variable is null && !IsTime ? (RecordValue)With(frame.Record, 0, value)! : frame.Record;
            var replaced = new Frame(frame.Program, record, asOf, frame.Parameters);
            System.Array.Copy(frame.Variables, replaced.Variables, frame.Variables.Length);
            if (Variable != null) replaced.Variables[Variable.Slot] = With(frame.Variables[Variable.Slot], 0, value);
            return replaced;
        }

        /// <summary>The value with the field at <paramref name="depth"/> (and those after it) replaced; the value itself when the path ends.</summary>
        private object? With(object? current, int depth, object? value)
        {
            if (depth == Fields.Length) return value;
            var record = (RecordValue)current!;
            var fields = new object?[record.Fields.Count];
            for (var i = 0; i < fields.Length; i++) fields[i] = record[i];
            var field = Fields[depth];
            fields[field.Index] = With(fields[field.Index], depth + 1, value);
            return new RecordValue(record.Type, fields);
        }
    }
}
