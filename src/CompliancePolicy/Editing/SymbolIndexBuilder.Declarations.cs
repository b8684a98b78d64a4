using System.Linq;
using System.Collections.Immutable;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Editing
{
    internal sealed partial class SymbolIndexBuilder
    {
        /// <summary>The names inside a declaration: types, key and history fields, states, event types, expressions.</summary>
        private void Visit(DeclarationSyntax declaration)
        {
            switch (declaration)
            {
                case PolicyHeaderSyntax _:
                case EnumDeclarationSyntax _:
                    break;
                case RecordDeclarationSyntax record:
                    if (record.Key != null) Reference(record.Key, _table.Member(record.Name.Text, record.Key.Text));
                    VisitFields(record.Fields);
                    break;
                case EventDeclarationSyntax @event:
                    VisitFields(@event.Fields);
                    break;
                case ParameterDeclarationSyntax parameter:
                    VisitType(parameter.Type);
                    VisitExpression(parameter.Default, Scope.Empty);
                    break;
                case LetDeclarationSyntax let:
                    if (let.Type != null) VisitType(let.Type);
                    VisitExpression(let.Value, Scope.Empty);
                    break;
                case DecisionDeclarationSyntax decision:
                    if (decision.Type != null) VisitType(decision.Type);
                    VisitExpression(decision.Value, Scope.Empty);
                    break;
                case TableDeclarationSyntax table:
                    var tableScope = LookupScope(table, table.Name, table.KeyName, table.KeyType, table.ResultType);
                    foreach (var band in table.Bands) VisitArm(band.Result, tableScope);
                    if (table.Otherwise != null) VisitArm(table.Otherwise, tableScope);
                    break;
                case TiersDeclarationSyntax tiers:
                    var tiersScope = LookupScope(tiers, tiers.Name, tiers.KeyName, tiers.KeyType, tiers.ResultType);
                    foreach (var tier in tiers.Tiers) VisitArm(tier.Result, tiersScope);
                    if (tiers.Otherwise != null) VisitArm(tiers.Otherwise, tiersScope);
                    break;
                case ClauseDeclarationSyntax clause:
                    if (clause.AppliesWhen != null) VisitExpression(clause.AppliesWhen, Scope.Empty);
                    VisitExpression(clause.Requirement, Scope.Empty);
                    foreach (var exception in clause.Exceptions) VisitExpression(exception, Scope.Empty);
                    if (clause.Message != null) VisitExpression(clause.Message, Scope.Empty);
                    break;
                case LifecycleDeclarationSyntax lifecycle:
                    VisitLifecycle(lifecycle);
                    break;
                default:
                    throw new System.InvalidOperationException($"Unexpected declaration {declaration.GetType().Name}");
            }
        }

        private void VisitFields(ImmutableArray<FieldSyntax> fields)
        {
            foreach (var field in fields) VisitType(field.Type);
        }

        private void VisitType(TypeSyntax type)
        {
            switch (type)
            {
                case NamedTypeSyntax named:
                    Reference(named.Name, BuiltinSymbols.Type(named.Name.Text) ?? (_table.Types.TryGetValue(named.Name.Text, out var declared) ? declared : null));
                    break;
                case ListTypeSyntax list:
                    VisitType(list.Element);
                    break;
                case OptionalTypeSyntax optional:
                    VisitType(optional.Inner);
                    break;
                default:
                    throw new System.InvalidOperationException($"Unexpected type syntax {type.GetType().Name}");
            }
        }

        /// <summary>The key of a table or tiers is in scope in its arms (and their error messages).</summary>
        private Scope LookupScope(DeclarationSyntax lookup, NameSyntax name, NameSyntax keyName, TypeSyntax keyType, TypeSyntax resultType)
        {
            VisitType(keyType);
            VisitType(resultType);
            var key = _table.Member(name.Text, keyName.Text);
            return key is null ? Scope.Empty : Visible(Scope.Empty, keyName.Text, key, lookup);
        }

        private void VisitArm(ArmResultSyntax arm, Scope scope)
        {
            switch (arm)
            {
                case ValueArmSyntax value:
                    VisitExpression(value.Value, scope);
                    break;
                case ErrorArmSyntax error:
                    VisitExpression(error.Message, scope);
                    break;
                default:
                    throw new System.InvalidOperationException($"Unexpected arm {arm.GetType().Name}");
            }
        }

        private void VisitLifecycle(LifecycleDeclarationSyntax lifecycle)
        {
            var name = lifecycle.Name.Text;
            Reference(lifecycle.HistoryField, _table.Schema is { } schema ? _table.Member(schema.Name, lifecycle.HistoryField.Text) : null);
            Reference(lifecycle.InitialState, _table.Member(name, lifecycle.InitialState.Text));
            VisitExpression(lifecycle.StartDate, Scope.Empty);
            foreach (var transition in lifecycle.Transitions)
            {
                VisitStates(name, transition.Sources);
                Reference(transition.To, State(name, transition.To));
                var scope = Scope.Empty;
                switch (transition.Trigger)
                {
                    case EventTriggerSyntax on:
                        var eventType = EventType(on.EventType);
                        Reference(on.EventType, eventType);
                        if (eventType != null) scope = Visible(scope, "event", ImplicitEventVariable(eventType), transition.Condition);
                        break;
                    case DeadlineTriggerSyntax after:
                        VisitExpression(after.Duration, Scope.Empty);
                        VisitAnchor(after.Anchor);
                        break;
                    default:
                        throw new System.InvalidOperationException($"Unexpected trigger {transition.Trigger.GetType().Name}");
                }
                if (transition.Condition != null) VisitExpression(transition.Condition, scope);
            }
            foreach (var deadline in lifecycle.Deadlines)
            {
                Reference(deadline.State, State(name, deadline.State));
                VisitExpression(deadline.Duration, Scope.Empty);
                VisitAnchor(deadline.Anchor);
            }
            foreach (var ignore in lifecycle.Ignores)
            {
                // A subject is an event type or a deadline transition of this lifecycle.
                foreach (var subject in ignore.Subjects) Reference(subject, EventType(subject) ?? _table.Member(name, subject.Text));
                VisitStates(name, ignore.States);
            }
        }

        private void VisitStates(string lifecycle, StateSetSyntax states)
        {
            foreach (var state in states.States.Concat(states.Excepted)) Reference(state, State(lifecycle, state));
        }

        private void VisitAnchor(AnchorSyntax anchor)
        {
            foreach (var eventType in anchor.EventTypes) Reference(eventType, EventType(eventType));
        }

        private EditorSymbol? State(string lifecycle, NameSyntax name) => State(lifecycle, name.Text);

        private EditorSymbol? State(string lifecycle, string name) =>
            _table.Member(lifecycle, name) is { Kind: EditorSymbolKind.State } state ? state : null;

        private EditorSymbol? EventType(NameSyntax name) =>
            _table.Types.TryGetValue(name.Text, out var type) && type.Kind == EditorSymbolKind.Event ? type : null;

        /// <summary>A transition fired by an event sees that event as <c>event</c>.</summary>
        private static EditorSymbol ImplicitEventVariable(EditorSymbol eventType) =>
            new EditorSymbol(EditorSymbolKind.Variable, "event", null, null, null, null, () => new EditorType(eventType.Name));
    }
}
