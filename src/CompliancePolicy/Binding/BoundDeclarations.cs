using System.Collections.Generic;
using System.Collections.Immutable;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>The symbols of one policy's declarations, in declaration order, and what each of them computes.</summary>
    internal sealed class BoundDeclarations
    {
        public BoundDeclarations(
            ImmutableArray<ParameterSymbol> parameters,
            ImmutableArray<LetSymbol> lets,
            ImmutableArray<LookupSymbol> lookups,
            ImmutableArray<ClauseSymbol> clauses,
            ImmutableArray<DecisionSymbol> decisions,
            ImmutableArray<LifecycleSymbol> lifecycles,
            ImmutableDictionary<ParameterSymbol, BoundExpression> defaults,
            ImmutableDictionary<ValueSymbol, BoundExpression> values,
            ImmutableDictionary<LookupSymbol, BoundLookupBody> lookupBodies,
            ImmutableDictionary<ClauseSymbol, BoundClauseBody> clauseBodies,
            ImmutableDictionary<LifecycleSymbol, BoundLifecycleBody> lifecycleBodies)
        {
            Parameters = parameters;
            Lets = lets;
            Lookups = lookups;
            Clauses = clauses;
            Decisions = decisions;
            Lifecycles = lifecycles;
            Defaults = defaults;
            Values = values;
            LookupBodies = lookupBodies;
            ClauseBodies = clauseBodies;
            LifecycleBodies = lifecycleBodies;
        }

        public ImmutableArray<ParameterSymbol> Parameters { get; }
        public ImmutableArray<LetSymbol> Lets { get; }
        public ImmutableArray<LookupSymbol> Lookups { get; }
        public ImmutableArray<ClauseSymbol> Clauses { get; }
        public ImmutableArray<DecisionSymbol> Decisions { get; }
        public ImmutableArray<LifecycleSymbol> Lifecycles { get; }
        public ImmutableDictionary<ParameterSymbol, BoundExpression> Defaults { get; }
        public ImmutableDictionary<ValueSymbol, BoundExpression> Values { get; }
        public ImmutableDictionary<LookupSymbol, BoundLookupBody> LookupBodies { get; }
        public ImmutableDictionary<ClauseSymbol, BoundClauseBody> ClauseBodies { get; }
        public ImmutableDictionary<LifecycleSymbol, BoundLifecycleBody> LifecycleBodies { get; }

        /// <summary>
        /// Every bound expression of the policy that is not part of another, with the declaration it belongs to, in
        /// declaration order: defaults, lookup arms, lets, lifecycles, clauses, decisions.
        /// </summary>
        public IEnumerable<(DeclarationSymbol Owner, BoundExpression Root)> Roots()
        {
            foreach (var parameter in Parameters)
                yield return (parameter, Defaults[parameter]);
            foreach (var lookup in Lookups)
            {
                foreach (var arm in LookupBodies[lookup].Arms)
                {
                    foreach (var part in Parts(arm.Result)) yield return (lookup, part);
                }
                if (LookupBodies[lookup].Otherwise is { } otherwise)
                {
                    foreach (var part in Parts(otherwise)) yield return (lookup, part);
                }
            }
            foreach (var let in Lets)
                yield return (let, Values[let]);
            foreach (var lifecycle in Lifecycles)
            {
                var body = LifecycleBodies[lifecycle];
                yield return (lifecycle, body.StartDate);
                foreach (var transition in lifecycle.Transitions)
                {
                    var transitionBody = body.Transitions[transition];
                    if (transitionBody.Duration != null) yield return (lifecycle, transitionBody.Duration);
                    if (transitionBody.Condition != null) yield return (lifecycle, transitionBody.Condition);
                }
                foreach (var deadline in lifecycle.Deadlines)
                    yield return (lifecycle, body.DeadlineDurations[deadline]);
            }
            foreach (var clause in Clauses)
            {
                var body = ClauseBodies[clause];
                if (body.AppliesWhen != null) yield return (clause, body.AppliesWhen);
                yield return (clause, body.Requirement);
                foreach (var exception in body.Exceptions) yield return (clause, exception);
                if (body.Message != null) yield return (clause, body.Message);
            }
            foreach (var decision in Decisions)
                yield return (decision, Values[decision]);
        }

        private static IEnumerable<BoundExpression> Parts(BoundArmResult arm)
        {
            if (arm.Value != null) yield return arm.Value;
            if (arm.Error != null) yield return arm.Error;
        }
    }
}
