using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Binding
{
    /// <summary>A type-checked expression: every name resolved, every operator chosen.</summary>
    internal abstract class BoundExpression
    {
        protected BoundExpression(ExpressionSyntax syntax, TypeSymbol type)
        {
            Syntax = syntax;
            Type = type;
        }

        public ExpressionSyntax Syntax { get; }
        public TypeSymbol Type { get; }
    }

    internal sealed class BoundError : BoundExpression
    {
        public BoundError(ExpressionSyntax syntax) : base(syntax, TypeSymbol.Error) { }
    }

    internal sealed class BoundLiteral : BoundExpression
    {
        public BoundLiteral(ExpressionSyntax syntax, TypeSymbol type, object value) : base(syntax, type) => Value = value;
        public object Value { get; }
    }

    /// <summary>
    /// A field of the record being evaluated (no target) or of a nested record. A field of an optional record is
    /// optional itself: it is missing when the record is.
    /// </summary>
    internal sealed class BoundFieldAccess : BoundExpression
    {
        public BoundFieldAccess(ExpressionSyntax syntax, BoundExpression? target, FieldSymbol field)
            : base(syntax, target != null && target.Type.IsOptional ? new OptionalType(field.Type.NonOptional) : field.Type)
        {
            Target = target;
            Field = field;
        }

        public BoundExpression? Target { get; }
        public FieldSymbol Field { get; }
    }

    /// <summary>A parameter, let or decision.</summary>
    internal sealed class BoundValueReference : BoundExpression
    {
        public BoundValueReference(ExpressionSyntax syntax, ValueSymbol symbol) : base(syntax, symbol.Type) => Symbol = symbol;
        public ValueSymbol Symbol { get; }
    }

    internal sealed class BoundVariable : BoundExpression
    {
        public BoundVariable(ExpressionSyntax syntax, VariableSymbol variable) : base(syntax, variable.Type) => Variable = variable;
        public VariableSymbol Variable { get; }
    }

    internal sealed class BoundAsOf : BoundExpression
    {
        public BoundAsOf(ExpressionSyntax syntax) : base(syntax, TypeSymbol.Date) { }
    }

    /// <summary>
    /// An optional value read where the conditions around it prove it present (<c>applies when x is present</c>,
    /// <c>x is present and ...</c>): narrowed from <c>T?</c> to <c>T</c>. Missing there is impossible.
    /// </summary>
    internal sealed class BoundNarrowed : BoundExpression
    {
        public BoundNarrowed(BoundExpression operand) : base(operand.Syntax, operand.Type.NonOptional) => Operand = operand;
        public BoundExpression Operand { get; }
    }

    internal sealed class BoundUnary : BoundExpression
    {
        public BoundUnary(ExpressionSyntax syntax, UnaryOperator op, BoundExpression operand) : base(syntax, operand.Type)
        {
            Operator = op;
            Operand = operand;
        }

        public UnaryOperator Operator { get; }
        public BoundExpression Operand { get; }
    }

    /// <summary>The operator chosen for the operand types.</summary>
    internal enum BoundBinaryKind
    {
        Or,
        And,
        Equal,
        NotEqual,
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        NumberAdd,
        NumberSubtract,
        NumberMultiply,
        NumberDivide,
        DateAddDuration,
        DateSubtractDuration,
        DurationAdd,
        DurationSubtract,
        DurationTimesNumber,
        TextConcat,
    }

    /// <summary>Facts about the operator kinds, each stated for every kind rather than read off the enum's order.</summary>
    internal static class BoundBinaryKinds
    {
        /// <summary>True for the operators that compute a number, date, duration or text; false for logic and comparisons.</summary>
        public static bool IsArithmetic(BoundBinaryKind kind)
        {
            switch (kind)
            {
                case BoundBinaryKind.Or:
                case BoundBinaryKind.And:
                case BoundBinaryKind.Equal:
                case BoundBinaryKind.NotEqual:
                case BoundBinaryKind.Less:
                case BoundBinaryKind.LessOrEqual:
                case BoundBinaryKind.Greater:
                case BoundBinaryKind.GreaterOrEqual:
                    return false;
                case BoundBinaryKind.NumberAdd:
                case BoundBinaryKind.NumberSubtract:
                case BoundBinaryKind.NumberMultiply:
                case BoundBinaryKind.NumberDivide:
                case BoundBinaryKind.DateAddDuration:
                case BoundBinaryKind.DateSubtractDuration:
                case BoundBinaryKind.DurationAdd:
                case BoundBinaryKind.DurationSubtract:
                case BoundBinaryKind.DurationTimesNumber:
                case BoundBinaryKind.TextConcat:
                    return true;
                default:
                    throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "An operator kind without its facts.");
            }
        }

        /// <summary>True for <c>&lt; &lt;= &gt; &gt;=</c>: the operators that order their operands.</summary>
        public static bool IsOrdering(BoundBinaryKind kind) =>
            kind == BoundBinaryKind.Less || kind == BoundBinaryKind.LessOrEqual || kind == BoundBinaryKind.Greater || kind == BoundBinaryKind.GreaterOrEqual;
    }

    internal sealed class BoundBinary : BoundExpression
    {
        public BoundBinary(ExpressionSyntax syntax, BoundBinaryKind kind, BoundExpression left, BoundExpression right, TypeSymbol type)
            : base(syntax, type)
        {
            Kind = kind;
            Left = left;
            Right = right;
        }

        public BoundBinaryKind Kind { get; }
        public BoundExpression Left { get; }
        public BoundExpression Right { get; }

        /// <summary>The type both operands are compared as (for the comparison kinds).</summary>
        public TypeSymbol OperandType => Left.Type.IsNumeric && Right.Type.IsNumeric ? TypeSymbol.Decimal : Left.Type;
    }

    internal sealed class BoundPresence : BoundExpression
    {
        public BoundPresence(ExpressionSyntax syntax, BoundExpression operand, bool isMissing) : base(syntax, TypeSymbol.Bool)
        {
            Operand = operand;
            IsMissing = isMissing;
        }

        public BoundExpression Operand { get; }
        public bool IsMissing { get; }
    }

    internal sealed class BoundCoalesce : BoundExpression
    {
        public BoundCoalesce(ExpressionSyntax syntax, BoundExpression left, BoundExpression right, TypeSymbol type) : base(syntax, type)
        {
            Left = left;
            Right = right;
        }

        public BoundExpression Left { get; }
        public BoundExpression Right { get; }
    }

    internal sealed class BoundWithin : BoundExpression
    {
        public BoundWithin(ExpressionSyntax syntax, BoundExpression operand, BoundExpression distance, WithinDirection direction, BoundExpression anchor)
            : base(syntax, TypeSymbol.Bool)
        {
            Operand = operand;
            Distance = distance;
            Direction = direction;
            Anchor = anchor;
        }

        public BoundExpression Operand { get; }
        public BoundExpression Distance { get; }
        public WithinDirection Direction { get; }
        public BoundExpression Anchor { get; }
    }

    internal sealed class BoundIn : BoundExpression
    {
        public BoundIn(ExpressionSyntax syntax, BoundExpression operand, BoundExpression collection, bool negated) : base(syntax, TypeSymbol.Bool)
        {
            Operand = operand;
            Collection = collection;
            Negated = negated;
        }

        public BoundExpression Operand { get; }
        public BoundExpression Collection { get; }
        public bool Negated { get; }
    }

    internal sealed class BoundQuantifier : BoundExpression
    {
        public BoundQuantifier(ExpressionSyntax syntax, QuantifierKind kind, VariableSymbol variable, BoundExpression collection, BoundExpression? condition)
            : base(syntax, kind == QuantifierKind.Count ? TypeSymbol.Int : TypeSymbol.Bool)
        {
            Kind = kind;
            Variable = variable;
            Collection = collection;
            Condition = condition;
        }

        public QuantifierKind Kind { get; }
        public VariableSymbol Variable { get; }
        public BoundExpression Collection { get; }
        public BoundExpression? Condition { get; }
    }

    internal sealed class BoundComprehension : BoundExpression
    {
        public BoundComprehension(ExpressionSyntax syntax, BoundExpression projection, VariableSymbol variable, BoundExpression collection, BoundExpression? condition)
            : base(syntax, new ListType(projection.Type))
        {
            Projection = projection;
            Variable = variable;
            Collection = collection;
            Condition = condition;
        }

        public BoundExpression Projection { get; }
        public VariableSymbol Variable { get; }
        public BoundExpression Collection { get; }
        public BoundExpression? Condition { get; }
    }

    internal sealed class BoundList : BoundExpression
    {
        public BoundList(ExpressionSyntax syntax, TypeSymbol type, ImmutableArray<BoundExpression> items) : base(syntax, type) => Items = items;
        public ImmutableArray<BoundExpression> Items { get; }
    }

    internal sealed class BoundConditional : BoundExpression
    {
        public BoundConditional(ExpressionSyntax syntax, BoundExpression condition, BoundExpression whenTrue, BoundExpression whenFalse, TypeSymbol type)
            : base(syntax, type)
        {
            Condition = condition;
            WhenTrue = whenTrue;
            WhenFalse = whenFalse;
        }

        public BoundExpression Condition { get; }
        public BoundExpression WhenTrue { get; }
        public BoundExpression WhenFalse { get; }
    }

    /// <summary>A call of a built-in function; <c>round</c>'s mode is not a value, so it is not among the arguments.</summary>
    internal sealed class BoundCall : BoundExpression
    {
        public BoundCall(ExpressionSyntax syntax, BuiltinFunction function, ImmutableArray<BoundExpression> arguments, TypeSymbol type, RoundingMode? rounding = null)
            : base(syntax, type)
        {
            Function = function;
            Arguments = arguments;
            Rounding = rounding;
        }

        public BuiltinFunction Function { get; }
        public ImmutableArray<BoundExpression> Arguments { get; }
        public RoundingMode? Rounding { get; }
    }

    internal sealed class BoundLookup : BoundExpression
    {
        public BoundLookup(ExpressionSyntax syntax, LookupSymbol lookup, BoundExpression argument) : base(syntax, lookup.ResultType)
        {
            Lookup = lookup;
            Argument = argument;
        }

        public LookupSymbol Lookup { get; }
        public BoundExpression Argument { get; }
    }

    internal sealed class BoundClauseOutcome : BoundExpression
    {
        public BoundClauseOutcome(ExpressionSyntax syntax, ClauseSymbol clause, bool failed) : base(syntax, TypeSymbol.Bool)
        {
            Clause = clause;
            Failed = failed;
        }

        public ClauseSymbol Clause { get; }
        public bool Failed { get; }
    }

    internal sealed class BoundFailureCount : BoundExpression
    {
        public BoundFailureCount(ExpressionSyntax syntax, Severity atLeast) : base(syntax, TypeSymbol.Int) => AtLeast = atLeast;
        public Severity AtLeast { get; }
    }

    /// <summary>A message: literal text and bound holes, in order (a part is a string or a bound expression).</summary>
    internal sealed class BoundInterpolatedString : BoundExpression
    {
        public BoundInterpolatedString(ExpressionSyntax syntax, ImmutableArray<object> parts) : base(syntax, TypeSymbol.Text) => Parts = parts;
        public ImmutableArray<object> Parts { get; }
    }
}

namespace CompliancePolicy.Binding
{
    /// <summary>What an expression reads of a lifecycle's result.</summary>
    internal enum LifecycleValueKind
    {
        State,
        Since,
        Started,
    }

    /// <summary><c>certificate.state</c>, <c>certificate.since</c> (the day the state was entered), <c>certificate.started</c>.</summary>
    internal sealed class BoundLifecycleValue : BoundExpression
    {
        public BoundLifecycleValue(Syntax.ExpressionSyntax syntax, Symbols.LifecycleSymbol lifecycle, LifecycleValueKind kind)
            : base(syntax, kind == LifecycleValueKind.State ? (Symbols.TypeSymbol)lifecycle.StateType : Symbols.TypeSymbol.Date)
        {
            Lifecycle = lifecycle;
            Kind = kind;
        }

        public Symbols.LifecycleSymbol Lifecycle { get; }
        public LifecycleValueKind Kind { get; }
    }

    /// <summary><c>history(E)</c>: the E events so far, in date order.</summary>
    internal sealed class BoundHistory : BoundExpression
    {
        public BoundHistory(Syntax.ExpressionSyntax syntax, Symbols.FieldSymbol historyField, Symbols.RecordType eventType)
            : base(syntax, new Symbols.ListType(eventType))
        {
            HistoryField = historyField;
            EventType = eventType;
        }

        public Symbols.FieldSymbol HistoryField { get; }
        public Symbols.RecordType EventType { get; }
    }

    /// <summary><c>streak(E, R)</c>: the E events after the last R event, so far.</summary>
    internal sealed class BoundStreak : BoundExpression
    {
        public BoundStreak(Syntax.ExpressionSyntax syntax, Symbols.FieldSymbol historyField, Symbols.RecordType eventType, Symbols.RecordType resetType)
            : base(syntax, Symbols.TypeSymbol.Int)
        {
            HistoryField = historyField;
            EventType = eventType;
            ResetType = resetType;
        }

        public Symbols.FieldSymbol HistoryField { get; }
        public Symbols.RecordType EventType { get; }
        public Symbols.RecordType ResetType { get; }
    }
}
