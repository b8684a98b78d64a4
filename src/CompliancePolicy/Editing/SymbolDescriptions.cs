using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>A symbol described in markdown: what it is, its type, where it comes from, and what it holds.</summary>
    internal static class SymbolDescriptions
    {
        public static string Describe(EditorSymbol symbol, RecordsSettings settings)
        {
            var body = symbol.Kind switch
            {
                EditorSymbolKind.Schema => Code($"schema {symbol.Name}") + $" — the records the policy evaluates{Fields(symbol)}",
                EditorSymbolKind.Record => Code($"record {symbol.Name}") + Fields(symbol),
                EditorSymbolKind.Event => Code($"event {symbol.Name}") + $" — an event type of the record's history{Fields(symbol)}",
                EditorSymbolKind.Enum => Code($"enum {symbol.Name}") + ": " + string.Join(", ", ((EnumDeclarationSyntax)symbol.Syntax!).Members.Select(m => m.Text)),
                EditorSymbolKind.Field => Code($"{symbol.Name}: {symbol.Type}") + $" — field of {symbol.Container}",
                EditorSymbolKind.EnumMember => Code($"{symbol.Container}.{symbol.Name}") + $" — member of enum {symbol.Container}",
                EditorSymbolKind.Parameter => Parameter(symbol, settings),
                EditorSymbolKind.Let => Computed("let", symbol),
                EditorSymbolKind.Decision => Computed("decision", symbol) + "\n\nReported for every record.",
                EditorSymbolKind.Table => Code(Signature(symbol)) + " — band table",
                EditorSymbolKind.Tiers => Code(Signature(symbol)) + " — tiers: the first threshold reached wins",
                EditorSymbolKind.LookupKey => Code($"{symbol.Name}: {symbol.Type}") + $" — the key of {symbol.Container}",
                EditorSymbolKind.Clause => Clause((ClauseDeclarationSyntax)symbol.Syntax!),
                EditorSymbolKind.Lifecycle => Lifecycle((LifecycleDeclarationSyntax)symbol.Syntax!),
                EditorSymbolKind.LifecycleValue => Code($"lifecycle.{symbol.Name}") + ": " + BuiltinSymbols.LifecycleValues[symbol.Name],
                EditorSymbolKind.State => Code($"state {symbol.Name}") + $" of lifecycle {symbol.Container}" + (((StateSyntax)symbol.Syntax!).IsFinal ? " (final: no way out)" : string.Empty),
                EditorSymbolKind.Transition => Transition((TransitionSyntax)symbol.Syntax!),
                EditorSymbolKind.Deadline => Deadline((DeadlineSyntax)symbol.Syntax!),
                EditorSymbolKind.Variable => Code($"{symbol.Name}: {symbol.Type?.ToString() ?? "?"}") + (symbol.Source is null ? " — the event that fires the transition" : " — loop variable"),
                EditorSymbolKind.Function => Function(symbol.Name),
                EditorSymbolKind.RoundingMode => Code(symbol.Name) + " — a rounding mode of `round(value, places, mode)`",
                EditorSymbolKind.BuiltinType => Code(symbol.Name) + " — a built-in type",
                EditorSymbolKind.AsOf => Code("as_of: date") + " — the date the evaluation is for (an input, never the machine's clock)",
                _ => throw new System.InvalidOperationException($"Unexpected symbol kind {symbol.Kind}"),
            };
            return symbol.Location is { } location ? body + $"\n\nDeclared at {Where(location)}." : body;
        }

        /// <summary>A lookup's signature: <c>table audit_days(staff: int) -&gt; int</c>.</summary>
        public static string Signature(EditorSymbol lookup)
        {
            var (keyword, key, keyType, result) = lookup.Syntax switch
            {
                TableDeclarationSyntax t => ("table", t.KeyName.Text, t.KeyType, t.ResultType),
                TiersDeclarationSyntax t => ("tiers", t.KeyName.Text, t.KeyType, t.ResultType),
                _ => throw new System.InvalidOperationException("Not a lookup."),
            };
            return $"{keyword} {lookup.Name}({key}: {EditorType.FromSyntax(keyType)}) -> {EditorType.FromSyntax(result)}";
        }

        public static string Function(string name) =>
            BuiltinSymbols.FindFunction(name) is { } function
                ? string.Join("\n\n", function.Signatures.Select(s => Code(s.Label) + ": " + s.Documentation))
                : Code(name);

        private static string Parameter(EditorSymbol symbol, RecordsSettings settings)
        {
            var syntax = (ParameterDeclarationSyntax)symbol.Syntax!;
            var text = Code($"param {symbol.Name}: {symbol.Type} = {symbol.Source!.ToString(syntax.Default.Span)}");
            if (syntax.Description != null) text += "\n\n" + syntax.Description.Value;
            text += "\n\nDefault: `" + symbol.Source.ToString(syntax.Default.Span) + "`";
            if (settings.Parameters.TryGetValue(symbol.Name, out var value)) text += $"; overridden in {ComplianceSettings.FileName}: `{value}`";
            return text + ". Override per run with `--param " + symbol.Name + "=VALUE`.";
        }

        private static string Computed(string keyword, EditorSymbol symbol)
        {
            var value = symbol.Syntax switch
            {
                LetDeclarationSyntax let => let.Value,
                DecisionDeclarationSyntax decision => decision.Value,
                _ => throw new System.InvalidOperationException("Not a let or decision."),
            };
            var type = symbol.Type is null ? string.Empty : ": " + symbol.Type;
            return Code($"{keyword} {symbol.Name}{type} = {OneLine(symbol.Source!.ToString(value.Span))}");
        }

        private static string Clause(ClauseDeclarationSyntax clause)
        {
            var citations = clause.Citations.IsEmpty ? "none" : string.Join(", ", clause.Citations.Select(c => c.Value));
            return $"**clause {clause.Id.Text}** {clause.Title.Value}\n\nSeverity: {clause.Severity.ToString().ToLowerInvariant()}. Cites: {citations}.";
        }

        private static string Lifecycle(LifecycleDeclarationSyntax lifecycle) =>
            $"**lifecycle {lifecycle.Name.Text}**" + (lifecycle.Title is null ? string.Empty : " " + lifecycle.Title.Value) +
            $"\n\nStates: {string.Join(", ", lifecycle.States.Select(s => s.IsFinal ? s.Name.Text + " (final)" : s.Name.Text))}; starts in {lifecycle.InitialState.Text}. " +
            $"Read `{lifecycle.Name.Text}.state`, `.since` and `.started`.";

        private static string Transition(TransitionSyntax transition) =>
            $"**transition {transition.Id.Text}**" + (transition.Title is null ? string.Empty : " " + transition.Title.Value) +
            $"\n\n{transition.Sources.Describe()} -> {transition.To.Text}" + Citations(transition.Citations);

        private static string Deadline(DeadlineSyntax deadline) =>
            $"**deadline {deadline.Id.Text}** {deadline.Title.Value}\n\nIn state {deadline.State.Text}" + Citations(deadline.Citations);

        private static string Citations(System.Collections.Immutable.ImmutableArray<StringLiteralSyntax> citations) =>
            citations.IsEmpty ? "." : ". Cites: " + string.Join(", ", citations.Select(c => c.Value)) + ".";

        private static string Fields(EditorSymbol symbol)
        {
            var fields = symbol.Syntax switch
            {
                RecordDeclarationSyntax record => record.Fields,
                EventDeclarationSyntax @event => @event.Fields,
                _ => System.Collections.Immutable.ImmutableArray<FieldSyntax>.Empty,
            };
            return fields.IsEmpty ? string.Empty : "\n\n" + string.Join("\n", fields.Select(f => $"- `{f.Name.Text}: {EditorType.FromSyntax(f.Type)}`"));
        }

        private static string Code(string text) => "`" + text + "`";

        private static string OneLine(string text) =>
            string.Join(" ", text.Split(new[] { ' ', '\t', '\r', '\n' }, System.StringSplitOptions.RemoveEmptyEntries));

        private static string Where(SourceLocation location) =>
            $"{System.IO.Path.GetFileName(location.Path)}:{location.Start.Line}:{location.Start.Column}";
    }
}
