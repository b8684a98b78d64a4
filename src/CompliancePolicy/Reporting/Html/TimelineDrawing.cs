using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Html
{
    /// <summary>
    /// What a lifecycle's timeline picture shows, in dates rather than pixels: a bar per state the record went through,
    /// a marker per event or deadline that moved it, the deadlines ahead and the as-of date. <see cref="TimelineSvg"/>
    /// draws it; the check report and <c>compliance timeline</c> both go through here, so they draw the same picture.
    /// </summary>
    internal sealed class TimelineDrawing
    {
        internal TimelineDrawing(LifecycleOutcome outcome, CalendarDate asOf, IReadOnlyList<TimelineBar> bars,
            IReadOnlyList<TimelineMarker> markers, IReadOnlyList<TimelineMarker> ahead)
        {
            Outcome = outcome;
            AsOf = asOf;
            Bars = bars;
            Markers = markers;
            Ahead = ahead;
            var dates = bars.Select(b => b.From).Concat(markers.Select(m => m.Date)).Concat(ahead.Select(m => m.Date)).Append(asOf).ToArray();
            Start = dates.Min();
            var last = dates.Max();
            // Some room after the last date, and never less than a month in all, so one-day lifecycles still read as bars.
            var days = System.Math.Max(CalendarDate.DaysBetween(Start, last), 30);
            // The room stops at the calendar's last day (a record checked as of 9999-12-31).
            End = Start.AddDays(System.Math.Min(days + System.Math.Max(days / 25, 3), CalendarDate.DaysBetween(Start, CalendarDate.MaxValue)));
        }

        public LifecycleOutcome Outcome { get; }
        public CalendarDate AsOf { get; }

        /// <summary>Each state in turn; the current one ends at the as-of date.</summary>
        public IReadOnlyList<TimelineBar> Bars { get; }

        /// <summary>What moved the lifecycle (events, deadlines) and the events it ignored, by date.</summary>
        public IReadOnlyList<TimelineMarker> Markers { get; }

        /// <summary>The pending deadlines: ahead of the as-of date, or overdue.</summary>
        public IReadOnlyList<TimelineMarker> Ahead { get; }

        /// <summary>The first day of the axis.</summary>
        public CalendarDate Start { get; }

        /// <summary>The last day of the axis: a little after the latest date shown.</summary>
        public CalendarDate End { get; }

        /// <summary>The drawing of a replayed lifecycle; null when it could not be replayed (there is nothing to draw, only the error).</summary>
        public static TimelineDrawing? Of(LifecycleOutcome outcome, CalendarDate asOf)
        {
            if (outcome.Result is not { } result) return null;
            var states = outcome.Lifecycle.States;
            var bars = result.Timeline
                .Select(entry => new TimelineBar(entry.State.Name, states.IndexOf(entry.State), entry.State.IsFinal, entry.From, entry.To ?? asOf))
                .ToArray();
            var markers = new List<TimelineMarker>();
            markers.AddRange(result.Timeline.Where(entry => entry.Transition != null).Select(TimelineMarker.Transition));
            markers.AddRange(result.IgnoredEvents.Select(TimelineMarker.Ignored));
            var ahead = result.PendingDeadlines.Select(deadline => TimelineMarker.Pending(outcome.Lifecycle, deadline)).ToArray();
            return new TimelineDrawing(outcome, asOf, bars, markers.OrderBy(m => m.Date).ToArray(), ahead);
        }
    }

    /// <summary>One state of a timeline from the day it was entered to the day it was left (or the as-of date).</summary>
    internal sealed class TimelineBar
    {
        internal TimelineBar(string state, int stateIndex, bool isFinal, CalendarDate from, CalendarDate to)
        {
            State = state;
            StateIndex = stateIndex;
            IsFinal = isFinal;
            From = from;
            To = to;
        }

        public string State { get; }

        /// <summary>The state's position in its lifecycle's declaration: it picks the colour, so a state keeps its colour in every record.</summary>
        public int StateIndex { get; }

        public bool IsFinal { get; }
        public CalendarDate From { get; }
        public CalendarDate To { get; }
    }

    /// <summary>What a marker on a timeline stands for; each kind has its own shape, so none relies on colour alone.</summary>
    internal enum TimelineMarkerKind
    {
        /// <summary>An event that caused a transition.</summary>
        Event,

        /// <summary>A deadline transition that fired.</summary>
        Deadline,

        /// <summary>An event that caused no transition in the state it met.</summary>
        IgnoredEvent,

        /// <summary>A pending deadline on or after the as-of date.</summary>
        Due,

        /// <summary>A state's deadline whose day has passed.</summary>
        Overdue,
    }

    /// <summary>A dated mark on a timeline: a short label drawn beside it and a longer description for its tooltip.</summary>
    internal sealed class TimelineMarker
    {
        internal TimelineMarker(TimelineMarkerKind kind, CalendarDate date, string label, string description)
        {
            Kind = kind;
            Date = date;
            Label = label;
            Description = description;
        }

        public TimelineMarkerKind Kind { get; }
        public CalendarDate Date { get; }
        public string Label { get; }
        public string Description { get; }

        internal static TimelineMarker Transition(TimelineEntry entry)
        {
            var transition = entry.Transition!;
            var name = LifecycleText.Name(transition);
            var citations = entry.Citations.Length == 0 ? string.Empty : $" [{string.Join("; ", entry.Citations)}]";
            var description = $"{entry.From}: {entry.Cause}; {name}: now {entry.State.Name}{citations}";
            return transition.EventType is { } eventType
                ? new TimelineMarker(TimelineMarkerKind.Event, entry.From, eventType.Name, description)
                : new TimelineMarker(TimelineMarkerKind.Deadline, entry.From, transition.Id, description);
        }

        /// <summary>An event the lifecycle ignored in the state it met (drawn hollow and labelled "ignored").</summary>
        internal static TimelineMarker Ignored(IgnoredEvent ignored) =>
            new TimelineMarker(TimelineMarkerKind.IgnoredEvent, ignored.Date, "ignored: " + ignored.EventType.Name, "ignored: " + LifecycleText.Ignored(ignored));

        internal static TimelineMarker Pending(Symbols.LifecycleSymbol lifecycle, PendingDeadline deadline)
        {
            var citations = deadline.Citations.Length == 0 ? string.Empty : $" [{string.Join("; ", deadline.Citations)}]";
            var description = $"{LifecycleText.Deadline(lifecycle, deadline)} ({deadline.MeasuredFrom}){citations}";
            var kind = deadline.IsOverdue ? TimelineMarkerKind.Overdue : TimelineMarkerKind.Due;
            var label = deadline.IsOverdue ? $"{deadline.Id} overdue since {deadline.Due}" : $"{deadline.Id} by {deadline.Due}";
            return new TimelineMarker(kind, deadline.Due, label, description);
        }
    }
}
