using System.Collections.Immutable;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>A band table's or tiers' key variable and arms, in the order they are tried.</summary>
    internal sealed class BoundLookupBody
    {
        public BoundLookupBody(VariableSymbol key, ImmutableArray<BoundLookupArm> arms, BoundArmResult? otherwise)
        {
            Key = key;
            Arms = arms;
            Otherwise = otherwise;
        }

        public VariableSymbol Key { get; }
        public ImmutableArray<BoundLookupArm> Arms { get; }

        /// <summary>What values outside every arm yield; null only in a policy with errors (CP1109).</summary>
        public BoundArmResult? Otherwise { get; }
    }

    /// <summary>What a band, tier or otherwise yields: a value or an error message.</summary>
    internal sealed class BoundArmResult
    {
        public BoundArmResult(BoundExpression? value, BoundInterpolatedString? error)
        {
            Value = value;
            Error = error;
        }

        public BoundExpression? Value { get; }
        public BoundInterpolatedString? Error { get; }
    }

    /// <summary>A band (low..high, either open) or a tier (low = threshold, high open).</summary>
    internal sealed class BoundLookupArm
    {
        public BoundLookupArm(decimal? low, decimal? high, BoundArmResult result)
        {
            Low = low;
            High = high;
            Result = result;
        }

        public decimal? Low { get; }
        public decimal? High { get; }
        public BoundArmResult Result { get; }

        public bool Contains(decimal key) => (Low is null || key >= Low) && (High is null || key <= High);
    }


    /// <summary>A clause's conditions and message, each bound against the policy.</summary>
    internal sealed class BoundClauseBody
    {
        public BoundClauseBody(BoundExpression? appliesWhen, BoundExpression requirement, ImmutableArray<BoundExpression> exceptions, BoundInterpolatedString? message)
        {
            AppliesWhen = appliesWhen;
            Requirement = requirement;
            Exceptions = exceptions;
            Message = message;
        }

        public BoundExpression? AppliesWhen { get; }
        public BoundExpression Requirement { get; }
        public ImmutableArray<BoundExpression> Exceptions { get; }
        public BoundInterpolatedString? Message { get; }
    }

    /// <summary>What a lifecycle computes: its start date, and the durations and conditions of its transitions and deadlines.</summary>
    internal sealed class BoundLifecycleBody
    {
        public BoundLifecycleBody(
            BoundExpression startDate,
            ImmutableDictionary<LifecycleTransition, BoundTransitionBody> transitions,
            ImmutableDictionary<LifecycleDeadline, BoundExpression> deadlineDurations)
        {
            StartDate = startDate;
            Transitions = transitions;
            DeadlineDurations = deadlineDurations;
        }

        public BoundExpression StartDate { get; }
        public ImmutableDictionary<LifecycleTransition, BoundTransitionBody> Transitions { get; }
        public ImmutableDictionary<LifecycleDeadline, BoundExpression> DeadlineDurations { get; }
    }

    /// <summary>A transition's deadline length (null for an event trigger), its condition, and the <c>event</c> variable the condition may read.</summary>
    internal sealed class BoundTransitionBody
    {
        public BoundTransitionBody(BoundExpression? duration, BoundExpression? condition, VariableSymbol? eventVariable)
        {
            Duration = duration;
            Condition = condition;
            EventVariable = eventVariable;
        }

        public BoundExpression? Duration { get; }
        public BoundExpression? Condition { get; }
        public VariableSymbol? EventVariable { get; }
    }
}
