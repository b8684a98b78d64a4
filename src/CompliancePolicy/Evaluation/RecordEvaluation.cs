using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Everything one evaluation of one record found: each clause's verdict and each decision's value.</summary>
    public sealed class RecordEvaluation
    {
        private readonly Frame _frame;
        private readonly DecisionResult[] _decisions;
        private readonly LifecycleOutcome[] _lifecycles;
        private ClauseResult?[]? _clauseResults;
        private IReadOnlyList<ClauseResult>? _clauses;

        internal RecordEvaluation(Policy policy, Frame frame, ParameterValues parameters)
        {
            Policy = policy;
            _frame = frame;
            Parameters = parameters;
            var program = frame.Program;
            Outcomes = new ClauseOutcome[program.Clauses.Length];
            for (var i = 0; i < Outcomes.Length; i++) Outcomes[i] = frame.GetOutcome(i);
            // Loops rather than LINQ: this runs once per record, and each Select allocated a closure and an iterator.
            var decisions = program.Decisions.Length == 0 ? Array.Empty<DecisionResult>() : new DecisionResult[program.Decisions.Length];
            for (var i = 0; i < decisions.Length; i++) decisions[i] = Decide(frame, i);
            _decisions = decisions;
            var lifecycles = program.Lifecycles.Length == 0 ? Array.Empty<LifecycleOutcome>() : new LifecycleOutcome[program.Lifecycles.Length];
            for (var i = 0; i < lifecycles.Length; i++) lifecycles[i] = Replay(frame, program.Bound.Lifecycles[i]);
            _lifecycles = lifecycles;
        }

        public Policy Policy { get; }
        public RecordValue Record => _frame.Record;
        public CalendarDate AsOf => _frame.AsOf;
        public ParameterValues Parameters { get; }

        /// <summary>Clause verdicts by clause index: cheap to read for large batches.</summary>
        internal ClauseOutcome[] Outcomes { get; }

        public IReadOnlyList<ClauseResult> Clauses => _clauses ??= ClauseResults();

        /// <summary>One clause's result, made when first asked for: a run shows only the failing clauses of most records.</summary>
        internal ClauseResult ClauseAt(int index) =>
            (_clauseResults ??= new ClauseResult?[Outcomes.Length])[index] ??= new ClauseResult(_frame, Policy.Clauses[index]);

        public IReadOnlyList<DecisionResult> Decisions => _decisions;

        /// <summary>Each lifecycle's state, timeline and pending deadlines at the as-of date.</summary>
        public IReadOnlyList<LifecycleOutcome> Lifecycles => _lifecycles;

        public bool HasErrors
        {
            get
            {
                if (Array.IndexOf(Outcomes, ClauseOutcome.Error) >= 0) return true;
                foreach (var decision in _decisions)
                {
                    if (decision.IsError) return true;
                }
                foreach (var lifecycle in _lifecycles)
                {
                    if (lifecycle.IsError) return true;
                }
                return false;
            }
        }

        /// <summary>True when the engine failed on this record (a bug, <see cref="EvaluationErrorKind.Internal"/>): its
        /// verdict cannot be trusted, and a run that meets one ends with its own exit code.</summary>
        /// <remarks>Loops rather than LINQ: a run asks this of every record.</remarks>
        public bool HasInternalErrors
        {
            get
            {
                for (var i = 0; i < Outcomes.Length; i++)
                {
                    if (Outcomes[i] == ClauseOutcome.Error && _frame.ClauseError(i)?.Kind == EvaluationErrorKind.Internal) return true;
                }
                foreach (var decision in _decisions)
                {
                    if (decision.ErrorKind == EvaluationErrorKind.Internal) return true;
                }
                foreach (var lifecycle in _lifecycles)
                {
                    if (lifecycle.ErrorKind == EvaluationErrorKind.Internal) return true;
                }
                return false;
            }
        }

        /// <summary>How many clauses of the given severity or worse failed.</summary>
        public int FailureCount(Severity atLeast)
        {
            var count = 0;
            for (var i = 0; i < Outcomes.Length; i++)
            {
                if (Outcomes[i] == ClauseOutcome.Fail && Policy.Clauses[i].Severity <= atLeast) count++;
            }
            return count;
        }

        /// <summary>Non-compliant when a clause at or above <paramref name="failOn"/> fails; else error when anything is in error.</summary>
        public RecordOutcome OutcomeAt(Severity failOn) =>
            FailureCount(failOn) > 0 ? RecordOutcome.NonCompliant : HasErrors ? RecordOutcome.Error : RecordOutcome.Compliant;

        /// <summary>The step-by-step reasoning behind one clause's verdict.</summary>
        public Explanation Explain(string clauseId)
        {
            var clause = Policy.Clauses.FirstOrDefault(c => c.Id == clauseId)
                ?? throw new ArgumentException($"Policy '{Policy.Name}' has no clause '{clauseId}'.", nameof(clauseId));
            return Explainer.Explain(_frame, clause, ClauseAt(clause.Index));
        }

        private ClauseResult[] ClauseResults()
        {
            var results = new ClauseResult[Outcomes.Length];
            for (var i = 0; i < results.Length; i++) results[i] = ClauseAt(i);
            return results;
        }

        /// <summary>A lifecycle's replay in the frame, or its error.</summary>
        internal static LifecycleOutcome Replay(Frame frame, LifecycleSymbol lifecycle)
        {
            try
            {
                return new LifecycleOutcome(lifecycle, frame.GetLifecycle(lifecycle.Index), null);
            }
            catch (EvaluationException error)
            {
                return new LifecycleOutcome(lifecycle, null, error);
            }
        }

        private static DecisionResult Decide(Frame frame, int index)
        {
            var symbol = frame.Program.Bound.Decisions[index];
            try
            {
                return new DecisionResult(symbol, frame.GetDecision(index), null);
            }
            catch (EvaluationException error)
            {
                return new DecisionResult(symbol, null, error);
            }
        }
    }
}
