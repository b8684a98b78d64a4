using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>Why an event of the history caused no transition.</summary>
    public enum IgnoredEventReason
    {
        /// <summary>No transition takes events of its type in the state it met, and no <c>ignore</c> declaration says so on purpose (CP4009 warns of it).</summary>
        NoTransition,

        /// <summary>An <c>ignore</c> declaration says events of its type change nothing in that state, and why.</summary>
        Declared,

        /// <summary>No transition takes it in that state, but it restarts the clock of deadlines measured <c>since last E</c>
        /// there (CP4009 counts that as taking it).</summary>
        RestartsDeadlines,

        /// <summary>Transitions take events of its type in that state, but the condition of none of them held.</summary>
        ConditionFalse,

        /// <summary>The state it met is final.</summary>
        FinalState,

        /// <summary>It is dated before the lifecycle started, so it met no state.</summary>
        BeforeStart,
    }

    /// <summary>An event of the history that caused no transition: when, of what type, the state it met, and why.</summary>
    public sealed class IgnoredEvent
    {
        internal IgnoredEvent(CalendarDate date, RecordType eventType, LifecycleState? state, IgnoredEventReason reason,
            LifecycleIgnore? declaration, ImmutableArray<LifecycleTransition> declined, ImmutableArray<string> restarts)
        {
            Date = date;
            EventType = eventType;
            State = state;
            Reason = reason;
            Declaration = declaration;
            Declined = declined;
            Restarts = restarts;
        }

        public CalendarDate Date { get; }
        public RecordType EventType { get; }

        /// <summary>The state the event met; null for an event dated before the lifecycle started.</summary>
        public LifecycleState? State { get; }

        public IgnoredEventReason Reason { get; }

        /// <summary>For <see cref="IgnoredEventReason.Declared"/>, the declaration and its reason.</summary>
        public LifecycleIgnore? Declaration { get; }

        /// <summary>For <see cref="IgnoredEventReason.ConditionFalse"/>, the transitions whose condition did not hold.</summary>
        public ImmutableArray<LifecycleTransition> Declined { get; }

        /// <summary>The deadlines of the state it met that are measured from the last such event (<c>since last E</c>): it moved them.</summary>
        public ImmutableArray<string> Restarts { get; }

        /// <summary>Why, in a few words: "declared: already suspended", "the condition of P-1 did not hold", ...</summary>
        public string Explanation => Reason switch
        {
            IgnoredEventReason.NoTransition => $"no transition takes {EventType.Name} in {State!.Name}",
            IgnoredEventReason.Declared => "declared: " + Declaration!.Reason,
            IgnoredEventReason.RestartsDeadlines => $"no transition takes {EventType.Name} in {State!.Name}; it restarts {string.Join(", ", Restarts)}",
            IgnoredEventReason.ConditionFalse => Declined.Length == 1
                ? $"the condition of {Declined[0].Id} did not hold"
                : $"the conditions of {string.Join(", ", Declined.Select(t => t.Id))} did not hold",
            IgnoredEventReason.FinalState => $"{State!.Name} is a final state",
            IgnoredEventReason.BeforeStart => "dated before the lifecycle started",
            _ => throw new System.InvalidOperationException("Unknown reason " + Reason),
        };
    }
}
