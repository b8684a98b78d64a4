using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// The declarations of one policy (all of its files), found from the syntax alone so that an editor can resolve names
    /// in files that do not compile. The first declaration of a name wins, as in the binder.
    /// </summary>
    internal sealed class DeclarationTable
    {
        private readonly Dictionary<string, Dictionary<string, EditorSymbol>> _members =
            new Dictionary<string, Dictionary<string, EditorSymbol>>(StringComparer.Ordinal);

        /// <summary>Parameters, lets, decisions, tables, tiers and lifecycles: what a bare name or a call may mean.</summary>
        public Dictionary<string, EditorSymbol> Values { get; } = new Dictionary<string, EditorSymbol>(StringComparer.Ordinal);

        /// <summary>Enumerations, records, the schema and event types.</summary>
        public Dictionary<string, EditorSymbol> Types { get; } = new Dictionary<string, EditorSymbol>(StringComparer.Ordinal);

        public Dictionary<string, EditorSymbol> Clauses { get; } = new Dictionary<string, EditorSymbol>(StringComparer.Ordinal);

        public EditorSymbol? Schema { get; private set; }

        /// <summary>Every declaration, duplicates included, with the file it is in.</summary>
        public List<SymbolOccurrence> Declarations { get; } = new List<SymbolOccurrence>();

        /// <summary>A field of a record or event, a member of an enumeration, or a state, transition or deadline of a lifecycle.</summary>
        public EditorSymbol? Member(string container, string name) =>
            _members.TryGetValue(container, out var members) && members.TryGetValue(name, out var member) ? member : null;

        public IEnumerable<EditorSymbol> Members(string container) =>
            _members.TryGetValue(container, out var members) ? members.Values : Enumerable.Empty<EditorSymbol>();

        public IEnumerable<EditorSymbol> EventTypes => Types.Values.Where(t => t.Kind == EditorSymbolKind.Event);

        public void AddValue(SourceText source, EditorSymbol symbol) => Add(source, symbol, Values);

        public void AddType(SourceText source, EditorSymbol symbol)
        {
            if (symbol.Kind == EditorSymbolKind.Schema && Schema is null) Schema = symbol;
            Add(source, symbol, Types);
        }

        public void AddClause(SourceText source, EditorSymbol symbol) => Add(source, symbol, Clauses);

        public void AddMember(SourceText source, EditorSymbol symbol)
        {
            if (!_members.TryGetValue(symbol.Container!, out var members))
            {
                members = new Dictionary<string, EditorSymbol>(StringComparer.Ordinal);
                _members.Add(symbol.Container!, members);
            }
            Add(source, symbol, members);
        }

        private void Add(SourceText source, EditorSymbol symbol, Dictionary<string, EditorSymbol> table)
        {
            Declarations.Add(new SymbolOccurrence(source, symbol.DeclarationName!.Span, symbol, isDeclaration: true));
            if (!table.ContainsKey(symbol.Name)) table.Add(symbol.Name, symbol);
        }
    }
}
