using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Symbols
{
    /// <summary>A lifecycle: states, the initial state and its date, transitions and deadlines, over the record's history.</summary>
    public sealed class LifecycleSymbol : DeclarationSymbol
    {
        internal LifecycleSymbol(LifecycleDeclarationSyntax syntax, SourceLocation location, int index)
            : base(syntax.Name.Text, location)
        {
            Syntax = syntax;
            Index = index;
            StateType = new EnumType(syntax.Name.Text, syntax.States.Select(s => s.Name.Text).Distinct());
        }

        internal LifecycleDeclarationSyntax Syntax { get; }
        public int Index { get; }
        public string? Title => Syntax.Title?.Value;

        /// <summary>The states as an enumeration, so <c>certificate.state = certificate.active</c> type-checks.</summary>
        public EnumType StateType { get; }

        public IReadOnlyList<LifecycleState> States { get; internal set; } = new LifecycleState[0];
        public LifecycleState? Initial { get; internal set; }
        public FieldSymbol? HistoryField { get; internal set; }
        public ImmutableArray<LifecycleTransition> Transitions { get; internal set; } = ImmutableArray<LifecycleTransition>.Empty;
        public ImmutableArray<LifecycleDeadline> Deadlines { get; internal set; } = ImmutableArray<LifecycleDeadline>.Empty;
        internal BoundExpression? StartDate { get; set; }
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
        internal LifecycleTransition(TransitionSyntax syntax, LifecycleState from, LifecycleState to, int order)
        {
            Syntax = syntax;
            From = from;
            To = to;
            Order = order;
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
        public RecordType? EventType { get; internal set; }

        internal BoundExpression? Duration { get; set; }
        public AnchorKind Anchor { get; internal set; }
        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; internal set; } = ImmutableArray<RecordType>.Empty;
        internal BoundExpression? Condition { get; set; }
        internal VariableSymbol? EventVariable { get; set; }
        public bool IsDeadline => EventType is null;
    }

    /// <summary>A date to meet while in a state; reported among pending deadlines.</summary>
    public sealed class LifecycleDeadline
    {
        internal LifecycleDeadline(DeadlineSyntax syntax, LifecycleState state)
        {
            Syntax = syntax;
            State = state;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
        }

        internal DeadlineSyntax Syntax { get; }
        public string Id => Syntax.Id.Text;
        public string Title => Syntax.Title.Value;
        public LifecycleState State { get; }
        public ImmutableArray<string> Citations { get; }
        internal BoundExpression? Duration { get; set; }
        public AnchorKind Anchor { get; internal set; }
        /// <summary>For <c>since last E or F</c>: the event types whose last occurrence the deadline is measured from.</summary>
        public ImmutableArray<RecordType> AnchorEvents { get; internal set; } = ImmutableArray<RecordType>.Empty;
    }
}
