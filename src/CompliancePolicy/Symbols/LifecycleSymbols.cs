using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Symbols
{
    /// <summary>A lifecycle: states, the initial state, transitions and deadlines, over the record's history.</summary>
    public sealed class LifecycleSymbol : DeclarationSymbol
    {
        internal LifecycleSymbol(
            LifecycleDeclarationSyntax syntax,
            SourceLocation location,
            SourceText source,
            int index,
            EnumType stateType,
            ImmutableArray<LifecycleState> states,
            LifecycleState? initial,
            FieldSymbol? historyField,
            ImmutableArray<LifecycleTransition> transitions,
            ImmutableArray<LifecycleDeadline> deadlines,
            ImmutableArray<LifecycleIgnore> ignores)
            : base(syntax.Name.Text, location, source)
        {
            Syntax = syntax;
            Index = index;
            StateType = stateType;
            States = states;
            Initial = initial;
            HistoryField = historyField;
            Transitions = transitions;
            Deadlines = deadlines;
            Ignores = ignores;
        }

        internal LifecycleDeclarationSyntax Syntax { get; }
        internal int Index { get; }
        public string? Title => Syntax.Title?.Value;

        /// <summary>The states as an enumeration, so <c>certificate.state = certificate.active</c> type-checks.</summary>
        public EnumType StateType { get; }

        public ImmutableArray<LifecycleState> States { get; }

        /// <summary>The state a replay starts in; null when the declaration names no such state (an error).</summary>
        public LifecycleState? Initial { get; }

        /// <summary>The schema field of type <c>history</c> the lifecycle replays; null when there is none (an error).</summary>
        public FieldSymbol? HistoryField { get; }

        public ImmutableArray<LifecycleTransition> Transitions { get; }
        public ImmutableArray<LifecycleDeadline> Deadlines { get; }

        /// <summary>The <c>ignore</c> declarations: events and deadlines meant to change nothing in some states.</summary>
        public ImmutableArray<LifecycleIgnore> Ignores { get; }

        public override string Kind => "lifecycle";

        public LifecycleState? FindState(string name) => States.FirstOrDefault(s => s.Name == name);

        /// <summary>
        /// The declaration that says events of this type are meant to be ignored in this state, or null; one that names
        /// the state comes before one that says <c>any</c>.
        /// </summary>
        internal LifecycleIgnore? IgnoreOf(LifecycleState state, RecordType eventType) =>
            Ignores.Where(i => i.States.Contains(state) && i.EventTypes.Contains(eventType)).OrderBy(i => i.Syntax.States.IsAny).FirstOrDefault();
    }

    /// <summary>One state of a lifecycle.</summary>
    public sealed class LifecycleState
    {
        internal LifecycleState(string name, bool isFinal, EnumValue value)
        {
            Name = name;
            IsFinal = isFinal;
            Value = value;
        }

        public string Name { get; }
        public bool IsFinal { get; }
        public EnumValue Value { get; }
        public override string ToString() => Name;
    }

    /// <summary>A transition from one or more states to another, fired by an event or by a deadline.</summary>
    public sealed class LifecycleTransition
    {
        internal LifecycleTransition(
            TransitionSyntax syntax,
            ImmutableArray<LifecycleState> sources,
            LifecycleState to,
            int order,
            RecordType? eventType,
            AnchorKind anchor,
            ImmutableArray<RecordType> anchorEvents)
        {
            Syntax = syntax;
            Sources = sources;
            To = to;
            Order = order;
            EventType = eventType;
            Anchor = anchor;
            AnchorEvents = anchorEvents;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
            IsDeadline = !(syntax.Trigger is EventTriggerSyntax);
        }

        internal TransitionSyntax Syntax { get; }
        public string Id => Syntax.Id.Text;
        public string? Title => Syntax.Title?.Value;
        /// <summary>
        /// The states it may fire in, in the lifecycle's order: those named, or for <c>any</c> every non-final state but
        /// the target and those after <c>except</c>. Named final states are kept (CP4003 reports them).
        /// </summary>
        public ImmutableArray<LifecycleState> Sources { get; }

        public LifecycleState To { get; }

        /// <summary>Whether it may fire in the state.</summary>
        public bool Leaves(LifecycleState state)
        {
            // A lifecycle replay asks this for every transition at every event: a loop by reference, not the generic
            // comparer's search (states are compared by identity anyway).
            foreach (var source in Sources)
            {
                if (ReferenceEquals(source, state)) return true;
            }
            return false;
        }

        /// <summary>"certified, rectifying -> suspended".</summary>
        public string Route => string.Join(", ", Sources.Select(s => s.Name)) + " -> " + To.Name;
        public ImmutableArray<string> Citations { get; }

        /// <summary>Lower fires first; transitions without a priority come after those with one, in declaration order.</summary>
        public int? Priority => Syntax.Priority is null ? (int?)null : (int)Syntax.Priority.Value;

        internal int Order { get; }

        /// <summary>The event type of an <c>on</c> trigger, or null for a deadline.</summary>
        public RecordType? EventType { get; }

        internal AnchorKind Anchor { get; }

        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; }

        public bool IsDeadline { get; }
    }

    /// <summary>A date to meet while in a state; reported among pending deadlines.</summary>
    public sealed class LifecycleDeadline
    {
        internal LifecycleDeadline(DeadlineSyntax syntax, LifecycleState state, ImmutableArray<RecordType> anchorEvents)
        {
            Syntax = syntax;
            State = state;
            AnchorEvents = anchorEvents;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
        }

        internal DeadlineSyntax Syntax { get; }
        public string Id => Syntax.Id.Text;
        public string Title => Syntax.Title.Value;
        public LifecycleState State { get; }
        public ImmutableArray<string> Citations { get; }
        internal AnchorKind Anchor => Syntax.Anchor.Kind;

        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; }
    }

    /// <summary>
    /// An <c>ignore</c> declaration: the event types meant to cause no transition in its states, and the deadline
    /// transitions meant not to apply in them, with the author's reason.
    /// </summary>
    public sealed class LifecycleIgnore
    {
        internal LifecycleIgnore(IgnoreSyntax syntax, ImmutableArray<LifecycleState> states, ImmutableArray<RecordType> eventTypes,
            ImmutableArray<LifecycleTransition> deadlines)
        {
            Syntax = syntax;
            States = states;
            EventTypes = eventTypes;
            Deadlines = deadlines;
        }

        internal IgnoreSyntax Syntax { get; }

        /// <summary>The states it applies in (for <c>any</c>, every non-final state but those after <c>except</c>).</summary>
        public ImmutableArray<LifecycleState> States { get; }

        public ImmutableArray<RecordType> EventTypes { get; }
        public ImmutableArray<LifecycleTransition> Deadlines { get; }
        public string Reason => Syntax.Reason.Value;
    }
}
