using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>A lifecycle replayed over one record's events up to the as-of date.</summary>
    public sealed class LifecycleResult
    {
        internal LifecycleResult(
            LifecycleSymbol lifecycle,
            LifecycleState state,
            CalendarDate since,
            CalendarDate started,
            IReadOnlyList<TimelineEntry> timeline,
            IReadOnlyList<PendingDeadline> pendingDeadlines,
            IReadOnlyList<string> notes,
            IReadOnlyList<IgnoredEvent> ignoredEvents)
        {
            Lifecycle = lifecycle;
            State = state;
            Since = since;
            Started = started;
            Timeline = timeline;
            PendingDeadlines = pendingDeadlines;
            Notes = notes;
            IgnoredEvents = ignoredEvents;
        }

        public LifecycleSymbol Lifecycle { get; }

        /// <summary>The state at the as-of date.</summary>
        public LifecycleState State { get; }

        /// <summary>The day the current state was entered.</summary>
        public CalendarDate Since { get; }

        public CalendarDate Started { get; }

        /// <summary>Each state in turn, with the event or deadline that caused it.</summary>
        public IReadOnlyList<TimelineEntry> Timeline { get; }

        /// <summary>What must happen by when to avoid the next transitions, and the deadlines of the current state, earliest first.</summary>
        public IReadOnlyList<PendingDeadline> PendingDeadlines { get; }

        /// <summary>Events that were not replayed and why (before the start, after the as-of date).</summary>
        public IReadOnlyList<string> Notes { get; }

        /// <summary>
        /// Every event up to the as-of date that caused no transition, in date order: those dated before the start,
        /// then each replayed event that met a state with no transition for it, or whose transitions' conditions did
        /// not hold, with the state it met and why.
        /// </summary>
        public IReadOnlyList<IgnoredEvent> IgnoredEvents { get; }
    }

    /// <summary>One stretch of a timeline: a state, when it was entered and left, and what caused it.</summary>
    public sealed class TimelineEntry
    {
        private object _cause;

        // cause: the words, or what they are made of (written by its ToString when first read: DeferredText); for a
        // state entered on an event, the event's type (the words name it and its date, From).
        internal TimelineEntry(LifecycleState state, CalendarDate from, object cause, LifecycleTransition? transition)
        {
            State = state;
            From = from;
            _cause = cause;
            Transition = transition;
        }

        public LifecycleState State { get; }
        public CalendarDate From { get; }

        /// <summary>The day the next state was entered; null for the current state.</summary>
        public CalendarDate? To { get; internal set; }

        /// <summary>"start", "event AuditFailed on 2026-03-01", or "deadline: 90 days since last AuditFailed (2026-03-01)".</summary>
        public string Cause
        {
            get
            {
                if (_cause is RecordType eventType) _cause = $"event {eventType.Name} on {From}";
                return DeferredText.Of(ref _cause);
            }
        }

        /// <summary>The transition that led here; null for the initial state.</summary>
        public LifecycleTransition? Transition { get; }

        public ImmutableArray<string> Citations => Transition?.Citations ?? ImmutableArray<string>.Empty;
    }

    /// <summary>A date that matters from the as-of date on: a deadline transition that will fire, or a deadline of the state.</summary>
    public sealed class PendingDeadline
    {
        private object _measuredFrom;
        private readonly string? _title;

        // measuredFrom: the words, or what they are made of (written by its ToString when first read: DeferredText).
        internal PendingDeadline(string id, string? title, CalendarDate due, string effect, object measuredFrom, ImmutableArray<string> citations, bool isOverdue)
        {
            Id = id;
            _title = title;
            Due = due;
            Effect = effect;
            _measuredFrom = measuredFrom;
            Citations = citations;
            IsOverdue = isOverdue;
        }

        public string Id { get; }

        /// <summary>The deadline's title, or its id when it has none (a deadline transition may be untitled).</summary>
        public string Title => _title ?? Id;

        /// <summary>False for an untitled deadline transition, whose <see cref="Title"/> is its id.</summary>
        public bool HasTitle => _title != null;

        /// <summary>The last day to act: a deadline transition fires the day after.</summary>
        public CalendarDate Due { get; }

        /// <summary>"suspended" (the state entered if nothing happens), or "deadline" for a state deadline.</summary>
        public string Effect { get; }

        /// <summary>How the date was computed, e.g. "12 months since last SurveillanceHeld (2026-02-01)".</summary>
        public string MeasuredFrom => DeferredText.Of(ref _measuredFrom);

        public ImmutableArray<string> Citations { get; }

        /// <summary>True for a state deadline whose day has passed while still in the state.</summary>
        public bool IsOverdue { get; }
    }

    /// <summary>
    /// Words of a lifecycle result that most reports never show (why a state was entered, what a deadline is measured
    /// from): a replay keeps what they are made of, and they are written when first read. Two threads reading at once
    /// write the same words; either copy is kept.
    /// </summary>
    internal static class DeferredText
    {
        public static string Of(ref object value)
        {
            if (value is string text) return text;
            text = value.ToString()!;
            value = text;
            return text;
        }
    }
}
