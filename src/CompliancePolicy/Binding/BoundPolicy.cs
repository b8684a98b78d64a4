using System.Collections.Immutable;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// A policy with every declaration bound and type-checked, ready to compile for evaluation: the symbols, and beside
    /// them what each one computes (as Minsk's BoundProgram keeps function bodies beside function symbols).
    /// </summary>
    internal sealed class BoundPolicy
    {
        public BoundPolicy(
            string title,
            string? version,
            ImmutableArray<string> sources,
            ImmutableArray<string> files,
            RecordType? schema,
            BoundDeclarations declarations,
            ImmutableDictionary<ParameterSymbol, DurationUnits> orderedDurations,
            int variableSlots,
            bool hasErrors)
        {
            Title = title;
            Version = version;
            Sources = sources;
            Files = files;
            Schema = schema;
            Declarations = declarations;
            OrderedDurations = orderedDurations;
            VariableSlots = variableSlots;
            HasErrors = hasErrors;
        }

        public string Title { get; }
        public string? Version { get; }
        public ImmutableArray<string> Sources { get; }
        public ImmutableArray<string> Files { get; }
        public RecordType? Schema { get; }
        private BoundDeclarations Declarations { get; }
        public ImmutableArray<ParameterSymbol> Parameters => Declarations.Parameters;
        public ImmutableArray<LetSymbol> Lets => Declarations.Lets;
        public ImmutableArray<LookupSymbol> Lookups => Declarations.Lookups;
        public ImmutableArray<ClauseSymbol> Clauses => Declarations.Clauses;
        public ImmutableArray<DecisionSymbol> Decisions => Declarations.Decisions;
        public ImmutableArray<LifecycleSymbol> Lifecycles => Declarations.Lifecycles;

        /// <summary>Each parameter's default: a constant expression.</summary>
        public ImmutableDictionary<ParameterSymbol, BoundExpression> Defaults => Declarations.Defaults;

        /// <summary>What each let and decision computes.</summary>
        public ImmutableDictionary<ValueSymbol, BoundExpression> Values => Declarations.Values;

        public ImmutableDictionary<LookupSymbol, BoundLookupBody> LookupBodies => Declarations.LookupBodies;
        public ImmutableDictionary<ClauseSymbol, BoundClauseBody> ClauseBodies => Declarations.ClauseBodies;
        public ImmutableDictionary<LifecycleSymbol, BoundLifecycleBody> LifecycleBodies => Declarations.LifecycleBodies;

        /// <summary>The duration parameters the policy orders, each with the one unit its orderings rely on.</summary>
        public ImmutableDictionary<ParameterSymbol, DurationUnits> OrderedDurations { get; }

        /// <summary>
        /// Why an override cannot be used although it parses, or null: a duration parameter the policy orders against
        /// durations of one unit must keep that unit, or a comparison the binder allowed would have no order.
        /// </summary>
        public string? RefusedOverride(ParameterSymbol parameter, object? value)
        {
            if (!(value is Values.Duration duration) || !OrderedDurations.TryGetValue(parameter, out var units)) return null;
            if ((DurationUnitsFacts.Of(duration) & ~units) == DurationUnits.None) return null;
            return $"the policy orders it with durations in {units.Spelling()}, so give it in {units.Spelling()} too (a month has no fixed number of days)";
        }

        public int VariableSlots { get; }
        public bool HasErrors { get; }
    }
}
