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

        public CompiledLifecycle(LifecycleSymbol symbol, BoundLifecycleBody body)
        {
            Symbol = symbol;
            var compiler = new ExpressionCompiler(symbol.Source);
            _start = compiler.Date(body.StartDate);
            _historySlot = symbol.HistoryField!.Index;
            _transitions = symbol.Transitions
                .OrderBy(t => t.Priority ?? int.MaxValue)
                .ThenBy(t => t.Order)
                .Select(t => new CompiledTransition(t, body.Transitions[t], compiler))
                .ToArray();
            _deadlines = symbol.Deadlines.Select(d => new CompiledDeadline(d, compiler.Duration(body.DeadlineDurations[d]))).ToArray();
        }

        public LifecycleSymbol Symbol { get; }

        public LifecycleResult Replay(Frame frame)
        {
            var replay = new ReplayState(this, frame, _start(frame));
            var (events, notes) = EventsToReplay(frame, replay.Started, replay.Ignored);
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
                return replay.Result(notes);
            }
            finally
            {
                frame.ReplayedEvents = outer;
            }
        }

        public static CalendarDate EventDate(RecordValue @event) => (CalendarDate)@event[1]!;

        /// <summary>The events to replay in date order; those dated before the start go to <paramref name="ignored"/>.</summary>
        private (List<RecordValue> Events, List<string> Notes) EventsToReplay(Frame frame, CalendarDate started, List<IgnoredEvent> ignored)
        {
            var all = (object?[]?)frame.Record[_historySlot] ?? Array.Empty<object?>();
            var events = all.Cast<RecordValue>().ToList();
            var notes = new List<string>();
            ignored.AddRange(events.Where(e => EventDate(e) < started).OrderBy(EventDate).Select(e => new IgnoredEvent(
                EventDate(e), e.Type, null, IgnoredEventReason.BeforeStart, null, ImmutableArray<LifecycleTransition>.Empty, ImmutableArray<string>.Empty)));
            var early = events.Count(e => EventDate(e) < started);
            var late = events.Count(e => EventDate(e) > frame.AsOf);
            if (early > 0) notes.Add($"{Count(early)} before the start of the lifecycle ({started}) ignored");
            if (late > 0) notes.Add($"{Count(late)} after the as-of date ({frame.AsOf}) not replayed");
            var replayed = events
                .Where(e => EventDate(e) >= started && EventDate(e) <= frame.AsOf)
                .OrderBy(EventDate) // stable: same-day events keep the record's order
                .ToList();
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

            /// <summary>Where in <see cref="Processed"/> the last event of each type is: "since last E" looks it up
            /// instead of searching back through every event replayed so far, on every event.</summary>
            private readonly Dictionary<RecordType, int> _lastOfType = new Dictionary<RecordType, int>();

            public void Process(RecordValue @event)
            {
                _lastOfType[@event.Type] = Processed.Count;
                Processed.Add(@event);
            }

            /// <summary>Every event that caused no transition, in the order replayed.</summary>
            public List<IgnoredEvent> Ignored { get; } = new List<IgnoredEvent>();

            /// <summary>The first transition of the state on the event whose condition holds; none is an ignored event.</summary>
            public void Fire(RecordValue @event, CalendarDate date)
            {
                var declined = ImmutableArray.CreateBuilder<LifecycleTransition>();
                foreach (var transition in _lifecycle._transitions)
                {
                    if (!transition.Symbol.Leaves(_state) || transition.Symbol.EventType != @event.Type) continue;
                    if (!transition.Holds(_frame, @event))
                    {
                        declined.Add(transition.Symbol);
                        continue;
                    }
                    Enter(transition.Symbol, date, $"event {@event.Type.Name} on {date}");
                    return;
                }
                Ignored.Add(Ignore(@event.Type, date, declined.ToImmutable()));
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
                while (true)
                {
                    CompiledTransition? due = null;
                    var dueDate = default(CalendarDate);
                    var anchorText = string.Empty;
                    foreach (var transition in _lifecycle._transitions)
                    {
                        if (!transition.Symbol.IsDeadline || !transition.Symbol.Leaves(_state)) continue;
                        var (lastDay, measuredFrom) = LastDay(transition.Symbol.Id, transition.Duration!, transition.Symbol.Anchor, transition.Symbol.AnchorEvents);
                        // A deadline already past when the state was entered takes effect on entering it.
                        var effective = lastDay.AddDays(1) < _entered ? _entered : lastDay.AddDays(1);
                        if (effective > day || (due != null && effective >= dueDate)) continue;
                        if (!transition.Holds(_frame, null)) continue;
                        (due, dueDate, anchorText) = (transition, effective, measuredFrom);
                    }
                    if (due is null) return;
                    Enter(due.Symbol, dueDate, $"deadline: {anchorText} passed");
                }
            }

            public LifecycleResult Result(List<string> notes)
            {
                var pending = new List<PendingDeadline>();
                foreach (var transition in _lifecycle._transitions.Where(t => t.Symbol.IsDeadline && t.Symbol.Leaves(_state)))
                {
                    var (lastDay, measuredFrom) = LastDay(transition.Symbol.Id, transition.Duration!, transition.Symbol.Anchor, transition.Symbol.AnchorEvents);
                    if (lastDay < _frame.AsOf) continue; // its condition kept it from firing
                    pending.Add(new PendingDeadline(transition.Symbol.Id, transition.Symbol.Title ?? transition.Symbol.Id, lastDay,
                        transition.Symbol.To.Name, measuredFrom, transition.Symbol.Citations, isOverdue: false));
                }
                foreach (var deadline in _lifecycle._deadlines.Where(d => d.Symbol.State == _state))
                {
                    var (lastDay, measuredFrom) = LastDay(deadline.Symbol.Id, deadline.Duration, deadline.Symbol.Anchor, deadline.Symbol.AnchorEvents);
                    pending.Add(new PendingDeadline(deadline.Symbol.Id, deadline.Symbol.Title, lastDay, "deadline", measuredFrom,
                        deadline.Symbol.Citations, isOverdue: lastDay < _frame.AsOf));
                }
                return new LifecycleResult(_lifecycle.Symbol, _state, _entered, Started, _timeline,
                    pending.OrderBy(p => p.Due).ToArray(), notes, Ignored);
            }

            private RecordValue? LastOf(ImmutableArray<RecordType> types)
            {
                var last = -1;
                foreach (var type in types)
                {
                    if (_lastOfType.TryGetValue(type, out var index) && index > last) last = index;
                }
                return last < 0 ? null : Processed[last];
            }

            private void Enter(LifecycleTransition transition, CalendarDate date, string cause)
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
            private (CalendarDate LastDay, string MeasuredFrom) LastDay(string id, Func<Frame, Duration> duration, AnchorKind anchor, ImmutableArray<RecordType> anchorEvents)
            {
                var length = duration(_frame);
                var (from, measuredFrom) = Anchor(length, anchor, anchorEvents);
                if (from.TryAdd(length, out var lastDay) && lastDay < CalendarDate.MaxValue) return (lastDay, measuredFrom);
                throw new EvaluationException(EvaluationErrorKind.DateOutOfRange,
                    $"the deadline of {id}, {measuredFrom}, falls outside the calendar, which runs from 0001-01-01 to 9999-12-31");
            }

            private (CalendarDate From, string MeasuredFrom) Anchor(Duration length, AnchorKind anchor, ImmutableArray<RecordType> anchorEvents)
            {
                switch (anchor)
                {
                    case AnchorKind.Start:
                        return (Started, $"{length} since start ({Started})");
                    case AnchorKind.LastEvent:
                        var names = string.Join(" or ", anchorEvents.Select(e => e.Name));
                        var last = LastOf(anchorEvents);
                        if (last is null) return (_entered, $"{length} since entering {_state.Name} ({_entered}), no {names} yet");
                        return (EventDate(last), $"{length} since last {last.Type.Name} ({EventDate(last)})");
                    default:
                        return (_entered, $"{length} since entering {_state.Name} ({_entered})");
                }
            }
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
