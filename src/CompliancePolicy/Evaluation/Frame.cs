using System;
using System.Collections.Generic;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// The state of evaluating one record: its values, the evaluation date, the parameters, loop variables, and the
    /// lets, clause outcomes and decisions computed so far (each at most once, on first use).
    /// </summary>
    /// <remarks>
    /// A frame is allocated per record and policy, so its state lives in three arrays rather than one per kind:
    /// slots for lets, then decisions, then lifecycles (values and states), then clauses (states); outcomes and
    /// reasons of clauses side by side; error messages in a fourth array made on the first error.
    /// </remarks>
    internal sealed class Frame
    {
        private const byte Computing = 1;
        private const byte Done = 2;
        private const byte Failed = 3;

        private readonly PolicyProgram _program;
        private readonly int _firstDecision;
        private readonly int _firstLifecycle;
        private readonly int _firstClause;
        private readonly object?[] _values;
        private readonly byte[] _state;
        private readonly int[] _clauses;
        private EvaluationException?[]? _errors;

        public Frame(PolicyProgram program, RecordValue record, CalendarDate asOf, object?[] parameters)
        {
            _program = program;
            Record = record;
            AsOf = asOf;
            AsOfBoxed = asOf;
            Parameters = parameters;
            Variables = program.VariableSlots == 0 ? Array.Empty<object?>() : new object?[program.VariableSlots];
            _firstDecision = program.Lets.Length;
            _firstLifecycle = _firstDecision + program.Decisions.Length;
            _firstClause = _firstLifecycle + program.Lifecycles.Length;
            _values = _firstClause == 0 ? Array.Empty<object?>() : new object?[_firstClause];
            _state = new byte[_firstClause + program.Clauses.Length];
            _clauses = new int[2 * program.Clauses.Length];
        }

        public RecordValue Record { get; }
        public CalendarDate AsOf { get; }
        public object AsOfBoxed { get; }
        public object?[] Parameters { get; }
        public object?[] Variables { get; }
        public PolicyProgram Program => _program;

        /// <summary>While a lifecycle replays, the events replayed so far: what <c>history(E)</c> means at that point.</summary>
        public List<RecordValue>? ReplayedEvents { get; set; }

        /// <summary>Sites and their memos side by side (site, memo, site, memo...): an expression reads one or two, so a
        /// search by reference beats a dictionary made for every record.</summary>
        private object[]? _replayMemos;

        private int _replayMemoCount;

        /// <summary>
        /// State that one compiled expression (<paramref name="site"/>) keeps across the steps of a replay, so that
        /// <c>streak</c> and <c>history</c>, read on every event, look only at the events added since: a replay stays
        /// linear in the length of the history.
        /// </summary>
        public T ReplayMemo<T>(object site) where T : class, new()
        {
            for (var i = 0; i < _replayMemoCount; i += 2)
            {
                if (ReferenceEquals(_replayMemos![i], site)) return (T)_replayMemos[i + 1];
            }
            if (_replayMemos is null || _replayMemoCount == _replayMemos.Length) Array.Resize(ref _replayMemos, Math.Max(4, 2 * _replayMemoCount));
            var created = new T();
            _replayMemos[_replayMemoCount++] = site;
            _replayMemos[_replayMemoCount++] = created;
            return created;
        }

        public LifecycleResult GetLifecycle(int index) =>
            (LifecycleResult)Memoized(_firstLifecycle + index, _program.Lifecycles[index].ReplayBoxed, _program.Bound.Lifecycles[index].Name)!;

        public object? GetLet(int index) =>
            ReplayedEvents != null && _program.LetsReadHistory[index]
                ? _program.Lets[index](this)
                : Memoized(index, _program.Lets[index], _program.Bound.Lets[index].Name);

        public object? GetDecision(int index) =>
            ReplayedEvents != null && _program.DecisionsReadHistory[index]
                ? _program.Decisions[index](this)
                : Memoized(_firstDecision + index, _program.Decisions[index], _program.Bound.Decisions[index].Name);

        public ClauseOutcome GetOutcome(int index)
        {
            var outcome = (ClauseOutcome)_clauses[2 * index];
            if (outcome != ClauseOutcome.None) return outcome;
            var slot = _firstClause + index;
            if (_state[slot] == Computing)
                throw new EvaluationException(EvaluationErrorKind.CircularDependency, $"clause {_program.Clauses[index].Symbol.Id} depends on its own outcome");

            _state[slot] = Computing;
            try
            {
                outcome = _program.Clauses[index].Evaluate(this, out _clauses[2 * index + 1]);
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                outcome = ClauseOutcome.Error;
                SetError(slot, Guard.ToEvaluationError(exception));
            }
            finally
            {
                _state[slot] = 0;
            }
            _clauses[2 * index] = (int)outcome;
            return outcome;
        }

        public EvaluationException? ClauseError(int index) => Error(_firstClause + index);

        /// <summary>Why a clause did not apply: -1 when its applicability was false, else the index of the exception that held.</summary>
        public int ClauseReason(int index) => _clauses[2 * index + 1];

        private EvaluationException? Error(int slot) => _errors?[slot];

        private void SetError(int slot, EvaluationException error) => (_errors ??= new EvaluationException?[_state.Length])[slot] = error;

        private object? Memoized(int slot, Func<Frame, object?> compute, string name)
        {
            switch (_state[slot])
            {
                case Done: return _values[slot];
                case Failed: throw _errors![slot]!;
                case Computing: throw new EvaluationException(EvaluationErrorKind.CircularDependency, $"'{name}' depends on its own value");
            }

            _state[slot] = Computing;
            try
            {
                var value = compute(this);
                _values[slot] = value;
                _state[slot] = Done;
                return value;
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                var error = Guard.ToEvaluationError(exception);
                SetError(slot, error);
                _state[slot] = Failed;
                throw error;
            }
        }
    }
}
