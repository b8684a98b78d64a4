namespace CompliancePolicy.Editing
{
    /// <summary>The loop variables (and lookup keys, and a transition's <c>event</c>) visible at a point, innermost first.</summary>
    internal sealed class Scope
    {
        public static readonly Scope Empty = new Scope(null, string.Empty, null);

        private readonly Scope? _parent;
        private readonly string _name;
        private readonly EditorSymbol? _symbol;

        private Scope(Scope? parent, string name, EditorSymbol? symbol)
        {
            _parent = parent;
            _name = name;
            _symbol = symbol;
        }

        public Scope With(string name, EditorSymbol symbol) => new Scope(this, name, symbol);

        public EditorSymbol? Find(string name)
        {
            for (var scope = this; scope != null; scope = scope._parent)
            {
                if (scope._symbol != null && scope._name == name) return scope._symbol;
            }
            return null;
        }

        public System.Collections.Generic.IEnumerable<EditorSymbol> All
        {
            get
            {
                for (var scope = this; scope != null; scope = scope._parent)
                {
                    if (scope._symbol != null) yield return scope._symbol;
                }
            }
        }
    }
}

namespace CompliancePolicy.Editing
{
    /// <summary>Where in a file a variable can be named.</summary>
    internal sealed record VariableScope(string Path, Text.TextSpan Region, EditorSymbol Variable);

    /// <summary>What stands before a <c>.</c>: a lifecycle or an enumeration (<see cref="Symbol"/>), or a value of a type.</summary>
    internal sealed record MemberTarget(EditorSymbol? Symbol, EditorType? Type);
}
