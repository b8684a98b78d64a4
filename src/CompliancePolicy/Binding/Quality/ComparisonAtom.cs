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
            var key = new TermKeyWriter();
            return key.Visit(expression) ? key.ToString() : null;
        }

        /// <summary>Writes a term's key; false for a node that is not part of a term (a comparison, a quantifier, ...).</summary>
        private sealed class TermKeyWriter : BoundTreeVisitor<bool>
        {
            private const int MaxDepth = 32;
            private readonly StringBuilder _key = new StringBuilder();
            private int _depth;

            public override string ToString() => _key.ToString();

            protected override bool DefaultVisit(BoundExpression node) => false;

            protected override bool VisitNarrowed(BoundNarrowed node) => Nested(node.Operand);

            protected override bool VisitFieldAccess(BoundFieldAccess node)
            {
                if (node.Target != null && !Nested(node.Target)) return false;
                _key.Append('.').Append(node.Field.Name);
                return true;
            }

            protected override bool VisitValueReference(BoundValueReference node) => Append("$", node.Symbol.Name);

            protected override bool VisitVariable(BoundVariable node) =>
                Append("@", node.Variable.Name + "#" + node.Variable.Slot.ToString(CultureInfo.InvariantCulture));

            protected override bool VisitAsOf(BoundAsOf node) => Append("as_of", string.Empty);

            protected override bool VisitLiteral(BoundLiteral node) =>
                (node.Value is decimal || node.Value is CalendarDate || node.Value is Duration || node.Value is EnumValue)
                && Append("'", System.Convert.ToString(node.Value, CultureInfo.InvariantCulture) + "'");

            protected override bool VisitUnary(BoundUnary node) =>
                node.Operator == UnaryOperator.Negate && Append("-(", string.Empty) && Nested(node.Operand) && Append(")", string.Empty);

            protected override bool VisitBinary(BoundBinary node) =>
                BoundBinaryKinds.IsArithmetic(node.Kind)
                && Append("(", string.Empty) && Nested(node.Left)
                && Append(" " + node.Kind + " ", string.Empty) && Nested(node.Right) && Append(")", string.Empty);

            protected override bool VisitCall(BoundCall node)
            {
                _key.Append(node.Function).Append('(');
                foreach (var argument in node.Arguments)
                {
                    if (!Nested(argument)) return false;
                    _key.Append(',');
                }
                if (node.Rounding != null) _key.Append(node.Rounding.Value);
                _key.Append(')');
                return true;
            }

            protected override bool VisitLookup(BoundLookup node) =>
                Append(node.Lookup.Name, "(") && Nested(node.Argument) && Append(")", string.Empty);

            private bool Nested(BoundExpression node)
            {
                if (_depth >= MaxDepth) return false;
                _depth++;
                var ok = Visit(node);
                _depth--;
                return ok;
            }

            private bool Append(string prefix, string text)
            {
                _key.Append(prefix).Append(text);
                return true;
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
