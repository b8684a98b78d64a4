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
            ImmutableArray<LifecycleDeadline> deadlines)
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
        }

        internal LifecycleDeclarationSyntax Syntax { get; }
        public int Index { get; }
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
        public override string Kind => "lifecycle";

        public LifecycleState? FindState(string name) => States.FirstOrDefault(s => s.Name == name);
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

    /// <summary>A transition between two states, fired by an event or by a deadline.</summary>
    public sealed class LifecycleTransition
    {
        internal LifecycleTransition(
            TransitionSyntax syntax,
            LifecycleState from,
            LifecycleState to,
            int order,
            RecordType? eventType,
            AnchorKind anchor,
            ImmutableArray<RecordType> anchorEvents)
        {
            Syntax = syntax;
            From = from;
            To = to;
            Order = order;
            EventType = eventType;
            Anchor = anchor;
            AnchorEvents = anchorEvents;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
        }

        internal TransitionSyntax Syntax { get; }
        public string Id => Syntax.Id.Text;
        public string? Title => Syntax.Title?.Value;
        public LifecycleState From { get; }
        public LifecycleState To { get; }
        public ImmutableArray<string> Citations { get; }

        /// <summary>Lower fires first; transitions without a priority come after those with one, in declaration order.</summary>
        public int? Priority => Syntax.Priority is null ? (int?)null : (int)Syntax.Priority.Value;

        internal int Order { get; }

        /// <summary>The event type of an <c>on</c> trigger, or null for a deadline.</summary>
        public RecordType? EventType { get; }

        public AnchorKind Anchor { get; }

        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; }

        public bool IsDeadline => !(Syntax.Trigger is EventTriggerSyntax);
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
        public AnchorKind Anchor => Syntax.Anchor.Kind;

        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; }
    }
}
