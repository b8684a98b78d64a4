using System;
using System.Globalization;
using System.Text;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Binding.Quality
{
    /// <summary>How a compared value relates to a constant.</summary>
    internal enum Relation
    {
        Less,
        LessOrEqual,
        Greater,
        GreaterOrEqual,
        Equal,
        NotEqual,
    }

    /// <summary>
    /// One conjunct of the form <c>term op constant</c> (or <c>constant op term</c>, turned around), where the constant
    /// is a number, a date or an enumeration member, and the term is anything whose value is the same everywhere in
    /// the conjunction: a field, a parameter, a let, a loop variable, <c>as_of</c>, and arithmetic or calls over them.
    /// </summary>
    internal sealed class ComparisonAtom
    {
        private ComparisonAtom(ExpressionSyntax syntax, string termKey, string termText, Relation relation, decimal constant, string constantText, TypeSymbol type)
        {
            Syntax = syntax;
            TermKey = termKey;
            TermText = termText;
            Relation = relation;
            Constant = constant;
            ConstantText = constantText;
            Type = type;
        }

        public ExpressionSyntax Syntax { get; }

        /// <summary>Equal keys mean the same value: the atoms constrain one unknown.</summary>
        public string TermKey { get; }

        public string TermText { get; }
        public Relation Relation { get; }

        /// <summary>The constant as a number: the value itself, a date's day number, or an enumeration member's ordinal.</summary>
        public decimal Constant { get; }

        public string ConstantText { get; }

        /// <summary>The type of the term, without its optional marker.</summary>
        public TypeSymbol Type { get; }

        /// <summary>Only whole values exist (int, date, enumeration): <c>x &gt; 3 and x &lt; 4</c> is empty.</summary>
        public bool Discrete => Type != TypeSymbol.Decimal;

        /// <summary>The smallest and largest value the term can have: an enumeration's first and last ordinals.</summary>
        public decimal? DomainLow => Type is EnumType ? 0 : (decimal?)null;

        public decimal? DomainHigh => Type is EnumType enumType ? enumType.Members.Length - 1 : (decimal?)null;

        /// <summary>What the values of the term are called in messages: "int", "date", "member of Grade".</summary>
        public string ValueKind => Type is EnumType enumType ? "member of " + enumType.Name : Type.Name;

        /// <summary>The atom a bound condition stands for, or null when it is not a comparison with a constant.</summary>
        public static ComparisonAtom? From(BoundExpression expression, Func<ExpressionSyntax, string> textOf)
        {
            var syntax = expression.Syntax;
            var negated = false;
            while (expression is BoundUnary unary && unary.Operator == UnaryOperator.Not)
            {
                negated = !negated;
                expression = unary.Operand;
            }
            if (!(expression is BoundBinary binary) || !(ToRelation(binary.Kind) is Relation relation)) return null;

            BoundExpression term;
            string constantText;
            decimal constant;
            if (TryConstant(binary.Right, out constant))
            {
                term = binary.Left;
                constantText = textOf(binary.Right.Syntax);
            }
            else if (TryConstant(binary.Left, out constant))
            {
                term = binary.Right;
                constantText = textOf(binary.Left.Syntax);
                relation = Mirror(relation);
            }
            else
            {
                return null;
            }
            if (negated) relation = Negate(relation);

            var type = term.Type.NonOptional;
            var key = KeyOf(term);
            if (key is null || !(type.IsNumeric || type == TypeSymbol.Date || type is EnumType)) return null;
            return new ComparisonAtom(syntax, key, textOf(term.Syntax), relation, constant, constantText, type);
        }

        private static bool TryConstant(BoundExpression expression, out decimal value)
        {
            switch (expression)
            {
                case BoundLiteral literal when literal.Value is decimal number:
                    value = number;
                    return true;
                case BoundLiteral literal when literal.Value is CalendarDate date:
                    value = date.DayNumber;
                    return true;
                case BoundLiteral literal when literal.Value is EnumValue member:
                    value = member.Ordinal;
                    return true;
                case BoundUnary unary when unary.Operator == UnaryOperator.Negate && unary.Operand is BoundLiteral literal && literal.Value is decimal number:
                    value = -number;
                    return true;
                default:
                    value = 0;
                    return false;
            }
        }

        /// <summary>
        /// A structural key of a term, or null for terms this check does not reason about. Two terms with the same key
        /// have the same value within one conjunction (which is one scope, so one loop variable per name).
        /// </summary>
        private static string? KeyOf(BoundExpression expression)
        {
            var key = new StringBuilder();
            return AppendKey(expression, key, 0) ? key.ToString() : null;
        }

        private static bool AppendKey(BoundExpression expression, StringBuilder key, int depth)
        {
            if (depth > 32) return false;
            switch (expression)
            {
                case BoundUnwrap unwrap:
                    return AppendKey(unwrap.Operand, key, depth + 1);
                case BoundFieldAccess field:
                    if (field.Target != null && !AppendKey(field.Target, key, depth + 1)) return false;
                    key.Append('.').Append(field.Field.Name);
                    return true;
                case BoundValueReference value:
                    key.Append('$').Append(value.Symbol.Name);
                    return true;
                case BoundVariable variable:
                    key.Append('@').Append(variable.Variable.Name).Append('#').Append(variable.Variable.Slot.ToString(CultureInfo.InvariantCulture));
                    return true;
                case BoundAsOf _:
                    key.Append("as_of");
                    return true;
                case BoundLiteral literal when literal.Value is decimal || literal.Value is CalendarDate || literal.Value is Duration || literal.Value is EnumValue:
                    key.Append('\'').Append(System.Convert.ToString(literal.Value, CultureInfo.InvariantCulture)).Append('\'');
                    return true;
                case BoundUnary unary when unary.Operator == UnaryOperator.Negate:
                    key.Append("-(");
                    if (!AppendKey(unary.Operand, key, depth + 1)) return false;
                    key.Append(')');
                    return true;
                case BoundBinary binary when binary.Kind >= BoundBinaryKind.NumberAdd:
                    key.Append('(');
                    if (!AppendKey(binary.Left, key, depth + 1)) return false;
                    key.Append(' ').Append(binary.Kind.ToString()).Append(' ');
                    if (!AppendKey(binary.Right, key, depth + 1)) return false;
                    key.Append(')');
                    return true;
                case BoundCall call:
                    key.Append(call.Function.ToString()).Append('(');
                    foreach (var argument in call.Arguments)
                    {
                        if (argument is BoundLiteral mode && mode.Value is RoundingMode) key.Append(mode.Value.ToString());
                        else if (!AppendKey(argument, key, depth + 1)) return false;
                        key.Append(',');
                    }
                    key.Append(')');
                    return true;
                case BoundLookup lookup:
                    key.Append(lookup.Lookup.Name).Append('(');
                    if (!AppendKey(lookup.Argument, key, depth + 1)) return false;
                    key.Append(')');
                    return true;
                default:
                    return false;
            }
        }

        private static Relation? ToRelation(BoundBinaryKind kind)
        {
            switch (kind)
            {
                case BoundBinaryKind.Less: return Relation.Less;
                case BoundBinaryKind.LessOrEqual: return Relation.LessOrEqual;
                case BoundBinaryKind.Greater: return Relation.Greater;
                case BoundBinaryKind.GreaterOrEqual: return Relation.GreaterOrEqual;
                case BoundBinaryKind.Equal: return Relation.Equal;
                case BoundBinaryKind.NotEqual: return Relation.NotEqual;
                default: return null;
            }
        }

        /// <summary><c>c &lt; x</c> is <c>x &gt; c</c>.</summary>
        private static Relation Mirror(Relation relation)
        {
            switch (relation)
            {
                case Relation.Less: return Relation.Greater;
                case Relation.LessOrEqual: return Relation.GreaterOrEqual;
                case Relation.Greater: return Relation.Less;
                case Relation.GreaterOrEqual: return Relation.LessOrEqual;
                default: return relation;
            }
        }

        /// <summary><c>not (x &lt; c)</c> is <c>x &gt;= c</c>.</summary>
        private static Relation Negate(Relation relation)
        {
            switch (relation)
            {
                case Relation.Less: return Relation.GreaterOrEqual;
                case Relation.LessOrEqual: return Relation.Greater;
                case Relation.Greater: return Relation.LessOrEqual;
                case Relation.GreaterOrEqual: return Relation.Less;
                case Relation.Equal: return Relation.NotEqual;
                default: return Relation.Equal;
            }
        }

        /// <summary>How the constraint reads: "at least 5", "less than 3", "2026-01-01", "other than 1".</summary>
        public string Describe()
        {
            switch (Relation)
            {
                case Relation.Less: return "less than " + ConstantText;
                case Relation.LessOrEqual: return "at most " + ConstantText;
                case Relation.Greater: return "greater than " + ConstantText;
                case Relation.GreaterOrEqual: return "at least " + ConstantText;
                case Relation.Equal: return ConstantText;
                default: return "other than " + ConstantText;
            }
        }
    }
}
