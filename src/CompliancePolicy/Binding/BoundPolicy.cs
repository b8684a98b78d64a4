using System.Collections.Immutable;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>A policy with every declaration bound and type-checked, ready to compile for evaluation.</summary>
    internal sealed class BoundPolicy
    {
        public BoundPolicy(
            string title,
            string? version,
            ImmutableArray<string> sources,
            ImmutableArray<string> files,
            RecordType? schema,
            ImmutableArray<ParameterSymbol> parameters,
            ImmutableArray<LetSymbol> lets,
            ImmutableArray<LookupSymbol> lookups,
            ImmutableArray<ClauseSymbol> clauses,
            ImmutableArray<DecisionSymbol> decisions,
            ImmutableArray<LifecycleSymbol> lifecycles,
            int variableSlots,
            bool hasErrors)
        {
            Title = title;
            Version = version;
            Sources = sources;
            Files = files;
            Schema = schema;
            Parameters = parameters;
            Lets = lets;
            Lookups = lookups;
            Clauses = clauses;
            Decisions = decisions;
            Lifecycles = lifecycles;
            VariableSlots = variableSlots;
            HasErrors = hasErrors;
        }

        public string Title { get; }
        public string? Version { get; }
        public ImmutableArray<string> Sources { get; }
        public ImmutableArray<string> Files { get; }
        public RecordType? Schema { get; }
        public ImmutableArray<ParameterSymbol> Parameters { get; }
        public ImmutableArray<LetSymbol> Lets { get; }
        public ImmutableArray<LookupSymbol> Lookups { get; }
        public ImmutableArray<ClauseSymbol> Clauses { get; }
        public ImmutableArray<DecisionSymbol> Decisions { get; }
        public ImmutableArray<LifecycleSymbol> Lifecycles { get; }
        public int VariableSlots { get; }
        public bool HasErrors { get; }
    }
}
