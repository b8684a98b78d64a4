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
    /// Binds a lifecycle: first its shape (states, transitions, deadlines) into its symbol, then the expressions
    /// (start date, durations, conditions) into its body; then checks the state machine's shape.
    /// </summary>
    internal sealed class LifecycleBinder
    {
        private readonly PolicyDeclarations _symbols;
        private readonly DiagnosticBag _diagnostics;
        private readonly SourceText _source;

        public LifecycleBinder(PolicyDeclarations symbols, DiagnosticBag diagnostics, SourceText source)
        {
            _symbols = symbols;
            _diagnostics = diagnostics;
            _source = source;
        }

        public LifecycleSymbol Declare(LifecycleDeclarationSyntax syntax, int index)
        {
            var historyField = BindHistoryField(syntax.HistoryField);
            var stateType = new EnumType(syntax.Name.Text, syntax.States.Select(s => s.Name.Text).Distinct());
            var states = BindStates(syntax, stateType);
            var initial = FindState(syntax, states, syntax.InitialState);

            var transitions = ImmutableArray.CreateBuilder<LifecycleTransition>();
            var ids = new HashSet<string>();
            var order = 0;
            foreach (var transitionSyntax in syntax.Transitions)
            {
                if (!ids.Add(transitionSyntax.Id.Text))
                    Report(transitionSyntax.Id.Span, DiagnosticMessages.DuplicateMember(syntax.Name.Text, transitionSyntax.Id.Text));
                var transition = DeclareTransition(syntax, states, transitionSyntax, order);
                if (transition is null) continue;
                transitions.Add(transition);
                order++;
            }

            var deadlines = ImmutableArray.CreateBuilder<LifecycleDeadline>();
            foreach (var deadlineSyntax in syntax.Deadlines)
            {
                if (!ids.Add(deadlineSyntax.Id.Text)) Report(deadlineSyntax.Id.Span, DiagnosticMessages.DuplicateMember(syntax.Name.Text, deadlineSyntax.Id.Text));
                var state = FindState(syntax, states, deadlineSyntax.State);
                var anchorEvents = BindAnchorEvents(deadlineSyntax.Anchor);
                if (state != null) deadlines.Add(new LifecycleDeadline(deadlineSyntax, state, anchorEvents));
            }

            var built = transitions.ToImmutable();
            var ignores = syntax.Ignores.Select(i => DeclareIgnore(syntax, states, built, i)).ToImmutableArray();
            return new LifecycleSymbol(syntax, _source.GetLocation(syntax.Name.Span), _source, index, stateType, states, initial, historyField,
                built, deadlines.ToImmutable(), ignores);
        }

        /// <summary>
        /// Binds the start date and every transition's and deadline's expressions, also those of transitions left out of
        /// the symbol for an unknown state, so that every mistake in them is reported.
        /// </summary>
        public BoundLifecycleBody BindBody(LifecycleSymbol lifecycle, ExpressionBinder binder)
        {
            var startDate = binder.BindExpecting(lifecycle.Syntax.StartDate, TypeSymbol.Date);
            var transitions = ImmutableDictionary.CreateBuilder<LifecycleTransition, BoundTransitionBody>();
            foreach (var syntax in lifecycle.Syntax.Transitions)
            {
                var transition = lifecycle.Transitions.FirstOrDefault(t => ReferenceEquals(t.Syntax, syntax));
                var body = BindTransition(syntax, transition?.EventType, binder);
                if (transition != null) transitions.Add(transition, body);
            }

            var deadlines = ImmutableDictionary.CreateBuilder<LifecycleDeadline, BoundExpression>();
            foreach (var syntax in lifecycle.Syntax.Deadlines)
            {
                var duration = binder.BindExpecting(syntax.Duration, TypeSymbol.Duration);
                var deadline = lifecycle.Deadlines.FirstOrDefault(d => ReferenceEquals(d.Syntax, syntax));
                if (deadline != null) deadlines.Add(deadline, duration);
            }

            var bound = new BoundLifecycleBody(startDate, transitions.ToImmutable(), deadlines.ToImmutable());
            new LifecycleShapeChecker(new LifecycleContext(lifecycle, bound, _symbols, _diagnostics, _source)).Check();
            return bound;
        }

        private FieldSymbol? BindHistoryField(NameSyntax name)
        {
            var field = _symbols.Schema?.Find(name.Text);
            if (field is null)
            {
                var candidates = _symbols.Schema?.Fields.Where(f => f.Type is HistoryType).Select(f => f.Name) ?? Enumerable.Empty<string>();
                Report(name.Span, DiagnosticMessages.HistoryFieldUnknown(Suggestions.For(name.Text, candidates)));
                return null;
            }
            if (!(field.Type is HistoryType))
            {
                Report(name.Span, DiagnosticMessages.HistoryFieldNotHistory(name.Text, field.Type.Describe()));
                return null;
            }
            return field;
        }

        private ImmutableArray<LifecycleState> BindStates(LifecycleDeclarationSyntax lifecycle, EnumType stateType)
        {
            var states = ImmutableArray.CreateBuilder<LifecycleState>();
            foreach (var state in lifecycle.States)
            {
                if (states.Any(s => s.Name == state.Name.Text))
                {
                    Report(state.Name.Span, DiagnosticMessages.DuplicateMember(lifecycle.Name.Text, state.Name.Text));
                    continue;
                }
                states.Add(new LifecycleState(state.Name.Text, state.IsFinal, stateType.Find(state.Name.Text)!));
            }
            return states.ToImmutable();
        }

        private LifecycleState? FindState(LifecycleDeclarationSyntax lifecycle, ImmutableArray<LifecycleState> states, NameSyntax name)
        {
            var state = states.FirstOrDefault(s => s.Name == name.Text);
            if (state is null)
                Report(name.Span, DiagnosticMessages.UnknownState(lifecycle.Name.Text, Suggestions.For(name.Text, states.Select(s => s.Name))));
            return state;
        }

        private RecordType? FindEvent(NameSyntax name)
        {
            var eventType = _symbols.History?.Find(name.Text);
            if (eventType is null)
                Report(name.Span, DiagnosticMessages.UnknownEventType(Suggestions.For(name.Text, _symbols.EventTypeNames)));
            return eventType;
        }

        /// <summary>
        /// The states of a list (each unknown one reported; one named twice counts once), or for <c>any</c> every
        /// non-final state but <paramref name="leftOut"/> (a transition's target) and those after <c>except</c>.
        /// </summary>
        private ImmutableArray<LifecycleState> BindStateSet(LifecycleDeclarationSyntax lifecycle, ImmutableArray<LifecycleState> states, StateSetSyntax set,
            LifecycleState? leftOut)
        {
            if (!set.IsAny)
                return set.States.Select(n => FindState(lifecycle, states, n)).Where(s => s != null).Select(s => s!).Distinct().ToImmutableArray();
            var excepted = set.Excepted.Select(n => FindState(lifecycle, states, n)).ToList();
            return states.Where(s => !s.IsFinal && s != leftOut && !excepted.Contains(s)).ToImmutableArray();
        }

        private LifecycleTransition? DeclareTransition(LifecycleDeclarationSyntax lifecycle, ImmutableArray<LifecycleState> states, TransitionSyntax syntax, int order)
        {
            var to = FindState(lifecycle, states, syntax.To);
            var sources = BindStateSet(lifecycle, states, syntax.Sources, to);
            RecordType? eventType = null;
            var anchor = AnchorKind.Entering;
            var anchorEvents = ImmutableArray<RecordType>.Empty;
            if (syntax.Trigger is EventTriggerSyntax on)
            {
                eventType = FindEvent(on.EventType);
            }
            else
            {
                var deadline = (DeadlineTriggerSyntax)syntax.Trigger;
                anchor = deadline.Anchor.Kind;
                anchorEvents = BindAnchorEvents(deadline.Anchor);
            }
            if (to is null) return null;
            return new LifecycleTransition(syntax, sources, to, order, eventType, anchor, anchorEvents);
        }

        /// <summary>
        /// An <c>ignore</c> declaration: each subject is an event type or a deadline transition of this lifecycle
        /// (anything else is CP4013 and left out); whether it changes anything is the shape checker's question.
        /// </summary>
        private LifecycleIgnore DeclareIgnore(LifecycleDeclarationSyntax lifecycle, ImmutableArray<LifecycleState> states,
            ImmutableArray<LifecycleTransition> transitions, IgnoreSyntax syntax)
        {
            var eventTypes = ImmutableArray.CreateBuilder<RecordType>();
            var deadlines = ImmutableArray.CreateBuilder<LifecycleTransition>();
            foreach (var subject in syntax.Subjects)
            {
                var eventType = _symbols.History?.Find(subject.Text);
                var transition = transitions.FirstOrDefault(t => t.Id == subject.Text);
                if (eventType != null && transition != null)
                {
                    Report(subject.Span,
                        DiagnosticMessages.IgnoreSubjectAmbiguous(subject.Text, lifecycle.Name.Text));
                }
                else if (eventType != null)
                {
                    if (!eventTypes.Contains(eventType)) eventTypes.Add(eventType);
                }
                else if (transition is { IsDeadline: true })
                {
                    if (!deadlines.Contains(transition)) deadlines.Add(transition);
                }
                else if (transition != null)
                {
                    Report(subject.Span,
                        DiagnosticMessages.IgnoreSubjectEventTransition(subject.Text, transition.EventType?.Name));
                }
                else
                {
                    var candidates = _symbols.EventTypeNames.Concat(transitions.Where(t => t.IsDeadline).Select(t => t.Id));
                    Report(subject.Span,
                        DiagnosticMessages.IgnoreSubjectUnknown(lifecycle.Name.Text, Suggestions.For(subject.Text, candidates)));
                }
            }
            return new LifecycleIgnore(syntax, BindStateSet(lifecycle, states, syntax.States, null), eventTypes.ToImmutable(), deadlines.ToImmutable());
        }

        /// <summary>The deadline's length and the condition; an <c>on E</c> trigger's condition may read <c>event</c>.</summary>
        private static BoundTransitionBody BindTransition(TransitionSyntax syntax, RecordType? eventType, ExpressionBinder binder)
        {
            var eventVariable = eventType is null ? null : binder.DeclareVariable("event", eventType);
            var duration = syntax.Trigger is DeadlineTriggerSyntax deadline ? binder.BindExpecting(deadline.Duration, TypeSymbol.Duration) : null;
            var condition = syntax.Condition is null ? null : binder.BindExpecting(syntax.Condition, TypeSymbol.Bool);
            if (eventVariable != null) binder.RemoveVariable(eventVariable);
            return new BoundTransitionBody(duration, condition, eventVariable);
        }

        private ImmutableArray<RecordType> BindAnchorEvents(AnchorSyntax anchor) =>
            anchor.EventTypes.Select(FindEvent).Where(e => e != null).Select(e => e!).ToImmutableArray();

        private void Report(TextSpan span, DiagnosticMessage message) => _diagnostics.Report(_source, span, message);
    }
}
