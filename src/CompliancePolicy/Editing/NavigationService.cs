using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A rename that can be carried out (its edits, in every file of the policy) or the reason it cannot.</summary>
    internal sealed record RenameResult(IReadOnlyList<TextEdit> Edits, string? Refusal)
    {
        public bool Succeeded => Refusal is null;
    }

    /// <summary>Go to definition, find references and rename, across the files of a policy.</summary>
    internal static class NavigationService
    {
        /// <summary>Where the name at a position is declared (null for built-ins and unknown names).</summary>
        public static SourceLocation? Definition(PolicyAnalysis analysis, string path, int offset) =>
            analysis.Index.At(path, offset)?.Symbol.Location;

        /// <summary>Every place the name at a position refers to the same thing, in the policy's files.</summary>
        public static IReadOnlyList<SymbolOccurrence> References(PolicyAnalysis analysis, string path, int offset, bool includeDeclaration)
        {
            var occurrence = analysis.Index.At(path, offset);
            if (occurrence is null) return new SymbolOccurrence[0];
            return analysis.Index.References(occurrence.Symbol).Where(o => includeDeclaration || !o.IsDeclaration).ToArray();
        }

        /// <summary>The name at a position if it can be renamed (a declared name, not a built-in), or null.</summary>
        public static SymbolOccurrence? RenameTarget(PolicyAnalysis analysis, string path, int offset) =>
            analysis.Index.At(path, offset) is { Symbol: { CanRename: true } } occurrence ? occurrence : null;

        /// <summary>
        /// Renames the symbol at a position in every file of its policy. Refused when the new name is not a valid name
        /// (an identifier that is not a keyword; for clauses, transitions and deadlines an ID), or when it is already
        /// taken where the renamed symbol lives, which would change what some name means.
        /// </summary>
        public static RenameResult Rename(PolicyAnalysis analysis, string path, int offset, string newName)
        {
            var target = RenameTarget(analysis, path, offset);
            if (target is null) return Refused("There is no declared name here to rename.");
            var symbol = target.Symbol;
            if (!IsValidName(symbol.Kind, newName)) return Refused($"'{newName}' is not a valid {Describe(symbol.Kind)} name.");
            if (newName == symbol.Name) return new RenameResult(new TextEdit[0], null);
            var clash = Clash(analysis.Index, symbol, newName);
            if (clash != null) return Refused($"'{newName}' is already {clash}: renaming {symbol.Name} would make the two clash.");
            return new RenameResult(analysis.Index.References(symbol).Select(o => new TextEdit(o.Source.Path, o.Span, newName)).ToArray(), null);
        }

        private static RenameResult Refused(string reason) => new RenameResult(new TextEdit[0], reason);

        /// <summary>What already has the name where the symbol lives, described, or null.</summary>
        private static string? Clash(SymbolIndex index, EditorSymbol symbol, string newName)
        {
            if (symbol.Kind == EditorSymbolKind.Variable)
            {
                // A loop variable may not hide a name its condition or projection uses, nor another variable in scope.
                var visible = index.VariablesAt(symbol.Source!.Path, symbol.DeclarationName!.Span.Start).Where(v => v != symbol);
                var other = visible.FirstOrDefault(v => v.Name == newName) ?? index.NamesLike(symbol, newName).FirstOrDefault();
                return other is null ? null : Describe(other);
            }
            var existing = index.NamesLike(symbol, newName).FirstOrDefault(s => s != symbol);
            return existing is null ? null : Describe(existing);
        }

        private static bool IsValidName(EditorSymbolKind kind, string name)
        {
            if (name.Length == 0 || !Lexical.IsIdentifierStart(name[0])) return false;
            var isId = kind == EditorSymbolKind.Clause || kind == EditorSymbolKind.Transition || kind == EditorSymbolKind.Deadline;
            return isId ? name.All(Lexical.IsClauseIdPart) : name.All(Lexical.IsIdentifierPart) && !Lexical.IsKeyword(name);
        }

        private static string Describe(EditorSymbol symbol) =>
            $"the {Describe(symbol.Kind)} declared at " + (symbol.Location is { } location
                ? $"{System.IO.Path.GetFileName(location.Path)}:{location.Start.Line}:{location.Start.Column}"
                : "the language's built-ins");

        private static string Describe(EditorSymbolKind kind) => kind switch
        {
            EditorSymbolKind.EnumMember => "enumeration member",
            EditorSymbolKind.LookupKey => "lookup key",
            EditorSymbolKind.Variable => "variable",
            _ => kind.ToString().ToLowerInvariant(),
        };
    }
}
