using System;
using System.Collections.Generic;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// The state of evaluating one record: its values, the evaluation date, the parameters, loop variables, and the
    /// lets, clause outcomes and decisions computed so far (each at most once, on first use).
    /// </summary>
    internal sealed class Frame
    {
        private const byte Computing = 1;
        private const byte Done = 2;
        private const byte Failed = 3;

        private readonly PolicyProgram _program;
        private readonly object?[] _lets;
        private readonly byte[] _letState;
        private readonly string?[] _letErrors;
        private readonly ClauseOutcome[] _outcomes;
        private readonly bool[] _clauseComputing;
        private readonly string?[] _clauseErrors;
        private readonly int[] _clauseReasons;
        private readonly object?[] _decisions;
        private readonly byte[] _decisionState;
        private readonly string?[] _decisionErrors;
        private readonly object?[] _lifecycles;
        private readonly byte[] _lifecycleState;
        private readonly string?[] _lifecycleErrors;

        public Frame(PolicyProgram program, RecordValue record, CalendarDate asOf, object?[] parameters)
        {
            _program = program;
            Record = record;
            AsOf = asOf;
            AsOfBoxed = asOf;
            Parameters = parameters;
            Variables = program.VariableSlots == 0 ? Array.Empty<object?>() : new object?[program.VariableSlots];
            _lets = new object?[program.Lets.Length];
            _letState = new byte[program.Lets.Length];
            _letErrors = new string?[program.Lets.Length];
            _outcomes = new ClauseOutcome[program.Clauses.Length];
            _clauseComputing = new bool[program.Clauses.Length];
            _clauseErrors = new string?[program.Clauses.Length];
            _clauseReasons = new int[program.Clauses.Length];
            _decisions = new object?[program.Decisions.Length];
            _decisionState = new byte[program.Decisions.Length];
            _decisionErrors = new string?[program.Decisions.Length];
            _lifecycles = new object?[program.Lifecycles.Length];
            _lifecycleState = new byte[program.Lifecycles.Length];
            _lifecycleErrors = new string?[program.Lifecycles.Length];
        }

        public RecordValue Record { get; }
        public CalendarDate AsOf { get; }
        public object AsOfBoxed { get; }
        public object?[] Parameters { get; }
        public object?[] Variables { get; }
        public PolicyProgram Program => _program;

        /// <summary>While a lifecycle replays, the events replayed so far: what <c>history(E)</c> means at that point.</summary>
        public List<RecordValue>? ReplayedEvents { get; set; }

        public LifecycleResult GetLifecycle(int index) =>
            (LifecycleResult)Memoized(index, _lifecycles, _lifecycleState, _lifecycleErrors, f => f._program.Lifecycles[index].Replay(f), _program.Bound.Lifecycles[index].Name)!;

        /// <summary>The lifecycle's error message, after <see cref="GetLifecycle"/> threw.</summary>
        public string? LifecycleError(int index) => _lifecycleErrors[index];

        public object? GetLet(int index) =>
            ReplayedEvents != null && _program.LetsReadHistory[index]
                ? _program.Lets[index](this)
                : Memoized(index, _lets, _letState, _letErrors, _program.Lets[index], _program.Bound.Lets[index].Name);

        public object? GetDecision(int index) =>
            ReplayedEvents != null && _program.DecisionsReadHistory[index]
                ? _program.Decisions[index](this)
                : Memoized(index, _decisions, _decisionState, _decisionErrors, _program.Decisions[index], _program.Bound.Decisions[index].Name);

        /// <summary>The decision's error message, after <see cref="GetDecision"/> threw.</summary>
        public string? DecisionError(int index) => _decisionErrors[index];

        public ClauseOutcome GetOutcome(int index)
        {
            var outcome = _outcomes[index];
            if (outcome != ClauseOutcome.None) return outcome;
            if (_clauseComputing[index])
                throw new EvaluationException($"clause {_program.Clauses[index].Symbol.Id} depends on its own outcome");

            _clauseComputing[index] = true;
            try
            {
                outcome = _program.Clauses[index].Evaluate(this, out _clauseReasons[index]);
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                outcome = ClauseOutcome.Error;
                _clauseErrors[index] = Guard.Describe(exception);
            }
            finally
            {
                _clauseComputing[index] = false;
            }
            _outcomes[index] = outcome;
            return outcome;
        }

        public string? ClauseError(int index) => _clauseErrors[index];

        /// <summary>Why a clause did not apply: -1 when its applicability was false, else the index of the exception that held.</summary>
        public int ClauseReason(int index) => _clauseReasons[index];

        private object? Memoized(int index, object?[] values, byte[] state, string?[] errors, Func<Frame, object?> compute, string name)
        {
            switch (state[index])
            {
                case Done: return values[index];
                case Failed: throw new EvaluationException(errors[index]!);
                case Computing: throw new EvaluationException($"'{name}' depends on its own value");
            }

            state[index] = Computing;
            try
            {
                values[index] = compute(this);
                state[index] = Done;
                return values[index];
            }
            catch (Exception exception) when (Guard.IsRecoverable(exception))
            {
                errors[index] = Guard.Describe(exception);
                state[index] = Failed;
                throw new EvaluationException(errors[index]!);
            }
        }
    }
}
