using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Symbols
{
    /// <summary>A named declaration of a policy: parameter, let, table, tiers, clause or decision.</summary>
    public abstract class DeclarationSymbol
    {
        protected DeclarationSymbol(string name, SourceLocation location)
        {
            Name = name;
            Location = location;
        }

        public string Name { get; }
        public SourceLocation Location { get; }

        /// <summary>The file the declaration is in; messages and explanations quote expressions from it.</summary>
        internal SourceText Source { get; set; } = null!;

        /// <summary>What the declaration is called in messages ("parameter", "let", ...).</summary>
        public abstract string Kind { get; }
    }

    /// <summary>A value that has a type and is computed or supplied once per evaluation or record.</summary>
    public abstract class ValueSymbol : DeclarationSymbol
    {
        protected ValueSymbol(string name, SourceLocation location, int index)
            : base(name, location) => Index = index;

        public TypeSymbol Type { get; internal set; } = TypeSymbol.Error;

        /// <summary>The slot of the value in the evaluation frame.</summary>
        public int Index { get; }
    }

    /// <summary><c>param name: type = default</c>.</summary>
    public sealed class ParameterSymbol : ValueSymbol
    {
        internal ParameterSymbol(string name, SourceLocation location, int index, ParameterDeclarationSyntax syntax)
            : base(name, location, index) => Syntax = syntax;

        internal ParameterDeclarationSyntax Syntax { get; }
        public string? Description => Syntax.Description?.Value;

        /// <summary>The default: a constant expression, evaluated once when a policy is compiled.</summary>
        internal BoundExpression? DefaultValue { get; set; }

        public override string Kind => "parameter";
    }

    /// <summary><c>let name = expression</c>, computed at most once per record.</summary>
    public sealed class LetSymbol : ValueSymbol
    {
        internal LetSymbol(string name, SourceLocation location, int index, LetDeclarationSyntax syntax)
            : base(name, location, index) => Syntax = syntax;

        internal LetDeclarationSyntax Syntax { get; }
        internal BoundExpression? Value { get; set; }
        public override string Kind => "let";
    }

    /// <summary><c>decision name = expression</c>, reported for every record.</summary>
    public sealed class DecisionSymbol : ValueSymbol
    {
        internal DecisionSymbol(string name, SourceLocation location, int index, DecisionDeclarationSyntax syntax)
            : base(name, location, index) => Syntax = syntax;

        internal DecisionDeclarationSyntax Syntax { get; }
        internal BoundExpression? Value { get; set; }
        public override string Kind => "decision";
    }

    /// <summary>A loop variable of a quantifier or comprehension.</summary>
    public sealed class VariableSymbol
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
    public sealed class LookupSymbol : DeclarationSymbol
    {
        internal LookupSymbol(string name, SourceLocation location, bool isTiers, SyntaxNode syntax)
            : base(name, location)
        {
            IsTiers = isTiers;
            Syntax = syntax;
        }

        public bool IsTiers { get; }
        internal SyntaxNode Syntax { get; }

        /// <summary>The lookup's slot in the compiled policy.</summary>
        internal int Index { get; set; }
        public TypeSymbol KeyType { get; internal set; } = TypeSymbol.Error;
        public TypeSymbol ResultType { get; internal set; } = TypeSymbol.Error;
        internal VariableSymbol? Key { get; set; }
        internal ImmutableArray<BoundLookupArm> Arms { get; set; } = ImmutableArray<BoundLookupArm>.Empty;
        internal BoundArmResult? Otherwise { get; set; }
        public override string Kind => IsTiers ? "tiers" : "table";
    }

    /// <summary>A clause: ID, title, citations, severity, and its bound conditions.</summary>
    public sealed class ClauseSymbol : DeclarationSymbol
    {
        internal ClauseSymbol(ClauseDeclarationSyntax syntax, SourceLocation location, int index)
            : base(syntax.Id.Text, location)
        {
            Syntax = syntax;
            Index = index;
            Citations = syntax.Citations.Select(c => c.Value).ToImmutableArray();
        }

        internal ClauseDeclarationSyntax Syntax { get; }
        public int Index { get; }
        public string Id => Name;
        public string Title => Syntax.Title.Value;
        public ImmutableArray<string> Citations { get; }
        public Severity Severity => Syntax.Severity;
        internal BoundExpression? AppliesWhen { get; set; }
        internal BoundExpression? Requirement { get; set; }
        internal ImmutableArray<BoundExpression> Exceptions { get; set; } = ImmutableArray<BoundExpression>.Empty;
        internal BoundInterpolatedString? Message { get; set; }
        public override string Kind => "clause";
    }
}
