using System;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// A type as the editor knows it: a named type (built-in, record, event, enumeration, or a lifecycle's states) or a
    /// list, possibly optional. Enough to say what a name holds and which fields follow a dot, even in broken text.
    /// </summary>
    internal sealed record EditorType(string Name, EditorType? Element = null, bool IsOptional = false)
    {
        public static readonly EditorType Bool = new EditorType("bool");
        public static readonly EditorType Int = new EditorType("int");
        public static readonly EditorType Decimal = new EditorType("decimal");
        public static readonly EditorType Text = new EditorType("text");
        public static readonly EditorType Date = new EditorType("date");
        public static readonly EditorType Duration = new EditorType("duration");

        public bool IsList => Element != null;

        public static EditorType ListOf(EditorType element) => new EditorType("list", element);

        /// <summary>The type as written in a declaration.</summary>
        public static EditorType FromSyntax(TypeSyntax syntax) => syntax switch
        {
            NamedTypeSyntax named => new EditorType(named.Name.Text),
            ListTypeSyntax list => ListOf(FromSyntax(list.Element)),
            OptionalTypeSyntax optional => FromSyntax(optional.Inner) with { IsOptional = true },
            _ => throw new InvalidOperationException($"Unexpected type syntax {syntax.GetType().Name}"),
        };

        /// <summary>A type the binder computed; null for the error type.</summary>
        public static EditorType? FromSymbol(TypeSymbol type) => type switch
        {
            _ when type == TypeSymbol.Error => null,
            OptionalType optional => FromSymbol(optional.Inner) is { } inner ? inner with { IsOptional = true } : null,
            ListType list => FromSymbol(list.Element) is { } element ? ListOf(element) : null,
            _ => new EditorType(type.Name),
        };

        public EditorType NonOptional => IsOptional ? this with { IsOptional = false } : this;

        public override string ToString() => (IsList ? "list of " + Element : Name) + (IsOptional ? "?" : string.Empty);
    }
}
