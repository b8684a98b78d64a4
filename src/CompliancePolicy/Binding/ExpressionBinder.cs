using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Binds the expressions of one declaration: resolves names, checks types, and records what the declaration
    /// depends on (for cycle and unused checks).
    /// </summary>
    internal sealed partial class ExpressionBinder
    {
        /// <summary>
        /// Hands out loop-variable slots unique within a policy: a let computed lazily inside another
        /// declaration's loop must not overwrite that loop's variable.
        /// </summary>
        public sealed class SlotCounter
        {
            public int Count { get; private set; }
            public int Next() => Count++;
        }

        private readonly PolicyDeclarations _declarations;
        private readonly DiagnosticBag _diagnostics;
        private readonly SourceText _source;
        private readonly Func<PendingValue, ValueSymbol?> _resolveValue;
        private readonly List<VariableSymbol> _variables = new List<VariableSymbol>();
        private readonly SlotCounter _slots;
        private readonly bool _constantOnly;

        public ExpressionBinder(
            PolicyDeclarations declarations,
            DiagnosticBag diagnostics,
            SourceText source,
            Func<PendingValue, ValueSymbol?> resolveValue,
            SlotCounter slots,
            bool constantOnly = false)
        {
            _declarations = declarations;
            _diagnostics = diagnostics;
            _source = source;
            _resolveValue = resolveValue;
            _slots = slots;
            _constantOnly = constantOnly;
        }

        /// <summary>The lets, decisions, clauses and lookups the bound expressions refer to.</summary>
        public HashSet<object> Dependencies { get; } = new HashSet<object>();

        public SourceText Source => _source;

        public BoundExpression BindExpecting(ExpressionSyntax syntax, TypeSymbol expected)
        {
            var bound = Bind(syntax);
            return Convert(bound, expected);
        }

        /// <summary>Checks that a bound value fits the expected type; an optional fits a required type only where it is proven present.</summary>
        public BoundExpression Convert(BoundExpression bound, TypeSymbol expected)
        {
            if (bound.Type.IsOptional && !expected.IsOptional && TypeRules.IsAssignable(bound.Type.NonOptional, expected))
                return Required(bound);
            if (!TypeRules.IsAssignable(bound.Type, expected))
            {
                Report(bound.Syntax.Span, DiagnosticMessages.TypeMismatch(expected.Describe(), bound.Type.Describe()));
                return new BoundError(bound.Syntax);
            }
            return bound;
        }

        public VariableSymbol DeclareVariable(string name, TypeSymbol type)
        {
            var variable = new VariableSymbol(name, type, _slots.Next());
            _variables.Add(variable);
            return variable;
        }

        public void RemoveVariable(VariableSymbol variable) => _variables.Remove(variable);

        public BoundExpression Bind(ExpressionSyntax syntax)
        {
            switch (syntax)
            {
                case LiteralExpressionSyntax literal: return BindLiteral(literal);
                case ParenthesizedExpressionSyntax parenthesized: return Bind(parenthesized.Inner);
                case NameExpressionSyntax name: return BindName(name);
                case MemberAccessExpressionSyntax member: return BindMemberAccess(member);
                case CallExpressionSyntax call: return BindCall(call);
                case UnaryExpressionSyntax unary: return BindUnary(unary);
                case BinaryExpressionSyntax binary: return BindBinary(binary);
                case PresenceExpressionSyntax presence: return BindPresence(presence);
                case WithinExpressionSyntax within: return BindWithin(within);
                case InExpressionSyntax @in: return BindIn(@in);
                case QuantifierExpressionSyntax quantifier: return BindQuantifier(quantifier);
                case ComprehensionExpressionSyntax comprehension: return BindComprehension(comprehension);
                case ListExpressionSyntax list: return BindList(list);
                case ConditionalExpressionSyntax conditional: return BindConditional(conditional);
                case ClauseOutcomeExpressionSyntax outcome: return BindClauseOutcome(outcome);
                case FailureCountExpressionSyntax failures: return BindFailureCount(failures);
                case InterpolatedStringSyntax interpolated: return BindInterpolatedString(interpolated);
                default: throw new InvalidOperationException($"Unexpected syntax {syntax.GetType().Name}");
            }
        }

        public BoundInterpolatedString BindInterpolatedString(InterpolatedStringSyntax syntax)
        {
            var parts = ImmutableArray.CreateBuilder<object>(syntax.Parts.Length);
            foreach (var part in syntax.Parts)
            {
                if (part is InterpolationTextSyntax text) parts.Add(text.Text);
                else if (part is InterpolationHoleSyntax hole) parts.Add(Bind(hole.Expression));
            }
            return new BoundInterpolatedString(syntax, parts.MoveToImmutable());
        }

        private static BoundExpression BindLiteral(LiteralExpressionSyntax literal)
        {
            switch (literal.Kind)
            {
                case LiteralKind.Boolean: return new BoundLiteral(literal, TypeSymbol.Bool, literal.Value);
                case LiteralKind.Integer: return new BoundLiteral(literal, TypeSymbol.Int, literal.Value);
                case LiteralKind.Decimal:
                case LiteralKind.Percent: return new BoundLiteral(literal, TypeSymbol.Decimal, literal.Value);
                case LiteralKind.Text: return new BoundLiteral(literal, TypeSymbol.Text, literal.Value);
                case LiteralKind.Date: return new BoundLiteral(literal, TypeSymbol.Date, literal.Value);
                default: return new BoundLiteral(literal, TypeSymbol.Duration, literal.Value);
            }
        }

        private BoundExpression BindName(NameExpressionSyntax syntax)
        {
            var name = syntax.Name.Text;
            for (var i = _variables.Count - 1; i >= 0; i--)
            {
                if (_variables[i].Name == name) return Narrow(ReadsRecord(new BoundVariable(syntax, _variables[i])));
            }

            if (name == "as_of") return ReadsRecord(new BoundAsOf(syntax));

            if (_declarations.Values.TryGetValue(name, out var declaration))
            {
                switch (declaration)
                {
                    case ParameterSymbol parameter: return BindValueReference(syntax, parameter, parameter.Kind, () => parameter);
                    case PendingValue pending: return BindValueReference(syntax, pending, pending.Kind, () => _resolveValue(pending));
                }
                var symbol = (DeclarationSymbol)declaration;
                var hint = symbol is LifecycleSymbol ? $"(use {name}.state or {name}.since)" : "(call it with an argument)";
                Report(syntax.Span, DiagnosticMessages.TypeMismatch("a value", $"the {symbol.Kind} '{name}' {hint}"));
                return new BoundError(syntax);
            }

            if (_declarations.Schema?.Find(name) is { } field) return Narrow(ReadsRecord(new BoundFieldAccess(syntax, null, field)));

            if (_declarations.Types.TryGetValue(name, out var type))
            {
                Report(syntax.Span, DiagnosticMessages.TypeMismatch("a value", $"the type '{type.Name}'"));
                return new BoundError(syntax);
            }

            var candidates = _declarations.VisibleNames(_variables.Select(v => v.Name));
            Report(syntax.Span, DiagnosticMessages.UnknownName(Suggestions.For(name, candidates)));
            return new BoundError(syntax);
        }

        /// <summary>A parameter, let or decision; <paramref name="declaration"/> is what the reference depends on.</summary>
        private BoundExpression BindValueReference(NameExpressionSyntax syntax, object declaration, string kind, Func<ValueSymbol?> resolve)
        {
            Dependencies.Add(declaration);
            if (_constantOnly)
            {
                // Defaults are evaluated once, before any record, and independently of each other.
                Report(syntax.Span, DiagnosticMessages.TypeMismatch("a constant", $"the {kind} '{syntax.Name.Text}'"));
                return new BoundError(syntax);
            }
            var symbol = resolve();
            return symbol is null || symbol.Type == TypeSymbol.Error ? new BoundError(syntax) : Narrow(new BoundValueReference(syntax, symbol));
        }

        private BoundExpression ReadsRecord(BoundExpression bound)
        {
            if (_constantOnly && !(bound is BoundVariable))
            {
                Report(bound.Syntax.Span, DiagnosticMessages.TypeMismatch("a constant", "a value that depends on the record"));
                return new BoundError(bound.Syntax);
            }
            return bound;
        }

        private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax)
        {
            if (IsLifecycleName(syntax.Target, out var lifecycle)) return BindLifecycleMember(syntax, lifecycle);
            if (syntax.Target is NameExpressionSyntax targetName && IsEnumTypeName(targetName.Name.Text, out var enumType))
            {
                var member = enumType.Find(syntax.Member.Text);
                if (member is null)
                {
                    Report(syntax.Member.Span,
                        DiagnosticMessages.UnknownEnumMember(enumType.Name, Suggestions.For(syntax.Member.Text, enumType.Members.Select(m => m.Name))));
                    return new BoundError(syntax);
                }
                return new BoundLiteral(syntax, enumType, member);
            }

            var target = Bind(syntax.Target);
            if (target.Type == TypeSymbol.Error) return new BoundError(syntax);
            if (!(target.Type.NonOptional is RecordType recordType))
            {
                // Only records have fields; CP1002 would say "Record 'int' has no field ...", calling an int a record.
                Report(syntax.Target.Span, DiagnosticMessages.TypeMismatch("a record", target.Type.Describe()));
                return new BoundError(syntax);
            }

            var field = recordType.Find(syntax.Member.Text);
            if (field is null)
            {
                Report(syntax.Member.Span,
                    DiagnosticMessages.UnknownField(recordType.Name, Suggestions.For(syntax.Member.Text, recordType.Fields.Select(f => f.Name))));
                return new BoundError(syntax);
            }
            // A field of an optional record is itself optional (unless the record is proven present here, and narrowed).
            return Narrow(new BoundFieldAccess(syntax, target, field));
        }

        private bool IsEnumTypeName(string name, out EnumType enumType)
        {
            enumType = null!;
            if (_variables.Any(v => v.Name == name) || _declarations.Values.ContainsKey(name) || _declarations.Schema?.Find(name) != null)
                return false;
            if (_declarations.Types.TryGetValue(name, out var type) && type is EnumType found)
            {
                enumType = found;
                return true;
            }
            return false;
        }

        private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
        {
            var operand = Required(Bind(syntax.Operand));
            if (operand.Type == TypeSymbol.Error) return new BoundError(syntax);
            var ok = syntax.Operator == UnaryOperator.Not
                ? operand.Type == TypeSymbol.Bool
                : operand.Type.IsNumeric || operand.Type == TypeSymbol.Duration;
            if (!ok)
            {
                Report(syntax.Operand.Span,
                    DiagnosticMessages.TypeMismatch(syntax.Operator == UnaryOperator.Not ? "a bool" : "a number or a duration", operand.Type.Describe()));
                return new BoundError(syntax);
            }
            var unary = new BoundUnary(syntax, syntax.Operator, operand);
            return syntax.Operator == UnaryOperator.Not ? Proves(unary, WhenFalse(operand), WhenTrue(operand)) : unary;
        }

        private BoundExpression BindPresence(PresenceExpressionSyntax syntax)
        {
            var operand = Unnarrowed(Bind(syntax.Operand));
            if (operand.Type == TypeSymbol.Error) return new BoundError(syntax);
            if (!operand.Type.IsOptional)
            {
                Report(syntax.Operand.Span,
                    DiagnosticMessages.OptionalMisuse(_source.ToString(syntax.Operand.Span), operand.Type.Describe(), syntax.IsMissing ? "is missing" : "is present"));
                return new BoundError(syntax);
            }
            return ProvesPresence(new BoundPresence(syntax, operand, syntax.IsMissing));
        }

        private BoundExpression BindWithin(WithinExpressionSyntax syntax)
        {
            var operand = BindExpecting(syntax.Operand, TypeSymbol.Date);
            var distance = BindExpecting(syntax.Distance, TypeSymbol.Duration);
            var anchor = BindExpecting(syntax.Anchor, TypeSymbol.Date);
            if (operand is BoundError || distance is BoundError || anchor is BoundError) return new BoundError(syntax);
            return new BoundWithin(syntax, operand, distance, syntax.Direction, anchor);
        }

        private BoundExpression BindIn(InExpressionSyntax syntax)
        {
            var operand = Required(Bind(syntax.Operand));
            var collection = Required(Bind(syntax.Collection));
            if (operand.Type == TypeSymbol.Error || collection.Type == TypeSymbol.Error) return new BoundError(syntax);
            if (!(collection.Type is ListType list))
            {
                Report(syntax.Collection.Span, DiagnosticMessages.TypeMismatch("a list", collection.Type.Describe()));
                return new BoundError(syntax);
            }
            if (list.Element != TypeSymbol.Nothing && TypeRules.Unify(operand.Type, list.Element) is null)
            {
                Report(syntax.Span, DiagnosticMessages.OperatorTypeMismatch("in", operand.Type.Describe(), collection.Type.Describe()));
                return new BoundError(syntax);
            }
            return new BoundIn(syntax, operand, collection, syntax.Negated);
        }

        /// <summary>The list a quantifier or comprehension ranges over, with its type; null when it is in error or not a
        /// list (reported).</summary>
        private (BoundExpression Collection, ListType List)? BindRange(ExpressionSyntax syntax)
        {
            var collection = Required(Bind(syntax));
            if (collection.Type == TypeSymbol.Error) return null;
            if (collection.Type is ListType list) return (collection, list);
            Report(syntax.Span, DiagnosticMessages.TypeMismatch("a list", collection.Type.Describe()));
            return null;
        }

        private BoundExpression BindQuantifier(QuantifierExpressionSyntax syntax)
        {
            var range = BindRange(syntax.Collection);
            if (range is null) return new BoundError(syntax);
            var (collection, list) = range.Value;

            var variable = DeclareVariable(syntax.Variable.Text, list.Element);
            BoundExpression? condition;
            if (syntax.Condition != null)
            {
                condition = BindExpecting(syntax.Condition, TypeSymbol.Bool);
            }
            else if (syntax.Kind == QuantifierKind.All || syntax.Kind == QuantifierKind.None)
            {
                // Without 'where', the elements themselves are the conditions: all x in flags.
                condition = Convert(new BoundVariable(syntax.Collection, variable), TypeSymbol.Bool);
            }
            else
            {
                condition = null;
            }
            RemoveVariable(variable);
            return condition is BoundError ? new BoundError(syntax) : new BoundQuantifier(syntax, syntax.Kind, variable, collection, condition);
        }

        private BoundExpression BindComprehension(ComprehensionExpressionSyntax syntax)
        {
            var range = BindRange(syntax.Collection);
            if (range is null) return new BoundError(syntax);
            var (collection, list) = range.Value;

            var variable = DeclareVariable(syntax.Variable.Text, list.Element);
            var condition = syntax.Condition is null ? null : BindExpecting(syntax.Condition, TypeSymbol.Bool);
            var projection = WithPresent(condition is null ? None : WhenTrue(condition), () => Bind(syntax.Projection));
            RemoveVariable(variable);
            if (projection.Type == TypeSymbol.Error || condition is BoundError) return new BoundError(syntax);
            return new BoundComprehension(syntax, projection, variable, collection, condition);
        }

        private BoundExpression BindList(ListExpressionSyntax syntax)
        {
            var items = syntax.Items.Select(Bind).ToImmutableArray();
            TypeSymbol element = TypeSymbol.Nothing;
            foreach (var item in items)
            {
                if (item.Type == TypeSymbol.Error) return new BoundError(syntax);
                var unified = element == TypeSymbol.Nothing ? item.Type : TypeRules.Unify(element, item.Type);
                if (unified is null)
                {
                    Report(item.Syntax.Span, DiagnosticMessages.TypeMismatch(element.Describe(), item.Type.Describe()));
                    return new BoundError(syntax);
                }
                element = unified;
            }
            return new BoundList(syntax, new ListType(element), items);
        }

        private BoundExpression BindConditional(ConditionalExpressionSyntax syntax)
        {
            var condition = BindExpecting(syntax.Condition, TypeSymbol.Bool);
            var whenTrue = WithPresent(WhenTrue(condition), () => Bind(syntax.WhenTrue));
            var whenFalse = WithPresent(WhenFalse(condition), () => Bind(syntax.WhenFalse));
            if (condition is BoundError || whenTrue.Type == TypeSymbol.Error || whenFalse.Type == TypeSymbol.Error)
                return new BoundError(syntax);
            var type = TypeRules.Unify(whenTrue.Type, whenFalse.Type);
            if (type is null)
            {
                Report(syntax.WhenFalse.Span, DiagnosticMessages.TypeMismatch(whenTrue.Type.Describe(), whenFalse.Type.Describe()));
                return new BoundError(syntax);
            }
            return ProvesChoice(new BoundConditional(syntax, condition, whenTrue, whenFalse, type));
        }

        private BoundExpression BindClauseOutcome(ClauseOutcomeExpressionSyntax syntax)
        {
            if (_constantOnly) return ReadsRecord(new BoundError(syntax));
            if (!_declarations.Clauses.TryGetValue(syntax.ClauseId.Text, out var clause))
            {
                Report(syntax.ClauseId.Span,
                    DiagnosticMessages.UnknownClause(Suggestions.For(syntax.ClauseId.Text, _declarations.Clauses.Keys)));
                return new BoundError(syntax);
            }
            Dependencies.Add(clause);
            return new BoundClauseOutcome(syntax, clause, syntax.Failed);
        }

        private BoundExpression BindFailureCount(FailureCountExpressionSyntax syntax)
        {
            if (_constantOnly) return ReadsRecord(new BoundError(syntax));
            foreach (var clause in _declarations.ClauseList.Where(c => c.Severity <= syntax.AtLeast)) Dependencies.Add(clause);
            return new BoundFailureCount(syntax, syntax.AtLeast);
        }

        private void Report(TextSpan span, DiagnosticMessage message) => _diagnostics.Report(_source, span, message);
    }
}
