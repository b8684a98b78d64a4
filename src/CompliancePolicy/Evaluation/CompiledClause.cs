using System;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>A clause compiled to closures: applicability, requirement, exceptions, message and evidence probes.</summary>
    internal sealed class CompiledClause
    {
        private readonly Func<Frame, bool>? _appliesWhen;
        private readonly Func<Frame, bool> _requirement;
        private readonly Func<Frame, bool>[] _exceptions;
        private readonly Func<Frame, string>? _message;
        private readonly string _requirementText;
        private readonly string? _appliesText;
        private readonly string[] _exceptionTexts;

        public CompiledClause(ClauseSymbol symbol, BoundClauseBody body)
        {
            Symbol = symbol;
            Body = body;
            var compiler = new ExpressionCompiler(symbol.Source);
            _appliesWhen = body.AppliesWhen is null ? null : compiler.Bool(body.AppliesWhen);
            _requirement = compiler.Bool(body.Requirement);
            _exceptions = body.Exceptions.Select(compiler.Bool).ToArray();
            _message = body.Message is null ? null : compiler.CompileInterpolation(body.Message);
            _requirementText = compiler.TextOf(body.Requirement);
            _appliesText = body.AppliesWhen is null ? null : compiler.TextOf(body.AppliesWhen);
            _exceptionTexts = body.Exceptions.Select(compiler.TextOf).ToArray();
            Probes = EvidenceProbe.Collect(body, new ExpressionCompiler(symbol.Source, outOfFlow: true));
        }

        public ClauseSymbol Symbol { get; }

        /// <summary>The bound conditions, for explanations.</summary>
        public BoundClauseBody Body { get; }
        public ImmutableArray<EvidenceProbe> Probes { get; }

        /// <summary>Applicability, then the requirement; exceptions are looked at only when the requirement fails.</summary>
        public ClauseOutcome Evaluate(Frame frame, out int reason)
        {
            reason = -1;
            if (_appliesWhen != null && !_appliesWhen(frame)) return ClauseOutcome.NotApplicable;
            if (_requirement(frame)) return ClauseOutcome.Pass;
            for (var i = 0; i < _exceptions.Length; i++)
            {
                if (!_exceptions[i](frame)) continue;
                reason = i;
                return ClauseOutcome.NotApplicable;
            }
            return ClauseOutcome.Fail;
        }

        public string Describe(Frame frame, ClauseOutcome outcome, int reason, EvaluationException? error)
        {
            switch (outcome)
            {
                case ClauseOutcome.Error:
                    return error?.Message ?? Guard.InternalErrorMessage;
                case ClauseOutcome.NotApplicable:
                    return reason < 0 ? $"does not apply: {_appliesText} is false" : $"exempt: unless {_exceptionTexts[reason]}";
                default:
                    if (_message != null)
                    {
                        try
                        {
                            return _message(frame);
                        }
                        catch (Exception exception) when (Guard.IsRecoverable(exception))
                        {
                            return $"{Default(outcome)} (the message could not be built: {Guard.ToEvaluationError(exception).Message})";
                        }
                    }
                    return Default(outcome);
            }
        }

        private string Default(ClauseOutcome outcome) => (outcome == ClauseOutcome.Pass ? "met: " : "not met: ") + _requirementText;
    }
}
