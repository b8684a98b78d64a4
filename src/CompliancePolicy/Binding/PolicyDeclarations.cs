using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>The binder's tables of one policy, filled from all of its files.</summary>
    internal sealed class PolicyDeclarations
    {
        public Dictionary<string, TypeSymbol> Types { get; } = new Dictionary<string, TypeSymbol>(StringComparer.Ordinal);
        public Dictionary<string, SourceLocation> TypeLocations { get; } = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);

        /// <summary>Parameters, lets, decisions, lookups and lifecycles by name: a symbol, or a <see cref="PendingValue"/>.</summary>
        public Dictionary<string, object> Values { get; } = new Dictionary<string, object>(StringComparer.Ordinal);

        public Dictionary<string, ClauseSymbol> Clauses { get; } = new Dictionary<string, ClauseSymbol>(StringComparer.Ordinal);
        public List<ParameterSymbol> Parameters { get; } = new List<ParameterSymbol>();
        public List<PendingValue> Lets { get; } = new List<PendingValue>();
        public List<PendingValue> Decisions { get; } = new List<PendingValue>();
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

        /// <summary>Where a declaration (a symbol or a pending value) is, and what it is called, for messages.</summary>
        public static (string Name, SourceText Source, SourceLocation Location) Describe(object declaration) =>
            declaration switch
            {
                DeclarationSymbol symbol => (symbol.Name, symbol.Source, symbol.Location),
                PendingValue pending => (pending.Name, pending.Source, pending.Location),
                _ => throw new ArgumentException($"Not a declaration: {declaration.GetType().Name}", nameof(declaration)),
            };
    }

    /// <summary>
    /// A let or decision until its value is bound: without a declared type its type comes from the value, so its
    /// symbol can only be made once the value is bound (on first use, so names may be used before they are declared).
    /// </summary>
    internal sealed class PendingValue
    {
        public PendingValue(NameSyntax name, TypeSyntax? type, ExpressionSyntax value, SourceText source, int index, bool isDecision)
        {
            Name = name.Text;
            Location = source.GetLocation(name.Span);
            TypeSyntax = type;
            ValueSyntax = value;
            Source = source;
            Index = index;
            IsDecision = isDecision;
        }

        public string Name { get; }
        public SourceLocation Location { get; }
        public TypeSyntax? TypeSyntax { get; }
        public ExpressionSyntax ValueSyntax { get; }
        public SourceText Source { get; }
        public int Index { get; }
        public bool IsDecision { get; }
        public string Kind => IsDecision ? "decision" : "let";

        /// <summary>The finished symbol, once the value is bound.</summary>
        public ValueSymbol? Symbol { get; set; }
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
