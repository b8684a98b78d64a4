using System.Collections.Generic;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>The verdict of one clause for one record, with its message and the evidence that decided it.</summary>
    public sealed class ClauseResult
    {
        private readonly Frame _frame;
        private string? _message;
        private IReadOnlyList<Evidence>? _evidence;
        private Remediation.ClauseRemediation? _remediation;

        internal ClauseResult(Frame frame, ClauseSymbol clause)
        {
            _frame = frame;
            Clause = clause;
            Outcome = frame.GetOutcome(clause.Index);
        }

        public ClauseSymbol Clause { get; }
        public ClauseOutcome Outcome { get; }

        /// <summary>Why the clause could not be evaluated, when <see cref="Outcome"/> is <see cref="ClauseOutcome.Error"/>.</summary>
        public EvaluationErrorKind? ErrorKind => Outcome == ClauseOutcome.Error ? _frame.ClauseError(Clause.Index)?.Kind ?? EvaluationErrorKind.Internal : (EvaluationErrorKind?)null;

        /// <summary>The clause's own message with its values filled in, or why it did not apply, or the error.</summary>
        public string Message => _message ??= Compiled.Describe(_frame, Outcome, _frame.ClauseReason(Clause.Index), _frame.ClauseError(Clause.Index));

        /// <summary>The values the clause's conditions read, computed when first asked for.</summary>
        public IReadOnlyList<Evidence> Evidence => _evidence ??= Probe();

        /// <summary>What would make a failing clause pass, and when time alone changes the verdict; computed when first asked for.</summary>
        public Remediation.ClauseRemediation Remediation => _remediation ??= new Remediation.ClauseRemediation(_frame, Clause, Outcome);

        private CompiledClause Compiled => _frame.Program.Clauses[Clause.Index];

        // A loop rather than LINQ: a report asks this of every failing clause, and Select made a closure and an iterator.
        private Evidence[] Probe()
        {
            var probes = Compiled.Probes;
            if (probes.IsEmpty) return System.Array.Empty<Evidence>();
            var evidence = new Evidence[probes.Length];
            for (var i = 0; i < evidence.Length; i++) evidence[i] = Evaluation.Evidence.Probe(probes[i], _frame);
            return evidence;
        }
    }

    /// <summary>One value that a clause read: the expression as written, and its value for this record.</summary>
    public sealed class Evidence
    {
        private Evidence(string expression, string value, bool isError)
        {
            Expression = expression;
            Value = value;
            IsError = isError;
        }

        public string Expression { get; }
        public string Value { get; }
        public bool IsError { get; }

        internal static Evidence Probe(EvidenceProbe probe, Frame frame)
        {
            try
            {
                return new Evidence(probe.Expression, ValueFormatter.Format(probe.Value(frame)), false);
            }
            catch (System.Exception exception) when (Guard.IsRecoverable(exception))
            {
                return new Evidence(probe.Expression, "error: " + Guard.ToEvaluationError(exception).Message, true);
            }
        }

        public override string ToString() => $"{Expression} = {Value}";
    }
}
