using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// What can be written at a position: declaration keywords at the start of a line, a clause's or lifecycle's parts
    /// inside it, fields after a dot, enumeration members after <c>Enum.</c>, event types after <c>on</c>, states in
    /// transitions, types after <c>:</c>, and in expressions the variables in scope, schema fields, parameters, lets,
    /// decisions, lookups and built-in functions with their signatures.
    /// </summary>
    internal static class CompletionService
    {
        /// <summary>Stands in for the word being typed, so that a line like <c>r.</c> parses while it is written.</summary>
        private const string Placeholder = "__completion";

        public static IReadOnlyList<CompletionEntry> At(PolicyWorkspace workspace, string path, int offset)
        {
            var document = workspace.Find(path);
            if (document is null) return new CompletionEntry[0];
            var context = new CompletionContext(document.Source.Text, offset);
            var analysis = workspace.AnalysisOf(path)!;
            var table = analysis.IndexFocusedOn(path, offset).Declarations;
            switch (context.Place())
            {
                case CompletionPlace.Declaration: return CompletionItems.Declarations;
                case CompletionPlace.ClausePart: return CompletionItems.ClauseParts;
                case CompletionPlace.LifecyclePart: return CompletionItems.LifecycleParts;
                case CompletionPlace.LookupArm: return CompletionItems.LookupArms(context.Declaration == "tiers");
                case CompletionPlace.Nothing: return new CompletionEntry[0];
                case CompletionPlace.Severity: return CompletionItems.Severities;
                case CompletionPlace.RoundingMode: return CompletionItems.RoundingModes;
                case CompletionPlace.Type: return CompletionItems.Types(table);
                case CompletionPlace.EventType: return table.EventTypes.Select(e => CompletionItems.Of(e)).ToArray();
                case CompletionPlace.ClauseId: return table.Clauses.Values.Select(c => CompletionItems.Of(c)).ToArray();
                case CompletionPlace.State: return StatesAt(table, path, offset);
                case CompletionPlace.Member: return Members(workspace, document, context);
                case CompletionPlace.Expression: return Expression(workspace, document, context);
                default: throw new System.InvalidOperationException("Unexpected completion place.");
            }
        }

        private static IReadOnlyList<CompletionEntry> Members(PolicyWorkspace workspace, PolicyDocument document, CompletionContext context)
        {
            var index = IndexWithWord(workspace, document, context);
            var target = index.MemberTargetAt(document.Path, context.PrefixStart);
            var table = index.Declarations;
            if (target?.Symbol is { Kind: EditorSymbolKind.Lifecycle } lifecycle)
            {
                var values = BuiltinSymbols.LifecycleValues.Select(v => new CompletionEntry(v.Key, CompletionKind.Field, v.Key == "state" ? lifecycle.Name : "date", v.Value));
                return values.Concat(table.Members(lifecycle.Name).Where(m => m.Kind == EditorSymbolKind.State).Select(s => CompletionItems.Of(s))).ToArray();
            }
            if (target?.Symbol is { Kind: EditorSymbolKind.Enum } enumType) return table.Members(enumType.Name).Select(m => CompletionItems.Of(m)).ToArray();
            if (target?.Type is { IsList: false } type && table.Types.ContainsKey(type.Name))
                return table.Members(type.Name).Where(m => m.Kind == EditorSymbolKind.Field).Select(f => CompletionItems.Of(f)).ToArray();
            return new CompletionEntry[0];
        }

        private static IReadOnlyList<CompletionEntry> Expression(PolicyWorkspace workspace, PolicyDocument document, CompletionContext context)
        {
            var index = IndexWithWord(workspace, document, context);
            var table = index.Declarations;
            var entries = new List<CompletionEntry>();
            var seen = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var variable in index.VariablesAt(document.Path, context.PrefixStart))
            {
                if (seen.Add(variable.Name)) entries.Add(CompletionItems.Of(variable));
            }
            if (table.Schema is { } schema)
                entries.AddRange(table.Members(schema.Name).Where(f => f.Kind == EditorSymbolKind.Field && seen.Add(f.Name)).Select(f => CompletionItems.Of(f)));
            entries.AddRange(table.Values.Values.Where(v => seen.Add(v.Name)).Select(v => CompletionItems.Of(v)));
            entries.AddRange(table.Types.Values.Where(t => t.Kind == EditorSymbolKind.Enum && seen.Add(t.Name)).Select(t => CompletionItems.Of(t)));
            entries.Add(CompletionItems.Of(BuiltinSymbols.AsOf));
            entries.AddRange(CompletionItems.Functions);
            entries.AddRange(context.AfterOperand ? CompletionItems.Operators : CompletionItems.ExpressionKeywords);
            return entries;
        }

        private static IReadOnlyList<CompletionEntry> StatesAt(DeclarationTable table, string path, int offset)
        {
            // The lifecycle the caret is in: the last one declared at or before it in this file.
            var lifecycle = table.Values.Values
                .Where(v => v.Kind == EditorSymbolKind.Lifecycle && v.Source!.Path == path && v.DeclarationName!.Span.Start < offset)
                .OrderByDescending(v => v.DeclarationName!.Span.Start)
                .FirstOrDefault();
            return lifecycle is null
                ? new CompletionEntry[0]
                : table.Members(lifecycle.Name).Where(m => m.Kind == EditorSymbolKind.State).Select(s => CompletionItems.Of(s)).ToArray();
        }

        /// <summary>
        /// The index of the file as it would read with a name at the caret: the line being written (<c>r.</c>,
        /// <c>where </c>) does not parse yet, and scopes and types come from the parse.
        /// </summary>
        private static SymbolIndex IndexWithWord(PolicyWorkspace workspace, PolicyDocument document, CompletionContext context)
        {
            var text = document.Source.Text;
            var patched = text.Substring(0, context.PrefixStart) + Placeholder + text.Substring(context.Offset);
            return workspace.Trying(new SourceText(document.Path, patched)).AnalysisOf(document.Path)!.IndexFocusedOn(document.Path, context.PrefixStart);
        }
    }
}
