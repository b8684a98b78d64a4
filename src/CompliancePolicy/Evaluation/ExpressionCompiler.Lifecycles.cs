using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Evaluation.Lifecycles;
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
            return f => EventsSoFar(f, slot).Where(e => e.Type == eventType).Cast<object?>().ToArray();
        }

        private static Func<Frame, decimal> CompileStreak(BoundStreak streak)
        {
            var slot = streak.HistoryField.Index;
            var (counted, reset) = (streak.EventType, streak.ResetType);
            return f =>
            {
                var count = 0;
                foreach (var @event in EventsSoFar(f, slot))
                {
                    if (@event.Type == reset) count = 0;
                    else if (@event.Type == counted) count++;
                }
                return count;
            };
        }

        /// <summary>During a replay, the events replayed so far; otherwise the record's events up to the as-of date, in date order.</summary>
        private static IEnumerable<RecordValue> EventsSoFar(Frame frame, int historySlot)
        {
            if (frame.ReplayedEvents != null) return frame.ReplayedEvents;
            var all = (object?[]?)frame.Record[historySlot] ?? Array.Empty<object?>();
            return all.Cast<RecordValue>()
                .Where(e => CompiledLifecycle.EventDate(e) <= frame.AsOf)
                .OrderBy(CompiledLifecycle.EventDate);
        }
    }
}
