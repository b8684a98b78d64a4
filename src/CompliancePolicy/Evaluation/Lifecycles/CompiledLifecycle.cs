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
    /// <remarks>
    /// A replay runs for every record, and asks at every event which transitions may fire and, when none does, why
    /// the event changes nothing. Those answers depend only on the state and the event's type, so they are worked out
    /// here once, in tables indexed by state number and event type number; a replay keeps its state as a number.
    /// </remarks>
    internal sealed partial class CompiledLifecycle
    {
        /// <summary>More transitions than this on one day is a cycle (of zero-length deadlines): the replay stops with an
        /// error. A long history may fire any number of transitions over its days.</summary>
        private const int MaxTransitionsPerDay = 10000;

        private readonly Func<Frame, CalendarDate> _start;
        private readonly int _historySlot;
        private readonly LifecycleState[] _states;
        private readonly int _initial;

        /// <summary>The event types the tables tell apart: the history's, then any other one the lifecycle names. An
        /// event of none of them (a record built by hand) has the number <c>_eventTypes.Length</c>: the last column.</summary>
        private readonly RecordType[] _eventTypes;

        /// <summary>By cell (<see cref="Cell"/>): the transitions on events of the type that leave the state, first to fire first.</summary>
        private readonly CompiledTransition[][] _onEvent;

        /// <summary>By cell: why an event of the type that meets the state and fires nothing is ignored.</summary>
        private readonly IgnoreRule[] _ignoreRules;

        /// <summary>By state: the deadline transitions that leave it, first to fire first.</summary>
        private readonly CompiledTransition[][] _deadlineTransitions;

        /// <summary>By state: its own deadlines, in declaration order.</summary>
        private readonly CompiledDeadline[][] _stateDeadlines;

        public CompiledLifecycle(LifecycleSymbol symbol, BoundLifecycleBody body)
        {
            Symbol = symbol;
            var compiler = new ExpressionCompiler(symbol.Source);
            _start = compiler.Date(body.StartDate);
            _historySlot = symbol.HistoryField!.Index;
            _states = symbol.States.ToArray();
            _initial = StateNumber(symbol.Initial!);
            _eventTypes = ((HistoryType)symbol.HistoryField.Type).EventTypes
                .Concat(symbol.Transitions.SelectMany(t => t.AnchorEvents.Concat(t.EventType is null ? Enumerable.Empty<RecordType>() : new[] { t.EventType })))
                .Concat(symbol.Deadlines.SelectMany(d => d.AnchorEvents))
                .Concat(symbol.Ignores.SelectMany(i => i.EventTypes))
                .Distinct()
                .ToArray();
            var transitions = symbol.Transitions
                .OrderBy(t => t.Priority ?? int.MaxValue)
                .ThenBy(t => t.Order)
                .Select(t => new CompiledTransition(t, body.Transitions[t], compiler, StateNumber(t.To), Clock(t, compiler, body)))
                .ToArray();
            var deadlines = symbol.Deadlines
                .Select(d => new CompiledDeadline(d, new DeadlineClock(d.Id, compiler.Duration(body.DeadlineDurations[d]), d.Anchor, d.AnchorEvents, TypeNumbers(d.AnchorEvents))))
                .ToArray();

            var columns = _eventTypes.Length + 1;
            _onEvent = new CompiledTransition[_states.Length * columns][];
            _ignoreRules = new IgnoreRule[_states.Length * columns];
            _deadlineTransitions = new CompiledTransition[_states.Length][];
            _stateDeadlines = new CompiledDeadline[_states.Length][];
            for (var state = 0; state < _states.Length; state++)
            {
                var leaving = transitions.Where(t => t.Symbol.Leaves(_states[state])).ToArray();
                _deadlineTransitions[state] = leaving.Where(t => t.Symbol.IsDeadline).ToArray();
                _stateDeadlines[state] = deadlines.Where(d => d.Symbol.State == _states[state]).ToArray();
                for (var type = 0; type < columns; type++)
                {
                    var eventType = type < _eventTypes.Length ? _eventTypes[type] : null;
                    _onEvent[Cell(state, type)] = leaving.Where(t => !t.Symbol.IsDeadline && t.Symbol.EventType == eventType && eventType != null).ToArray();
                    _ignoreRules[Cell(state, type)] = new IgnoreRule(symbol, _states[state], eventType);
                }
            }

            ReplayBoxed = frame => Replay(frame);
        }

        public LifecycleSymbol Symbol { get; }

        /// <summary><see cref="Replay"/> as the delegate a frame memoizes, made once rather than at every read of the lifecycle.</summary>
        public Func<Frame, object?> ReplayBoxed { get; }

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

        public static CalendarDate EventDate(RecordValue @event) => (CalendarDate)@event[1]!;

        private int Cell(int state, int eventType) => state * (_eventTypes.Length + 1) + eventType;

        /// <summary>The event type's number in the tables; an event type the lifecycle does not know is the last column.</summary>
        private int TypeNumber(RecordType type)
        {
            // By reference, in a loop: this runs for every event replayed.
            for (var i = 0; i < _eventTypes.Length; i++)
            {
                if (ReferenceEquals(_eventTypes[i], type)) return i;
            }
            return _eventTypes.Length;
        }

        private int[] TypeNumbers(ImmutableArray<RecordType> types) => types.Select(TypeNumber).ToArray();

        private int StateNumber(LifecycleState state) =>
            Array.IndexOf(_states, state) is var number && number >= 0
                ? number
                : throw new InvalidOperationException($"'{state.Name}' is not a state of lifecycle '{Symbol.Name}'.");

        private DeadlineClock? Clock(LifecycleTransition transition, ExpressionCompiler compiler, BoundLifecycleBody body)
        {
            var duration = body.Transitions[transition].Duration;
            return duration is null
                ? null
                : new DeadlineClock(transition.Id, compiler.Duration(duration), transition.Anchor, transition.AnchorEvents, TypeNumbers(transition.AnchorEvents));
        }

        private (LifecycleResult Result, IReadOnlyList<ProjectedStep>? Steps) Run(Frame frame, CalendarDate? until)
        {
            var started = _start(frame);
            var history = EventsToReplay(frame, started);
            var replay = new ReplayState(this, frame, started, history);
            var outer = frame.ReplayedEvents;
            frame.ReplayedEvents = replay.Processed;
            try
            {
                foreach (var item in history.Events)
                {
                    var @event = (RecordValue)item!;
                    var date = EventDate(@event);
                    var type = TypeNumber(@event.Type);
                    replay.FireDeadlines(date);
                    replay.Process(@event, type);
                    replay.Fire(@event, type, date);
                }
                replay.FireDeadlines(frame.AsOf);
                var result = replay.Result(Notes(history, started, frame.AsOf));
                return (result, until is { } end ? replay.Project(result, end) : null);
            }
            finally
            {
                frame.ReplayedEvents = outer;
            }
        }

        /// <summary>
        /// The events dated from the start to the as-of date, in date order (same-day events in record order), and those
        /// left out. The history itself when it is in date order and nothing is left out, as it most often is: one pass
        /// to find out, and no copy.
        /// </summary>
        private ReplayedHistory EventsToReplay(Frame frame, CalendarDate started)
        {
            var all = (object?[]?)frame.Record[_historySlot] ?? Array.Empty<object?>();
            var early = 0;
            var late = 0;
            var inOrder = true;
            var previous = CalendarDate.MinValue;
            foreach (var item in all)
            {
                var date = EventDate((RecordValue)item!);
                // Before the start and after the as-of date (a lifecycle that starts after it) counts as both.
                if (date < started) early++;
                if (date > frame.AsOf) late++;
                if (date < started || date > frame.AsOf) continue;
                if (date < previous) inOrder = false;
                previous = date;
            }
            if (early == 0 && late == 0 && inOrder) return new ReplayedHistory(all, Array.Empty<RecordValue>(), 0);

            var replayed = new List<object?>(all.Length);
            var before = early == 0 ? Array.Empty<RecordValue>() : new RecordValue[early];
            var b = 0;
            foreach (var item in all)
            {
                var @event = (RecordValue)item!;
                var date = EventDate(@event);
                if (date < started) before[b++] = @event;
                if (date >= started && date <= frame.AsOf) replayed.Add(@event);
            }
            // OrderBy is stable: same-day events keep the record's order.
            var events = inOrder ? replayed.ToArray() : replayed.OrderBy(e => EventDate((RecordValue)e!)).ToArray();
            if (early > 1) before = before.OrderBy(EventDate).ToArray();
            return new ReplayedHistory(events, before, late);
        }

        /// <summary>A note for each kind of event left out of the replay.</summary>
        private static IReadOnlyList<string> Notes(ReplayedHistory history, CalendarDate started, CalendarDate asOf)
        {
            if (history.Early.Length == 0 && history.Late == 0) return Array.Empty<string>();
            var notes = new List<string>(2);
            if (history.Early.Length > 0) notes.Add($"{Count(history.Early.Length)} before the start of the lifecycle ({started}) ignored");
            if (history.Late > 0) notes.Add($"{Count(history.Late)} after the as-of date ({asOf}) not replayed");
            return notes;
        }

        private static string Count(int events) => events == 1 ? "1 event" : $"{events} events";

        /// <summary>The events a replay goes through, in date order; those dated before the start, in date order; and
        /// how many are dated after the as-of date.</summary>
        private readonly struct ReplayedHistory
        {
            public ReplayedHistory(object?[] events, RecordValue[] early, int late)
            {
                Events = events;
                Early = early;
                Late = late;
            }

            public object?[] Events { get; }
            public RecordValue[] Early { get; }
            public int Late { get; }
        }
    }
}
