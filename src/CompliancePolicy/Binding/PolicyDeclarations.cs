using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>The symbol tables of one policy, filled from all of its files.</summary>
    internal sealed class PolicyDeclarations
    {
        public Dictionary<string, TypeSymbol> Types { get; } = new Dictionary<string, TypeSymbol>(StringComparer.Ordinal);
        public Dictionary<string, SourceLocation> TypeLocations { get; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        public Dictionary<string, DeclarationSymbol> Values { get; } = new Dictionary<string, DeclarationSymbol>(StringComparer.Ordinal);
        public Dictionary<string, ClauseSymbol> Clauses { get; } = new Dictionary<string, ClauseSymbol>(StringComparer.Ordinal);
        public List<ParameterSymbol> Parameters { get; } = new List<ParameterSymbol>();
        public List<LetSymbol> Lets { get; } = new List<LetSymbol>();
        public List<DecisionSymbol> Decisions { get; } = new List<DecisionSymbol>();
        public List<LookupSymbol> Lookups { get; } = new List<LookupSymbol>();
        public List<ClauseSymbol> ClauseList { get; } = new List<ClauseSymbol>();
        public RecordType? Schema { get; set; }

        /// <summary>The policy's event types as the <c>history</c> type of record fields.</summary>
        public HistoryType? History { get; set; }

        public Dictionary<string, LifecycleSymbol> Lifecycles { get; } = new Dictionary<string, LifecycleSymbol>(StringComparer.Ordinal);
        public List<LifecycleSymbol> LifecycleList { get; } = new List<LifecycleSymbol>();

        /// <summary>Everything a bare name could mean, for "did you mean" suggestions.</summary>
        public IEnumerable<string> VisibleNames(IEnumerable<string> variables) =>
            variables
                .Concat(Values.Keys)
                .Concat(Schema?.Fields.Select(f => f.Name) ?? Enumerable.Empty<string>())
                .Concat(Types.Values.OfType<EnumType>().Select(t => t.Name))
                .Concat(Lifecycles.Keys)
                .Concat(new[] { "as_of" });

        public IEnumerable<string> TypeNames => TypeSymbol.BuiltIns.Select(t => t.Name).Concat(new[] { "history" }).Concat(Types.Keys);

        public IEnumerable<string> EventTypeNames => History?.EventTypes.Select(e => e.Name) ?? Enumerable.Empty<string>();
    }

    /// <summary>A declaration together with the file it came from.</summary>
    internal readonly struct SourcedDeclaration
    {
        public SourcedDeclaration(SourceText source, DeclarationSyntax declaration)
        {
            Source = source;
            Declaration = declaration;
        }

        public SourceText Source { get; }
        public DeclarationSyntax Declaration { get; }
    }
}
