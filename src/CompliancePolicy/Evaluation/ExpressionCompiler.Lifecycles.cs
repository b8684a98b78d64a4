using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    internal sealed partial class ExpressionCompiler
    {
        private static Func<Frame, object?> CompileLifecycleValue(BoundLifecycleValue value)
        {
            var index = value.Lifecycle.Index;
            switch (value.Kind)
            {
                case LifecycleValueKind.State: return f => f.GetLifecycle(index).State.Value;
                case LifecycleValueKind.Since: return f => f.GetLifecycle(index).Since;
                default: return f => f.GetLifecycle(index).Started;
            }
        }

        private static Func<Frame, object> CompileHistory(BoundHistory history)
        {
            var slot = history.HistoryField.Index;
            var eventType = history.EventType;
            var site = new object();
            return f =>
            {
                if (f.ReplayedEvents is { } replayed) return f.ReplayMemo<HistoryMemo>(site).Update(replayed, eventType);
                return EventsUpToAsOf(f, slot).Where(e => e.Type == eventType).Cast<object?>().ToArray();
            };
        }

        private static Func<Frame, decimal> CompileStreak(BoundStreak streak)
        {
            var slot = streak.HistoryField.Index;
            var (counted, reset) = (streak.EventType, streak.ResetType);
            var site = new object();
            return f =>
            {
                if (f.ReplayedEvents is { } replayed) return f.ReplayMemo<StreakMemo>(site).Update(replayed, counted, reset);
                var count = 0;
                foreach (var @event in EventsUpToAsOf(f, slot)) count = StreakMemo.Step(count, @event, counted, reset);
                return count;
            };
        }

        /// <summary>
        /// <c>count(history(E))</c>, <c>count</c> or <c>sum</c> of <c>[v for x in history(E) where c]</c>, and
        /// <c>count x in history(E) where c</c>, when <c>v</c> and <c>c</c> read nothing but <c>x</c> and values fixed for
        /// the record: during a replay they are running totals, each event added once, so that a transition condition
        /// that reads one on every event (the sample's cumulative delay) stays linear in the length of the history. Null
        /// for any other shape, which is then computed afresh each time. <paramref name="whole"/> computes it outside a replay.
        /// </summary>
        private Func<Frame, decimal>? HistoryTotal(BoundExpression enclosing, BoundExpression collection, VariableSymbol? variable,
            BoundExpression? condition, BoundExpression? value, Func<Frame, decimal> whole)
        {
            if (!(collection is BoundHistory history) || BoundTree.HasFreeVariable(enclosing)) return null;
            if (!ReadsOnlyFixedValues(condition) || !ReadsOnlyFixedValues(value)) return null;
            var step = new TotalMemo.Step(history.EventType, variable?.Slot ?? -1,
                condition is null ? null : Bool(condition), value is null ? null : Number(value), TextOf(enclosing));
            var site = new object();
            return f => f.ReplayedEvents is { } replayed ? f.ReplayMemo<TotalMemo>(site).Update(f, replayed, step) : whole(f);
        }

        /// <summary>True when an expression reads nothing that changes while a lifecycle replays: no history, streak,
        /// lifecycle, lookup, clause outcome, let or decision (which may read any of those), only the loop variable,
        /// record fields, parameters and constants.</summary>
        private static bool ReadsOnlyFixedValues(BoundExpression? expression)
        {
            if (expression is null) return true;
            var pending = new Stack<BoundExpression>();
            pending.Push(expression);
            while (pending.Count > 0)
            {
                switch (pending.Pop())
                {
                    case BoundHistory _:
                    case BoundStreak _:
                    case BoundLifecycleValue _:
                    case BoundLookup _:
                    case BoundClauseOutcome _:
                    case BoundFailureCount _:
                    case BoundValueReference reference when !(reference.Symbol is ParameterSymbol):
                        return false;
                    case var node:
                        foreach (var child in BoundTree.Children(node)) pending.Push(child);
                        break;
                }
            }
            return true;
        }

        /// <summary>The record's events up to the as-of date, in date order (during a replay, the replay's own list is read instead).</summary>
        private static IEnumerable<RecordValue> EventsUpToAsOf(Frame frame, int historySlot)
        {
            var all = (object?[]?)frame.Record[historySlot] ?? Array.Empty<object?>();
            return all.Cast<RecordValue>()
                .Where(e => CompiledLifecycle.EventDate(e) <= frame.AsOf)
                .OrderBy(CompiledLifecycle.EventDate);
        }
    }
}
