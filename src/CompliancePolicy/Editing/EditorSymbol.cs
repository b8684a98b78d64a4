using System;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>What kind of named thing an editor points at.</summary>
    internal enum EditorSymbolKind
    {
        Schema,
        Record,
        Field,
        Enum,
        EnumMember,
        Event,
        Parameter,
        Let,
        Decision,
        Table,
        Tiers,
        LookupKey,
        Clause,
        Lifecycle,
        LifecycleValue,
        State,
        Transition,
        Deadline,
        Variable,
        Function,
        RoundingMode,
        BuiltinType,
        AsOf,
    }

    /// <summary>
    /// A named thing of a policy as an editor sees it: a declaration (or a built-in) that names in the source refer to.
    /// Symbols of one analysis are unique objects, so two occurrences name the same thing when their symbols are the same.
    /// </summary>
    internal sealed class EditorSymbol
    {
        // Lazy: a let's type is inferred from its value, which may name symbols declared after it.
        private readonly Lazy<EditorType?>? _type;

        internal EditorSymbol(
            EditorSymbolKind kind,
            string name,
            string? container,
            SourceText? source,
            NameSyntax? declaration,
            SyntaxNode? syntax,
            Func<EditorType?>? type = null)
        {
            Kind = kind;
            Name = name;
            Container = container;
            Source = source;
            DeclarationName = declaration;
            Syntax = syntax;
            _type = type is null ? null : new Lazy<EditorType?>(type);
        }

        public EditorSymbolKind Kind { get; }
        public string Name { get; }

        /// <summary>The record, enumeration, lifecycle or lookup a member belongs to; null for top-level symbols.</summary>
        public string? Container { get; }

        /// <summary>The file of the declaration; null for built-ins and the implicit <c>event</c> variable.</summary>
        public SourceText? Source { get; }

        /// <summary>Where the declaration is, or null for built-ins.</summary>
        public SourceLocation? Location => Source is null || DeclarationName is null ? null : Source.GetLocation(DeclarationName.Span);

        /// <summary>The value's type where it has one (fields, parameters, lets, decisions, variables, lookups' results).</summary>
        public EditorType? Type => _type?.Value;

        /// <summary>The declared name, whose span rename and definition use.</summary>
        internal NameSyntax? DeclarationName { get; }

        /// <summary>The declaring syntax (a clause, a parameter, a table...), for hover details.</summary>
        internal SyntaxNode? Syntax { get; }

        /// <summary>Whether rename may change it: built-ins and implicit names stay as they are.</summary>
        public bool CanRename => DeclarationName != null && Kind != EditorSymbolKind.LifecycleValue;

        public override string ToString() => Container is null ? $"{Kind} {Name}" : $"{Kind} {Container}.{Name}";
    }

    /// <summary>One place a symbol is named in a file: its declaration or a reference.</summary>
    internal sealed class SymbolOccurrence
    {
        internal SymbolOccurrence(SourceText source, TextSpan span, EditorSymbol symbol, bool isDeclaration)
        {
            Source = source;
            Span = span;
            Symbol = symbol;
            IsDeclaration = isDeclaration;
        }

        public SourceText Source { get; }
        public TextSpan Span { get; }
        public EditorSymbol Symbol { get; }
        public bool IsDeclaration { get; }
        public SourceLocation Location => Source.GetLocation(Span);
    }
}
