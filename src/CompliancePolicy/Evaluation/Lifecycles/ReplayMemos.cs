using System.Collections.Generic;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>The events replayed so far only grow during a replay: a memo that saw the first n needs to look at
    /// the rest only. A new list is a new replay.</summary>
    internal abstract class ReplayMemo
    {
        private List<RecordValue>? _events;

        protected int Seen { get; private set; }

        /// <summary>Feeds the events not seen yet to <see cref="See"/>, after a <see cref="Reset"/> when the list is new.</summary>
        protected void CatchUp(List<RecordValue> events)
        {
            if (!ReferenceEquals(events, _events) || events.Count < Seen)
            {
                _events = events;
                Seen = 0;
                Reset();
            }
            for (; Seen < events.Count; Seen++) See(events[Seen]);
        }

        protected abstract void Reset();

        protected abstract void See(RecordValue @event);
    }

    internal sealed class StreakMemo : ReplayMemo
    {
        private RecordType? _counted;
        private RecordType? _reset;
        private int _count;

        public static int Step(int count, RecordValue @event, RecordType counted, RecordType reset) =>
            @event.Type == reset ? 0 : @event.Type == counted ? count + 1 : count;

        public int Update(List<RecordValue> events, RecordType counted, RecordType reset)
        {
            (_counted, _reset) = (counted, reset);
            CatchUp(events);
            return _count;
        }

        protected override void Reset() => _count = 0;

        protected override void See(RecordValue @event) => _count = Step(_count, @event, _counted!, _reset!);
    }

    internal sealed class HistoryMemo : ReplayMemo
    {
        private readonly List<object?> _matches = new List<object?>();
        private RecordType? _type;
        private object?[]? _array;

        /// <summary>The events of the type so far; the same array while no new one has come.</summary>
        public object?[] Update(List<RecordValue> events, RecordType type)
        {
            _type = type;
            CatchUp(events);
            return _array ??= _matches.ToArray();
        }

        protected override void Reset()
        {
            _matches.Clear();
            _array = null;
        }

        protected override void See(RecordValue @event)
        {
            if (@event.Type != _type) return;
            _matches.Add(@event);
            _array = null;
        }
    }

    /// <summary>A running count or sum over the events of one type replayed so far (see ExpressionCompiler.HistoryTotal).</summary>
    internal sealed class TotalMemo : ReplayMemo
    {
        private Frame? _frame;
        private Step? _step;
        private decimal _total;

        public decimal Update(Frame frame, List<RecordValue> events, Step step)
        {
            (_frame, _step) = (frame, step);
            CatchUp(events);
            return _total;
        }

        protected override void Reset() => _total = 0;

        protected override void See(RecordValue @event)
        {
            var step = _step!;
            if (@event.Type != step.EventType) return;
            if (step.Slot >= 0) _frame!.Variables[step.Slot] = @event;
            if (step.Condition != null && !step.Condition(_frame!)) return;
            try
            {
                _total += step.Value?.Invoke(_frame!) ?? 1;
            }
            catch (System.OverflowException)
            {
                throw new EvaluationException(EvaluationErrorKind.ArithmeticOverflow, $"'{step.Text}' is too large to compute: " + Numbers.Limit);
            }
        }

        /// <summary>What one event adds: its type, the loop variable's slot (or -1), the filter and the value (or 1).</summary>
        internal sealed class Step
        {
            public Step(RecordType eventType, int slot, System.Func<Frame, bool>? condition, System.Func<Frame, decimal>? value, string text)
            {
                EventType = eventType;
                Slot = slot;
                Condition = condition;
                Value = value;
                Text = text;
            }

            public RecordType EventType { get; }
            public int Slot { get; }
            public System.Func<Frame, bool>? Condition { get; }
            public System.Func<Frame, decimal>? Value { get; }
            public string Text { get; }
        }
    }
}
