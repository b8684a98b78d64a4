using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Symbols
{
    /// <summary>A named declaration of a policy: parameter, let, table, tiers, clause, decision or lifecycle.</summary>
    /// <remarks>
    /// Symbols are finished when they are made: their types are bound first, and what they compute (a default, a
    /// value, a clause's conditions) is kept beside them in the bound policy, not in them.
    /// </remarks>
    public abstract class DeclarationSymbol
    {
        private protected DeclarationSymbol(string name, SourceLocation location, SourceText source)
        {
            Name = name;
            Location = location;
            Source = source;
        }

        public string Name { get; }
        public SourceLocation Location { get; }

        /// <summary>The file the declaration is in; messages and explanations quote expressions from it.</summary>
        internal SourceText Source { get; }

        /// <summary>What the declaration is called in messages ("parameter", "let", ...).</summary>
        public abstract string Kind { get; }
    }

    /// <summary>A value that has a type and is computed or supplied once per evaluation or record.</summary>
    public abstract class ValueSymbol : DeclarationSymbol
    {
        private protected ValueSymbol(string name, SourceLocation location, SourceText source, int index, TypeSymbol type)
            : base(name, location, source)
        {
            Index = index;
            Type = type;
        }

        public TypeSymbol Type { get; }

        /// <summary>The slot of the value in the evaluation frame.</summary>
        internal int Index { get; }
    }

    /// <summary><c>param name: type = default</c>.</summary>
    public sealed class ParameterSymbol : ValueSymbol
    {
        internal ParameterSymbol(ParameterDeclarationSyntax syntax, SourceLocation location, SourceText source, int index, TypeSymbol type)
            : base(syntax.Name.Text, location, source, index, type) => Syntax = syntax;

        internal ParameterDeclarationSyntax Syntax { get; }
        public string? Description => Syntax.Description?.Value;
        public override string Kind => "parameter";
    }

    /// <summary><c>let name = expression</c>, computed at most once per record.</summary>
    internal sealed class LetSymbol : ValueSymbol
    {
        internal LetSymbol(string name, SourceLocation location, SourceText source, int index, TypeSymbol type)
            : base(name, location, source, index, type) { }

        public override string Kind => "let";
    }

    /// <summary><c>decision name = expression</c>, reported for every record.</summary>
    public sealed class DecisionSymbol : ValueSymbol
    {
        internal DecisionSymbol(string name, SourceLocation location, SourceText source, int index, TypeSymbol type)
            : base(name, location, source, index, type) { }

        public override string Kind => "decision";
    }

    /// <summary>A loop variable of a quantifier or comprehension.</summary>
    internal sealed class VariableSymbol
    {
        internal VariableSymbol(string name, TypeSymbol type, int slot)
        {
            Name = name;
            Type = type;
            Slot = slot;
        }

        public string Name { get; }
        public TypeSymbol Type { get; }
        public int Slot { get; }
    }

    /// <summary>A band table or tiers: a lookup from a number to a result.</summary>
    internal sealed class LookupSymbol : DeclarationSymbol
    {
        internal LookupSymbol(DeclarationSyntax syntax, string name, SourceLocation location, SourceText source, int index, TypeSymbol keyType, TypeSymbol resultType)
            : base(name, location, source)
        {
            Syntax = syntax;
            Index = index;
            KeyType = keyType;
            ResultType = resultType;
        }

        /// <summary>The <c>table</c> or <c>tiers</c> declaration.</summary>
        internal DeclarationSyntax Syntax { get; }

        /// <summary>The lookup's slot in the compiled policy.</summary>
        internal int Index { get; }

        public bool IsTiers => Syntax is TiersDeclarationSyntax;
        public TypeSymbol KeyType { get; }
        public TypeSymbol ResultType { get; }
        public override string Kind => IsTiers ? "tiers" : "table";
    }

    /// <summary>A clause: ID, title, citations and severity.</summary>
    public sealed class ClauseSymbol : DeclarationSymbol
    {
        internal ClauseSymbol(ClauseDeclarationSyntax syntax, SourceLocation location, SourceText source, int index)
            : base(syntax.Id.Text, location, source)
        {
            Syntax = syntax;
            Index = index;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
        }

        internal ClauseDeclarationSyntax Syntax { get; }
        internal int Index { get; }
        public string Id => Name;
        public string Title => Syntax.Title.Value;
        public ImmutableArray<string> Citations { get; }
        public Severity Severity => Syntax.Severity;
        public override string Kind => "clause";
    }
}
