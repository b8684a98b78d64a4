using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>
    /// A lifecycle compiled to closures, and its replay: events in date order (same-day events in record order), each
    /// preceded by the deadline transitions due on or before its day; then the deadlines due up to the as-of date.
    /// </summary>
    internal sealed class CompiledLifecycle
    {
        /// <summary>More transitions than this on one day is a cycle (of zero-length deadlines): the replay stops with an
        /// error. A long history may fire any number of transitions over its days.</summary>
        private const int MaxTransitionsPerDay = 10000;

        private readonly Func<Frame, CalendarDate> _start;
        private readonly CompiledTransition[] _transitions;
        private readonly CompiledDeadline[] _deadlines;
        private readonly int _historySlot;
        private readonly ImmutableArray<RecordType> _eventTypes;

        public CompiledLifecycle(LifecycleSymbol symbol, BoundLifecycleBody body)
        {
            Symbol = symbol;
            var compiler = new ExpressionCompiler(symbol.Source);
            _start = compiler.Date(body.StartDate);
            _historySlot = symbol.HistoryField!.Index;
            _eventTypes = ((HistoryType)symbol.HistoryField.Type).EventTypes;
            _transitions = symbol.Transitions
                .OrderBy(t => t.Priority ?? int.MaxValue)
                .ThenBy(t => t.Order)
                .Select(t => new CompiledTransition(t, body.Transitions[t], compiler))
                .ToArray();
            _deadlines = symbol.Deadlines.Select(d => new CompiledDeadline(d, compiler.Duration(body.DeadlineDurations[d]))).ToArray();
        }

        public LifecycleSymbol Symbol { get; }

        public LifecycleResult Replay(Frame frame) => Run(frame, null).Result;

        /// <summary>
        /// Replays as <see cref="Replay"/> does, then goes on from the as-of date to <paramref name="until"/> as if no
        /// event happened: each deadline transition fires on its day, and each deadline of a state the record is in
        /// falls due, in date order.
        /// </summary>
        public LifecycleProjection Project(Frame frame, CalendarDate until)
        {
            var (result, steps) = Run(frame, until);
            return new LifecycleProjection(Symbol, result, until, steps!);
        }

        private (LifecycleResult Result, IReadOnlyList<ProjectedStep>? Steps) Run(Frame frame, CalendarDate? until)
        {
            var replay = new ReplayState(this, frame, _start(frame));
            var (events, notes) = EventsToReplay(frame, replay.Started, replay.Ignored);
            replay.Processed.Capacity = events.Count;
            var outer = frame.ReplayedEvents;
            frame.ReplayedEvents = replay.Processed;
            try
            {
                foreach (var @event in events)
                {
                    var date = EventDate(@event);
                    replay.FireDeadlines(date);
                    replay.Process(@event);
                    replay.Fire(@event, date);
                }
                replay.FireDeadlines(frame.AsOf);
                var result = replay.Result(notes);
                return (result, until is { } end ? replay.Project(result, end) : null);
            }
            finally
            {
                frame.ReplayedEvents = outer;
            }
        }

        public static CalendarDate EventDate(RecordValue @event) => (CalendarDate)@event[1]!;

        /// <summary>The events dated from the start to the as-of date, in date order (same-day events in record order),
        /// and a note for each kind left out; those dated before the start go to <paramref name="ignored"/>, in date order.
        /// One pass over the history, which is most often in date order already.</summary>
        private (List<RecordValue> Events, IReadOnlyList<string> Notes) EventsToReplay(Frame frame, CalendarDate started, List<IgnoredEvent> ignored)
        {
            var all = (object?[]?)frame.Record[_historySlot] ?? Array.Empty<object?>();
            var replayed = new List<RecordValue>(all.Length);
            List<RecordValue>? early = null;
            var late = 0;
            var inOrder = true;
            foreach (var item in all)
            {
                var @event = (RecordValue)item!;
                var date = EventDate(@event);
                if (date < started) (early ??= new List<RecordValue>()).Add(@event);
                if (date > frame.AsOf) late++;
                if (date < started || date > frame.AsOf) continue;
                if (replayed.Count > 0 && date < EventDate(replayed[replayed.Count - 1])) inOrder = false;
                replayed.Add(@event);
            }
            if (!inOrder) replayed = replayed.OrderBy(EventDate).ToList(); // stable: same-day events keep the record's order
            if (early != null)
            {
                ignored.AddRange(early.OrderBy(EventDate).Select(e => new IgnoredEvent(
                    EventDate(e), e.Type, null, IgnoredEventReason.BeforeStart, null, ImmutableArray<LifecycleTransition>.Empty, ImmutableArray<string>.Empty)));
            }
            if (early is null && late == 0) return (replayed, Array.Empty<string>());
            var notes = new List<string>(2);
            if (early != null) notes.Add($"{Count(early.Count)} before the start of the lifecycle ({started}) ignored");
            if (late > 0) notes.Add($"{Count(late)} after the as-of date ({frame.AsOf}) not replayed");
            return (replayed, notes);
        }

        private static string Count(int events) => events == 1 ? "1 event" : $"{events} events";

        /// <summary>The mutable state of one replay.</summary>
        private sealed class ReplayState
        {
            private readonly CompiledLifecycle _lifecycle;
            private readonly Frame _frame;
            private readonly List<TimelineEntry> _timeline = new List<TimelineEntry>();
            private LifecycleState _state;
            private CalendarDate _entered;
            private int _transitionsToday;

            public ReplayState(CompiledLifecycle lifecycle, Frame frame, CalendarDate started)
            {
                _lifecycle = lifecycle;
                _frame = frame;
                Started = started;
                _state = lifecycle.Symbol.Initial!;
                _entered = started;
                _timeline.Add(new TimelineEntry(_state, started, "start", null));
            }

            public CalendarDate Started { get; }
            public List<RecordValue> Processed { get; } = new List<RecordValue>();

            /// <summary>Where in <see cref="Processed"/> the last event of each type is (by the type's place in the history's
            /// event types; -1 for none yet): "since last E" looks it up instead of searching back through every event
            /// replayed so far, on every event.</summary>
            private int[]? _lastOfType;

            public void Process(RecordValue @event)
            {
                var types = _lifecycle._eventTypes;
                if (_lastOfType is null)
                {
                    _lastOfType = new int[types.Length];
                    _lastOfType.AsSpan().Fill(-1);
                }
                var type = IndexOf(types, @event.Type);
                if (type >= 0) _lastOfType[type] = Processed.Count;
                Processed.Add(@event);
            }

            /// <summary>Every event that caused no transition, in the order replayed.</summary>
            public List<IgnoredEvent> Ignored { get; } = new List<IgnoredEvent>();

            /// <summary>The first transition of the state on the event whose condition holds; none is an ignored event.</summary>
            public void Fire(RecordValue @event, CalendarDate date)
            {
                ImmutableArray<LifecycleTransition>.Builder? declined = null; // made only when a condition declines
                foreach (var transition in _lifecycle._transitions)
                {
                    if (!transition.Symbol.Leaves(_state) || transition.Symbol.EventType != @event.Type) continue;
                    if (!transition.Holds(_frame, @event))
                    {
                        (declined ??= ImmutableArray.CreateBuilder<LifecycleTransition>()).Add(transition.Symbol);
                        continue;
                    }
                    Enter(transition.Symbol, date, new EventCause(@event.Type, date));
                    return;
                }
                Ignored.Add(Ignore(@event.Type, date, declined?.ToImmutable() ?? ImmutableArray<LifecycleTransition>.Empty));
            }

            private IgnoredEvent Ignore(RecordType eventType, CalendarDate date, ImmutableArray<LifecycleTransition> declined)
            {
                var symbol = _lifecycle.Symbol;
                var declaration = symbol.IgnoreOf(_state, eventType);
                var restarts = symbol.Transitions.Where(t => t.IsDeadline && t.Leaves(_state) && t.AnchorEvents.Contains(eventType)).Select(t => t.Id)
                    .Concat(symbol.Deadlines.Where(d => d.State == _state && d.AnchorEvents.Contains(eventType)).Select(d => d.Id))
                    .ToImmutableArray();
                var reason = !declined.IsEmpty ? IgnoredEventReason.ConditionFalse
                    : _state.IsFinal ? IgnoredEventReason.FinalState
                    : declaration != null ? IgnoredEventReason.Declared
                    : !restarts.IsEmpty ? IgnoredEventReason.RestartsDeadlines
                    : IgnoredEventReason.NoTransition;
                return new IgnoredEvent(date, eventType, _state, reason, reason == IgnoredEventReason.Declared ? declaration : null, declined, restarts);
            }

            /// <summary>Fires, earliest first, every deadline transition of the current state due on or before the day.</summary>
            public void FireDeadlines(CalendarDate day)
            {
                while (NextDeadline(day) is { } next) Fire(next);
            }

            /// <summary>
            /// The record's future if no event happens: from the state at the as-of date, each deadline of the current
            /// state due before the state is left (overdue ones too, first), and each deadline transition that fires on or
            /// before <paramref name="until"/>, then the same for the state it enters.
            /// </summary>
            public IReadOnlyList<ProjectedStep> Project(LifecycleResult now, CalendarDate until)
            {
                var steps = new List<ProjectedStep>();
                var deadlines = now.PendingDeadlines.Where(d => d.Effect == "deadline").ToList();
                while (true)
                {
                    var next = NextDeadline(until);
                    var leaves = next?.Fires;
                    steps.AddRange(deadlines.Where(d => d.Due <= until && (leaves is null || d.Due < leaves.Value)).Select(d => new ProjectedStep(_state, null, d, d.Due)));
                    if (next is null) return steps;
                    var from = _state;
                    var transition = next.Transition.Symbol;
                    var deadline = new PendingDeadline(transition.Id, transition.Title, next.Fires.AddDays(-1), transition.To.Name,
                        next.MeasuredFrom, transition.Citations, isOverdue: false);
                    Fire(next);
                    steps.Add(new ProjectedStep(from, transition.To, deadline, next.Fires));
                    deadlines = StateDeadlines();
                }
            }

            /// <summary>The earliest deadline transition of the current state that fires on or before the day and whose condition holds.</summary>
            private DueTransition? NextDeadline(CalendarDate day)
            {
                DueTransition? due = null;
                foreach (var transition in _lifecycle._transitions)
                {
                    if (!transition.Symbol.IsDeadline || !transition.Symbol.Leaves(_state)) continue;
                    var (lastDay, measuredFrom) = LastDay(transition.Symbol.Id, transition.Duration!, transition.Symbol.Anchor, transition.Symbol.AnchorEvents);
                    // A deadline already past when the state was entered takes effect on entering it.
                    var effective = lastDay.AddDays(1) < _entered ? _entered : lastDay.AddDays(1);
                    if (effective > day || (due != null && effective >= due.Fires)) continue;
                    if (!transition.Holds(_frame, null)) continue;
                    due = new DueTransition(transition, effective, measuredFrom);
                }
                return due;
            }

            private void Fire(DueTransition due) => Enter(due.Transition.Symbol, due.Fires, new DeadlineCause(due.MeasuredFrom));

            public LifecycleResult Result(IReadOnlyList<string> notes)
            {
                var pending = new List<PendingDeadline>();
                foreach (var transition in _lifecycle._transitions)
                {
                    if (!transition.Symbol.IsDeadline || !transition.Symbol.Leaves(_state)) continue;
                    var (lastDay, measuredFrom) = LastDay(transition.Symbol.Id, transition.Duration!, transition.Symbol.Anchor, transition.Symbol.AnchorEvents);
                    if (lastDay < _frame.AsOf) continue; // its condition kept it from firing
                    pending.Add(new PendingDeadline(transition.Symbol.Id, transition.Symbol.Title, lastDay,
                        transition.Symbol.To.Name, measuredFrom, transition.Symbol.Citations, isOverdue: false));
                }
                AddStateDeadlines(pending);
                return new LifecycleResult(_lifecycle.Symbol, _state, _entered, Started, _timeline, ByDue(pending), notes, Ignored);
            }

            /// <summary>The deadlines of the current state, as measured now.</summary>
            private List<PendingDeadline> StateDeadlines()
            {
                var deadlines = new List<PendingDeadline>();
                AddStateDeadlines(deadlines);
                return deadlines;
            }

            private void AddStateDeadlines(List<PendingDeadline> deadlines)
            {
                foreach (var deadline in _lifecycle._deadlines)
                {
                    if (deadline.Symbol.State != _state) continue;
                    var (lastDay, measuredFrom) = LastDay(deadline.Symbol.Id, deadline.Duration, deadline.Symbol.Anchor, deadline.Symbol.AnchorEvents);
                    deadlines.Add(new PendingDeadline(deadline.Symbol.Id, deadline.Symbol.Title, lastDay, "deadline", measuredFrom,
                        deadline.Symbol.Citations, isOverdue: lastDay < _frame.AsOf));
                }
            }

            /// <summary>Earliest first, deadlines of one day in the order found (a stable insertion sort: there are a few).</summary>
            private static PendingDeadline[] ByDue(List<PendingDeadline> pending)
            {
                var sorted = pending.ToArray();
                for (var i = 1; i < sorted.Length; i++)
                {
                    var item = sorted[i];
                    var j = i - 1;
                    for (; j >= 0 && sorted[j].Due > item.Due; j--) sorted[j + 1] = sorted[j];
                    sorted[j + 1] = item;
                }
                return sorted;
            }

            // Event types are compared by identity: a loop by reference, not the generic comparer's search, as this runs
            // for every event replayed.
            private static int IndexOf(ImmutableArray<RecordType> types, RecordType type)
            {
                for (var i = 0; i < types.Length; i++)
                {
                    if (ReferenceEquals(types[i], type)) return i;
                }
                return -1;
            }

            private RecordValue? LastOf(ImmutableArray<RecordType> types)
            {
                if (_lastOfType is null) return null;
                var last = -1;
                foreach (var type in types)
                {
                    var at = IndexOf(_lifecycle._eventTypes, type);
                    if (at >= 0 && _lastOfType[at] > last) last = _lastOfType[at];
                }
                return last < 0 ? null : Processed[last];
            }

            /// <summary>Enters the transition's state on the day; <c>cause</c> is what <see cref="TimelineEntry.Cause"/> will say.</summary>
            private void Enter(LifecycleTransition transition, CalendarDate date, object cause)
            {
                _transitionsToday = date == _entered ? _transitionsToday + 1 : 1;
                if (_transitionsToday > MaxTransitionsPerDay)
                    throw new EvaluationException(EvaluationErrorKind.LifecycleDoesNotSettle,
                        FormattableString.Invariant(
                            $"lifecycle '{_lifecycle.Symbol.Name}' does not settle: transition {transition.Id} keeps firing ({MaxTransitionsPerDay:N0} transitions on {date})"));
                _timeline[_timeline.Count - 1].To = date;
                _timeline.Add(new TimelineEntry(transition.To, date, cause, transition));
                _state = transition.To;
                _entered = date;
            }

            /// <summary>The last day of a deadline, and what it is measured from. The day after it, when the deadline
            /// takes effect, must be in the calendar too.</summary>
            private (CalendarDate LastDay, MeasuredFrom MeasuredFrom) LastDay(string id, Func<Frame, Duration> duration, AnchorKind anchor, ImmutableArray<RecordType> anchorEvents)
            {
                var length = duration(_frame);
                var measuredFrom = new MeasuredFrom(length, anchor, anchorEvents, anchor == AnchorKind.LastEvent ? LastOf(anchorEvents) : null, _state, _entered, Started);
                if (measuredFrom.From.TryAdd(length, out var lastDay) && lastDay < CalendarDate.MaxValue) return (lastDay, measuredFrom);
                throw new EvaluationException(EvaluationErrorKind.DateOutOfRange,
                    $"the deadline of {id}, {measuredFrom}, falls outside the calendar, which runs from 0001-01-01 to 9999-12-31");
            }
        }

        /// <summary>
        /// What a deadline is measured from, as it was when measured. Its words ("12 months since last SurveillancePassed
        /// (2026-02-01)") are written only when shown: a replay measures each deadline of the state again at every event,
        /// and most of those measures are never shown.
        /// </summary>
        private readonly struct MeasuredFrom
        {
            private readonly Duration _length;
            private readonly AnchorKind _anchor;
            private readonly ImmutableArray<RecordType> _anchorEvents;
            private readonly RecordValue? _last;
            private readonly LifecycleState _state;
            private readonly CalendarDate _entered;
            private readonly CalendarDate _started;

            public MeasuredFrom(Duration length, AnchorKind anchor, ImmutableArray<RecordType> anchorEvents, RecordValue? last, LifecycleState state,
                CalendarDate entered, CalendarDate started)
            {
                _length = length;
                _anchor = anchor;
                _anchorEvents = anchorEvents;
                _last = last;
                _state = state;
                _entered = entered;
                _started = started;
            }

            /// <summary>The day the deadline's duration runs from.</summary>
            public CalendarDate From => _anchor switch
            {
                AnchorKind.Start => _started,
                AnchorKind.LastEvent when _last != null => EventDate(_last),
                _ => _entered,
            };

            public override string ToString()
            {
                switch (_anchor)
                {
                    case AnchorKind.Start:
                        return $"{_length} since start ({_started})";
                    case AnchorKind.LastEvent:
                        if (_last != null) return $"{_length} since last {_last.Type.Name} ({EventDate(_last)})";
                        return $"{_length} since entering {_state.Name} ({_entered}), no {string.Join(" or ", _anchorEvents.Select(e => e.Name))} yet";
                    default:
                        return $"{_length} since entering {_state.Name} ({_entered})";
                }
            }
        }

        /// <summary>"event AuditFailed on 2026-03-01", written when read (<see cref="DeferredText"/>).</summary>
        private readonly struct EventCause
        {
            private readonly RecordType _type;
            private readonly CalendarDate _date;

            public EventCause(RecordType type, CalendarDate date)
            {
                _type = type;
                _date = date;
            }

            public override string ToString() => $"event {_type.Name} on {_date}";
        }

        /// <summary>"deadline: 90 days since last AuditFailed (2026-03-01) passed", written when read (<see cref="DeferredText"/>).</summary>
        private readonly struct DeadlineCause
        {
            private readonly MeasuredFrom _measuredFrom;

            public DeadlineCause(MeasuredFrom measuredFrom) => _measuredFrom = measuredFrom;

            public override string ToString() => $"deadline: {_measuredFrom} passed";
        }

        /// <summary>A deadline transition that will fire: on which day, and how its last day was measured.</summary>
        private sealed class DueTransition
        {
            public DueTransition(CompiledTransition transition, CalendarDate fires, MeasuredFrom measuredFrom)
            {
                Transition = transition;
                Fires = fires;
                MeasuredFrom = measuredFrom;
            }

            public CompiledTransition Transition { get; }
            public CalendarDate Fires { get; }
            public MeasuredFrom MeasuredFrom { get; }
        }

        private sealed class CompiledTransition
        {
            private readonly Func<Frame, bool>? _condition;
            private readonly int _eventSlot;

            public CompiledTransition(LifecycleTransition symbol, BoundTransitionBody body, ExpressionCompiler compiler)
            {
                Symbol = symbol;
                _condition = body.Condition is null ? null : compiler.Bool(body.Condition);
                Duration = body.Duration is null ? null : compiler.Duration(body.Duration);
                _eventSlot = body.EventVariable?.Slot ?? -1;
            }

            public LifecycleTransition Symbol { get; }
            public Func<Frame, Duration>? Duration { get; }

            public bool Holds(Frame frame, RecordValue? @event)
            {
                if (_condition is null) return true;
                if (_eventSlot >= 0) frame.Variables[_eventSlot] = @event;
                return _condition(frame);
            }
        }

        private sealed class CompiledDeadline
        {
            public CompiledDeadline(LifecycleDeadline symbol, Func<Frame, Duration> duration)
            {
                Symbol = symbol;
                Duration = duration;
            }

            public LifecycleDeadline Symbol { get; }
            public Func<Frame, Duration> Duration { get; }
        }
    }
}
