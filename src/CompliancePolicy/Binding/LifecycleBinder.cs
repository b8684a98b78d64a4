using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>Binds a lifecycle's states, transitions and deadlines, then checks the state machine's shape.</summary>
    internal sealed class LifecycleBinder
    {
        private readonly PolicyDeclarations _symbols;
        private readonly DiagnosticBag _diagnostics;
        private readonly ExpressionBinder _binder;
        private readonly SourceText _source;

        public LifecycleBinder(PolicyDeclarations symbols, DiagnosticBag diagnostics, ExpressionBinder binder)
        {
            _symbols = symbols;
            _diagnostics = diagnostics;
            _binder = binder;
            _source = binder.Source;
        }

        public void Bind(LifecycleSymbol lifecycle)
        {
            var syntax = lifecycle.Syntax;
            lifecycle.HistoryField = BindHistoryField(syntax.HistoryField);
            lifecycle.States = BindStates(lifecycle);
            lifecycle.Initial = FindState(lifecycle, syntax.InitialState);
            lifecycle.StartDate = _binder.BindExpecting(syntax.StartDate, TypeSymbol.Date);

            var transitions = ImmutableArray.CreateBuilder<LifecycleTransition>();
            var ids = new HashSet<string>();
            foreach (var transitionSyntax in syntax.Transitions)
            {
                if (!ids.Add(transitionSyntax.Id.Text))
                    Report(DiagnosticRules.DuplicateMember, transitionSyntax.Id.Span, lifecycle.Name, transitionSyntax.Id.Text);
                var transition = BindTransition(lifecycle, transitionSyntax, transitions.Count);
                if (transition != null) transitions.Add(transition);
            }
            lifecycle.Transitions = transitions.ToImmutable();
            lifecycle.Deadlines = syntax.Deadlines.Select(d => BindDeadline(lifecycle, d, ids)).Where(d => d != null).ToImmutableArray()!;
            new LifecycleShapeChecker(lifecycle, _diagnostics, _source).Check();
        }

        private FieldSymbol? BindHistoryField(NameSyntax name)
        {
            var field = _symbols.Schema?.Find(name.Text);
            if (field is null)
            {
                var candidates = _symbols.Schema?.Fields.Where(f => f.Type is HistoryType).Select(f => f.Name) ?? Enumerable.Empty<string>();
                Report(DiagnosticRules.InvalidHistory, name.Span, $"The schema has no field '{name.Text}'{Suggestions.DidYouMean(name.Text, candidates)}");
                return null;
            }
            if (!(field.Type is HistoryType))
            {
                Report(DiagnosticRules.InvalidHistory, name.Span, $"Field '{name.Text}' is {field.Type.Describe()}; a lifecycle replays a field of type 'history'");
                return null;
            }
            return field;
        }

        private IReadOnlyList<LifecycleState> BindStates(LifecycleSymbol lifecycle)
        {
            var states = new List<LifecycleState>();
            foreach (var state in lifecycle.Syntax.States)
            {
                if (states.Any(s => s.Name == state.Name.Text))
                {
                    Report(DiagnosticRules.DuplicateMember, state.Name.Span, lifecycle.Name, state.Name.Text);
                    continue;
                }
                states.Add(new LifecycleState(state.Name.Text, state.IsFinal, lifecycle.StateType.Find(state.Name.Text)!));
            }
            return states;
        }

        private LifecycleState? FindState(LifecycleSymbol lifecycle, NameSyntax name)
        {
            var state = lifecycle.FindState(name.Text);
            if (state is null)
                Report(DiagnosticRules.UnknownState, name.Span, lifecycle.Name, name.Text, Suggestions.For(name.Text, lifecycle.States.Select(s => s.Name)));
            return state;
        }

        private RecordType? FindEvent(NameSyntax name)
        {
            var eventType = _symbols.History?.Find(name.Text);
            if (eventType is null)
                Report(DiagnosticRules.UnknownEventType, name.Span, name.Text, Suggestions.For(name.Text, _symbols.EventTypeNames));
            return eventType;
        }

        private LifecycleTransition? BindTransition(LifecycleSymbol lifecycle, TransitionSyntax syntax, int order)
        {
            var from = FindState(lifecycle, syntax.From);
            var to = FindState(lifecycle, syntax.To);
            RecordType? eventType = null;
            BoundExpression? duration = null;
            var anchor = AnchorKind.Entering;
            var anchorEvents = ImmutableArray<RecordType>.Empty;
            VariableSymbol? eventVariable = null;

            if (syntax.Trigger is EventTriggerSyntax on)
            {
                eventType = FindEvent(on.EventType);
                if (eventType != null) eventVariable = _binder.DeclareVariable("event", eventType);
            }
            else
            {
                var deadline = (DeadlineTriggerSyntax)syntax.Trigger;
                duration = _binder.BindExpecting(deadline.Duration, TypeSymbol.Duration);
                (anchor, anchorEvents) = BindAnchor(deadline.Anchor);
            }

            var condition = syntax.Condition is null ? null : _binder.BindExpecting(syntax.Condition, TypeSymbol.Bool);
            if (eventVariable != null) _binder.RemoveVariable(eventVariable);
            if (from is null || to is null) return null;

            return new LifecycleTransition(syntax, from, to, order)
            {
                EventType = eventType,
                EventVariable = eventVariable,
                Duration = duration,
                Anchor = anchor,
                AnchorEvents = anchorEvents,
                Condition = condition,
            };
        }

        private (AnchorKind, ImmutableArray<RecordType>) BindAnchor(AnchorSyntax anchor) =>
            (anchor.Kind, anchor.EventTypes.Select(FindEvent).Where(e => e != null).Select(e => e!).ToImmutableArray());

        private LifecycleDeadline? BindDeadline(LifecycleSymbol lifecycle, DeadlineSyntax syntax, HashSet<string> ids)
        {
            if (!ids.Add(syntax.Id.Text)) Report(DiagnosticRules.DuplicateMember, syntax.Id.Span, lifecycle.Name, syntax.Id.Text);
            var state = FindState(lifecycle, syntax.State);
            var duration = _binder.BindExpecting(syntax.Duration, TypeSymbol.Duration);
            var (anchor, anchorEvents) = BindAnchor(syntax.Anchor);
            if (state is null) return null;
            return new LifecycleDeadline(syntax, state) { Duration = duration, Anchor = anchor, AnchorEvents = anchorEvents };
        }

        private void Report(DiagnosticRule rule, TextSpan span, params object?[] arguments) =>
            _diagnostics.Report(rule, _source, span, arguments);
    }
}
