using System;
using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Editing
{
    /// <summary>Every name in the files of one policy and the symbol it refers to: the answer to "what is at this position".</summary>
    internal sealed class SymbolIndex
    {
        private readonly Dictionary<string, SymbolOccurrence[]> _byFile;

        private readonly IReadOnlyList<VariableScope> _scopes;
        private readonly IReadOnlyDictionary<(string Path, int Start), MemberTarget> _memberTargets;
        private readonly IReadOnlyDictionary<(string Path, int Start), Syntax.ExpressionSyntax> _lookupArguments;

        internal SymbolIndex(
            DeclarationTable declarations,
            IEnumerable<SymbolOccurrence> occurrences,
            IReadOnlyList<VariableScope> scopes,
            IReadOnlyDictionary<(string Path, int Start), MemberTarget> memberTargets,
            IReadOnlyDictionary<(string Path, int Start), Syntax.ExpressionSyntax> lookupArguments)
        {
            Declarations = declarations;
            _scopes = scopes;
            _memberTargets = memberTargets;
            _lookupArguments = lookupArguments;
            _byFile = occurrences
                .GroupBy(o => o.Source.Path, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.OrderBy(o => o.Span.Start).ThenBy(o => o.Span.Length).ToArray(), StringComparer.Ordinal);
        }

        internal DeclarationTable Declarations { get; }

        /// <summary>The loop variables, lookup keys and <c>event</c> visible at an offset, innermost first.</summary>
        internal IEnumerable<EditorSymbol> VariablesAt(string path, int offset) => _scopes
            .Where(s => s.Path == path && s.Region.Start <= offset && offset <= s.Region.End)
            .OrderBy(s => s.Region.Length)
            .Select(s => s.Variable);

        /// <summary>What the expression before <c>.</c> is, for the member name starting at an offset.</summary>
        internal MemberTarget? MemberTargetAt(string path, int memberStart) =>
            _memberTargets.TryGetValue((path, memberStart), out var target) ? target : null;

        /// <summary>The argument of a table or tiers call whose name starts at an offset.</summary>
        internal Syntax.ExpressionSyntax? LookupArgumentAt(string path, int nameStart) =>
            _lookupArguments.TryGetValue((path, nameStart), out var argument) ? argument : null;

        /// <summary>The occurrences in a file, in source order.</summary>
        public IReadOnlyList<SymbolOccurrence> In(string path) =>
            _byFile.TryGetValue(path, out var occurrences) ? occurrences : Array.Empty<SymbolOccurrence>();

        /// <summary>The name at an offset (a caret just after a name still counts), or null.</summary>
        public SymbolOccurrence? At(string path, int offset)
        {
            SymbolOccurrence? touching = null;
            foreach (var occurrence in In(path))
            {
                if (occurrence.Span.Start > offset) break;
                if (offset < occurrence.Span.End) return occurrence;
                if (offset == occurrence.Span.End) touching = occurrence;
            }
            return touching;
        }

        /// <summary>Every occurrence of a symbol in the policy's files, its declaration included, by file and position.</summary>
        public IEnumerable<SymbolOccurrence> References(EditorSymbol symbol) =>
            _byFile.OrderBy(f => f.Key, StringComparer.Ordinal).SelectMany(f => f.Value).Where(o => ReferenceEquals(o.Symbol, symbol));

        /// <summary>The top-level or member symbol with a name, as a new name would meet it: for clash checks.</summary>
        internal IEnumerable<EditorSymbol> NamesLike(EditorSymbol symbol, string name)
        {
            switch (symbol.Kind)
            {
                case EditorSymbolKind.Clause:
                    if (Declarations.Clauses.TryGetValue(name, out var clause)) yield return clause;
                    break;
                case EditorSymbolKind.Field when symbol.Container == Declarations.Schema?.Name:
                    // Schema fields are in scope by bare name, beside parameters, lets, decisions and types.
                    if (Declarations.Member(symbol.Container!, name) is { } sibling) yield return sibling;
                    if (Declarations.Values.TryGetValue(name, out var named)) yield return named;
                    if (Declarations.Types.TryGetValue(name, out var typeNamed)) yield return typeNamed;
                    break;
                case EditorSymbolKind.Field:
                case EditorSymbolKind.EnumMember:
                case EditorSymbolKind.State:
                case EditorSymbolKind.Transition:
                case EditorSymbolKind.Deadline:
                case EditorSymbolKind.LookupKey:
                    if (Declarations.Member(symbol.Container!, name) is { } member) yield return member;
                    break;
                default:
                    if (Declarations.Values.TryGetValue(name, out var value)) yield return value;
                    if (Declarations.Types.TryGetValue(name, out var type)) yield return type;
                    if (Declarations.Schema is { } schema && Declarations.Member(schema.Name, name) is { } field) yield return field;
                    break;
            }
        }
    }
}
