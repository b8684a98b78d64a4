using System;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    internal sealed partial class CompiledLifecycle
    {
        private sealed class CompiledTransition
        {
            private readonly Func<Frame, bool>? _condition;
            private readonly int _eventSlot;

            public CompiledTransition(LifecycleTransition symbol, BoundTransitionBody body, ExpressionCompiler compiler, int to, DeadlineClock? clock)
            {
                Symbol = symbol;
                To = to;
                Clock = clock;
                _condition = body.Condition is null ? null : compiler.Bool(body.Condition);
                _eventSlot = body.EventVariable?.Slot ?? -1;
            }

            public LifecycleTransition Symbol { get; }

            /// <summary>The number of the state it enters.</summary>
            public int To { get; }

            /// <summary>When a deadline transition fires; null for a transition on an event.</summary>
            public DeadlineClock? Clock { get; }

            public bool Holds(Frame frame, RecordValue? @event)
            {
                if (_condition is null) return true;
                if (_eventSlot >= 0) frame.Variables[_eventSlot] = @event;
                return _condition(frame);
            }
        }

        private sealed class CompiledDeadline
        {
            public CompiledDeadline(LifecycleDeadline symbol, DeadlineClock clock)
            {
                Symbol = symbol;
                Clock = clock;
            }

            public LifecycleDeadline Symbol { get; }
            public DeadlineClock Clock { get; }
        }

        /// <summary>How the last day of a deadline (or deadline transition) is measured: its length, and from the start,
        /// from entering the state, or from the last event of some types (by type number too, for the replay).</summary>
        private sealed class DeadlineClock
        {
            public DeadlineClock(string id, Func<Frame, Duration> length, AnchorKind anchor, ImmutableArray<RecordType> anchorEvents, int[] anchorTypes)
            {
                Id = id;
                Length = length;
                Anchor = anchor;
                AnchorEvents = anchorEvents;
                AnchorTypes = anchorTypes;
            }

            public string Id { get; }
            public Func<Frame, Duration> Length { get; }
            public AnchorKind Anchor { get; }
            public ImmutableArray<RecordType> AnchorEvents { get; }
            public int[] AnchorTypes { get; }
        }

        /// <summary>
        /// Why an event of one type that meets one state and fires no transition is ignored, worked out once per lifecycle:
        /// the state is final, an <c>ignore</c> declaration says so, it restarts deadlines measured since the last such
        /// event, or nothing takes it; unless transitions take it but their conditions declined.
        /// </summary>
        private sealed class IgnoreRule
        {
            private readonly IgnoredEventReason _reason;
            private readonly LifecycleIgnore? _declaration;
            private readonly ImmutableArray<string> _restarts;

            // eventType: null for an event type the lifecycle does not know; nothing declares or restarts anything for it.
            public IgnoreRule(LifecycleSymbol lifecycle, LifecycleState state, RecordType? eventType)
            {
                var declaration = eventType is null ? null : lifecycle.IgnoreOf(state, eventType);
                _restarts = eventType is null
                    ? ImmutableArray<string>.Empty
                    : lifecycle.Transitions.Where(t => t.IsDeadline && t.Leaves(state) && t.AnchorEvents.Contains(eventType)).Select(t => t.Id)
                        .Concat(lifecycle.Deadlines.Where(d => d.State == state && d.AnchorEvents.Contains(eventType)).Select(d => d.Id))
                        .ToImmutableArray();
                _reason = state.IsFinal ? IgnoredEventReason.FinalState
                    : declaration != null ? IgnoredEventReason.Declared
                    : !_restarts.IsEmpty ? IgnoredEventReason.RestartsDeadlines
                    : IgnoredEventReason.NoTransition;
                _declaration = _reason == IgnoredEventReason.Declared ? declaration : null;
            }

            /// <summary>The event as ignored; <paramref name="declined"/>: the transitions whose condition did not hold.</summary>
            public IgnoredEvent Ignored(CalendarDate date, RecordType eventType, LifecycleState state, ImmutableArray<LifecycleTransition> declined) =>
                declined.IsEmpty
                    ? new IgnoredEvent(date, eventType, state, _reason, _declaration, declined, _restarts)
                    : new IgnoredEvent(date, eventType, state, IgnoredEventReason.ConditionFalse, null, declined, _restarts);
        }

        /// <summary>A deadline transition that will fire: on which day, and how its last day was measured.</summary>
        private readonly struct DueTransition
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

        /// <summary>"deadline: 90 days since last AuditFailed (2026-03-01) passed", written when read (<see cref="DeferredText"/>).</summary>
        private readonly struct DeadlineCause
        {
            private readonly MeasuredFrom _measuredFrom;

            public DeadlineCause(MeasuredFrom measuredFrom) => _measuredFrom = measuredFrom;

            public override string ToString() => $"deadline: {_measuredFrom} passed";
        }
    }
}
