using CompliancePolicy.Syntax;

namespace CompliancePolicy.Editing
{
    internal sealed partial class SymbolIndexBuilder
    {
        private void VisitExpression(ExpressionSyntax expression, Scope scope)
        {
            switch (expression)
            {
                case NameExpressionSyntax name:
                    Reference(name.Name, ResolveName(name.Name.Text, scope));
                    break;
                case MemberAccessExpressionSyntax member:
                    VisitMemberAccess(member, scope);
                    break;
                case CallExpressionSyntax call:
                    VisitCall(call, scope);
                    break;
                case ClauseOutcomeExpressionSyntax outcome:
                    Reference(outcome.ClauseId, _table.Clauses.TryGetValue(outcome.ClauseId.Text, out var clause) ? clause : null);
                    break;
                case QuantifierExpressionSyntax quantifier:
                    VisitExpression(quantifier.Collection, scope);
                    var inQuantifier = DeclareVariable(quantifier.Variable, quantifier.Collection, scope, quantifier.Condition);
                    if (quantifier.Condition != null) VisitExpression(quantifier.Condition, inQuantifier);
                    break;
                case ComprehensionExpressionSyntax comprehension:
                    VisitExpression(comprehension.Collection, scope);
                    var inComprehension = DeclareVariable(comprehension.Variable, comprehension.Collection, scope, comprehension);
                    if (comprehension.Condition != null) VisitExpression(comprehension.Condition, inComprehension);
                    VisitExpression(comprehension.Projection, inComprehension);
                    break;
                default:
                    // Every other node names nothing itself and opens no scope: its parts, in order (an unknown node throws there).
                    foreach (var child in ExpressionTree.Children(expression)) VisitExpression(child, scope);
                    break;
            }
        }

        /// <summary>A loop variable: declared here, typed by the items of the collection it runs over.</summary>
        private Scope DeclareVariable(NameSyntax variable, ExpressionSyntax collection, Scope scope, SyntaxNode? region)
        {
            var symbol = Symbol(EditorSymbolKind.Variable, variable, null, variable, () => TypeOf(collection, scope)?.NonOptional.Element);
            _occurrences.Add(new SymbolOccurrence(_source, variable.Span, symbol, isDeclaration: true));
            return Visible(scope, variable.Text, symbol, region);
        }

        private void VisitMemberAccess(MemberAccessExpressionSyntax member, Scope scope)
        {
            if (LifecycleTarget(member.Target, scope) is { } lifecycle)
            {
                _memberTargets[(_source.Path, member.Member.Span.Start)] = new MemberTarget(lifecycle, null);
                Reference(((NameExpressionSyntax)member.Target).Name, lifecycle);
                Reference(member.Member, LifecycleMember(lifecycle, member.Member.Text));
                return;
            }
            if (EnumTarget(member.Target, scope) is { } enumType)
            {
                _memberTargets[(_source.Path, member.Member.Span.Start)] = new MemberTarget(enumType, null);
                Reference(((NameExpressionSyntax)member.Target).Name, enumType);
                Reference(member.Member, _table.Member(enumType.Name, member.Member.Text));
                return;
            }
            VisitExpression(member.Target, scope);
            var targetType = TypeOf(member.Target, scope)?.NonOptional;
            _memberTargets[(_source.Path, member.Member.Span.Start)] = new MemberTarget(null, targetType);
            Reference(member.Member, FieldOf(targetType, member.Member.Text));
        }

        private void VisitCall(CallExpressionSyntax call, Scope scope)
        {
            var name = call.Function.Text;
            if (_table.Values.TryGetValue(name, out var lookup) && (lookup.Kind == EditorSymbolKind.Table || lookup.Kind == EditorSymbolKind.Tiers))
            {
                Reference(call.Function, lookup);
                if (call.Arguments.Length == 1) _lookupArguments[(_source.Path, call.Function.Span.Start)] = call.Arguments[0];
            }
            else
            {
                Reference(call.Function, BuiltinSymbols.Function(name));
            }
            for (var i = 0; i < call.Arguments.Length; i++)
            {
                var argument = call.Arguments[i];
                if ((name == "history" || name == "streak") && argument is NameExpressionSyntax eventName)
                    Reference(eventName.Name, EventType(eventName.Name));
                else if (name == "round" && i == 2 && argument is NameExpressionSyntax mode && BuiltinSymbols.RoundingMode(mode.Name.Text) is { } rounding)
                    Reference(mode.Name, rounding);
                else
                    VisitExpression(argument, scope);
            }
        }

        /// <summary>What a bare name means, in the binder's order.</summary>
        private EditorSymbol? ResolveName(string name, Scope scope)
        {
            if (scope.Find(name) is { } variable) return variable;
            if (name == "as_of") return BuiltinSymbols.AsOf;
            if (_table.Values.TryGetValue(name, out var value)) return value;
            if (SchemaField(name) is { } field) return field;
            return _table.Types.TryGetValue(name, out var type) ? type : null;
        }

        private EditorSymbol? SchemaField(string name) => _table.Schema is { } schema ? _table.Member(schema.Name, name) : null;

        private EditorSymbol? LifecycleTarget(ExpressionSyntax target, Scope scope) =>
            target is NameExpressionSyntax name && scope.Find(name.Name.Text) is null
            && _table.Values.TryGetValue(name.Name.Text, out var value) && value.Kind == EditorSymbolKind.Lifecycle
                ? value : null;

        /// <summary><c>Grade.five_star</c>: a name that is an enumeration and nothing closer (variable, value, field).</summary>
        private EditorSymbol? EnumTarget(ExpressionSyntax target, Scope scope) =>
            target is NameExpressionSyntax name && scope.Find(name.Name.Text) is null && !_table.Values.ContainsKey(name.Name.Text)
            && SchemaField(name.Name.Text) is null && _table.Types.TryGetValue(name.Name.Text, out var type) && type.Kind == EditorSymbolKind.Enum
                ? type : null;

        private EditorSymbol? LifecycleMember(EditorSymbol lifecycle, string member)
        {
            if (State(lifecycle.Name, member) is { } state) return state;
            return BuiltinSymbols.LifecycleValue(member);
        }

        private EditorSymbol? FieldOf(EditorType? type, string member) =>
            type is { IsList: false } named && _table.Types.ContainsKey(named.Name) ? _table.Member(named.Name, member) : null;
    }
}
