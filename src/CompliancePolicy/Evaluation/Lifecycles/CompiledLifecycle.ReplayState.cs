using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    internal sealed partial class CompiledLifecycle
    {
        /// <summary>The mutable state of one replay.</summary>
        private sealed class ReplayState
        {
            private readonly CompiledLifecycle _lifecycle;
            private readonly Frame _frame;
            private readonly List<TimelineEntry> _timeline = new List<TimelineEntry>();

            /// <summary>Where in <see cref="Processed"/> the last event of each type is (by type number; -1 for none yet):
            /// "since last E" looks it up instead of searching back through every event replayed so far, on every event.</summary>
            private readonly int[] _lastOfType;

            private List<IgnoredEvent>? _ignored;
            private int _state;
            private CalendarDate _entered;
            private int _transitionsToday;

            public ReplayState(CompiledLifecycle lifecycle, Frame frame, CalendarDate started, ReplayedHistory history)
            {
                _lifecycle = lifecycle;
                _frame = frame;
                Started = started;
                _state = lifecycle._initial;
                _entered = started;
                _timeline.Add(new TimelineEntry(State, started, "start", null));
                _lastOfType = new int[lifecycle._eventTypes.Length + 1];
                _lastOfType.AsSpan().Fill(-1);
                Processed = new List<RecordValue>(history.Events.Length);
                foreach (var @event in history.Early)
                {
                    Ignore(new IgnoredEvent(EventDate(@event), @event.Type, null, IgnoredEventReason.BeforeStart, null,
                        ImmutableArray<LifecycleTransition>.Empty, ImmutableArray<string>.Empty));
                }
            }

            public CalendarDate Started { get; }

            /// <summary>The events replayed so far: what <c>history(E)</c> means at this point of the replay.</summary>
            public List<RecordValue> Processed { get; }

            private LifecycleState State => _lifecycle._states[_state];

            public void Process(RecordValue @event, int type)
            {
                _lastOfType[type] = Processed.Count;
                Processed.Add(@event);
            }

            /// <summary>The first transition of the state on the event whose condition holds; none is an ignored event.</summary>
            public void Fire(RecordValue @event, int type, CalendarDate date)
            {
                var cell = _lifecycle.Cell(_state, type);
                ImmutableArray<LifecycleTransition>.Builder? declined = null; // made only when a condition declines
                foreach (var transition in _lifecycle._onEvent[cell])
                {
                    if (!transition.Holds(_frame, @event))
                    {
                        (declined ??= ImmutableArray.CreateBuilder<LifecycleTransition>()).Add(transition.Symbol);
                        continue;
                    }
                    // The cause is the event's type: the timeline entry words it with its date when it is read.
                    Enter(transition, date, @event.Type);
                    return;
                }
                var rule = _lifecycle._ignoreRules[cell];
                Ignore(rule.Ignored(date, @event.Type, State, declined?.ToImmutable() ?? ImmutableArray<LifecycleTransition>.Empty));
            }

            private void Ignore(IgnoredEvent ignored) => (_ignored ??= new List<IgnoredEvent>()).Add(ignored);

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
                IEnumerable<PendingDeadline> deadlines = now.PendingDeadlines.Where(d => d.Effect == "deadline").ToList();
                while (true)
                {
                    var next = NextDeadline(until);
                    var leaves = next?.Fires;
                    var state = State;
                    steps.AddRange(deadlines.Where(d => d.Due <= until && (leaves is null || d.Due < leaves.Value)).Select(d => new ProjectedStep(state, null, d, d.Due)));
                    if (!(next is { } due)) return steps;
                    var transition = due.Transition.Symbol;
                    var deadline = new PendingDeadline(transition.Id, transition.Title, due.Fires.AddDays(-1), transition.To.Name,
                        due.MeasuredFrom, transition.Citations, isOverdue: false);
                    Fire(due);
                    steps.Add(new ProjectedStep(state, transition.To, deadline, due.Fires));
                    deadlines = StateDeadlines();
                }
            }

            /// <summary>The earliest deadline transition of the current state that fires on or before the day and whose condition holds.</summary>
            private DueTransition? NextDeadline(CalendarDate day)
            {
                DueTransition? due = null;
                foreach (var transition in _lifecycle._deadlineTransitions[_state])
                {
                    var (lastDay, measuredFrom) = LastDay(transition.Clock!);
                    // A deadline already past when the state was entered takes effect on entering it.
                    var effective = lastDay.AddDays(1) < _entered ? _entered : lastDay.AddDays(1);
                    if (effective > day || (due is { } earlier && effective >= earlier.Fires)) continue;
                    if (!transition.Holds(_frame, null)) continue;
                    due = new DueTransition(transition, effective, measuredFrom);
                }
                return due;
            }

            private void Fire(DueTransition due) => Enter(due.Transition, due.Fires, new DeadlineCause(due.MeasuredFrom));

            public LifecycleResult Result(IReadOnlyList<string> notes)
            {
                // An array of room for every deadline of the state rather than a list copied to an array: this runs for
                // every record, and the list was two more objects.
                var transitions = _lifecycle._deadlineTransitions[_state];
                var pending = new PendingDeadline[transitions.Length + _lifecycle._stateDeadlines[_state].Length];
                var count = 0;
                foreach (var transition in transitions)
                {
                    var (lastDay, measuredFrom) = LastDay(transition.Clock!);
                    if (lastDay < _frame.AsOf) continue; // its condition kept it from firing
                    var symbol = transition.Symbol;
                    pending[count++] = new PendingDeadline(symbol.Id, symbol.Title, lastDay, symbol.To.Name, measuredFrom, symbol.Citations, isOverdue: false);
                }
                count = AddStateDeadlines(pending, count);
                if (count < pending.Length) Array.Resize(ref pending, count);
                SortByDue(pending);
                return new LifecycleResult(_lifecycle.Symbol, State, _entered, Started, _timeline, pending, notes,
                    (IReadOnlyList<IgnoredEvent>?)_ignored ?? Array.Empty<IgnoredEvent>());
            }

            /// <summary>The deadlines of the current state, as measured now.</summary>
            private PendingDeadline[] StateDeadlines()
            {
                var deadlines = new PendingDeadline[_lifecycle._stateDeadlines[_state].Length];
                AddStateDeadlines(deadlines, 0);
                return deadlines;
            }

            /// <summary>Puts the deadlines of the current state, as measured now, from <paramref name="count"/> on; the new count.</summary>
            private int AddStateDeadlines(PendingDeadline[] deadlines, int count)
            {
                foreach (var deadline in _lifecycle._stateDeadlines[_state])
                {
                    var (lastDay, measuredFrom) = LastDay(deadline.Clock);
                    var symbol = deadline.Symbol;
                    deadlines[count++] = new PendingDeadline(symbol.Id, symbol.Title, lastDay, "deadline", measuredFrom, symbol.Citations, isOverdue: lastDay < _frame.AsOf);
                }
                return count;
            }

            /// <summary>Earliest first, deadlines of one day in the order found (a stable insertion sort: there are a few).</summary>
            private static void SortByDue(PendingDeadline[] sorted)
            {
                for (var i = 1; i < sorted.Length; i++)
                {
                    var item = sorted[i];
                    var j = i - 1;
                    for (; j >= 0 && sorted[j].Due > item.Due; j--) sorted[j + 1] = sorted[j];
                    sorted[j + 1] = item;
                }
            }

            /// <summary>The last event replayed so far of any of the types (by number), or null.</summary>
            private RecordValue? LastOf(int[] types)
            {
                var last = -1;
                foreach (var type in types) last = Math.Max(last, _lastOfType[type]);
                return last < 0 ? null : Processed[last];
            }

            /// <summary>Enters the transition's state on the day; <c>cause</c> is what <see cref="TimelineEntry.Cause"/> will say.</summary>
            private void Enter(CompiledTransition transition, CalendarDate date, object cause)
            {
                _transitionsToday = date == _entered ? _transitionsToday + 1 : 1;
                if (_transitionsToday > MaxTransitionsPerDay)
                    throw new EvaluationException(EvaluationErrorKind.LifecycleDoesNotSettle,
                        FormattableString.Invariant(
                            $"lifecycle '{_lifecycle.Symbol.Name}' does not settle: transition {transition.Symbol.Id} keeps firing ({MaxTransitionsPerDay:N0} transitions on {date})"));
                _timeline[_timeline.Count - 1].To = date;
                _state = transition.To;
                _timeline.Add(new TimelineEntry(State, date, cause, transition.Symbol));
                _entered = date;
            }

            /// <summary>The last day of a deadline, and what it is measured from. The day after it, when the deadline
            /// takes effect, must be in the calendar too.</summary>
            private (CalendarDate LastDay, MeasuredFrom MeasuredFrom) LastDay(DeadlineClock clock)
            {
                var length = clock.Length(_frame);
                var measuredFrom = new MeasuredFrom(length, clock.Anchor, clock.AnchorEvents,
                    clock.Anchor == AnchorKind.LastEvent ? LastOf(clock.AnchorTypes) : null, State, _entered, Started);
                if (measuredFrom.From.TryAdd(length, out var lastDay) && lastDay < CalendarDate.MaxValue) return (lastDay, measuredFrom);
                throw new EvaluationException(EvaluationErrorKind.DateOutOfRange,
                    $"the deadline of {clock.Id}, {measuredFrom}, falls outside the calendar, which runs from 0001-01-01 to 9999-12-31");
            }
        }
    }
}
