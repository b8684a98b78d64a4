using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Editing
{
    /// <summary>The completion entries: symbols as entries, and the fixed lists of keywords and snippets.</summary>
    internal static class CompletionItems
    {
        public static CompletionEntry Of(EditorSymbol symbol)
        {
            var kind = symbol.Kind switch
            {
                EditorSymbolKind.Field => CompletionKind.Field,
                EditorSymbolKind.Parameter => CompletionKind.Parameter,
                EditorSymbolKind.Let => CompletionKind.Value,
                EditorSymbolKind.Decision => CompletionKind.Value,
                EditorSymbolKind.Variable => CompletionKind.Variable,
                EditorSymbolKind.LookupKey => CompletionKind.Variable,
                EditorSymbolKind.AsOf => CompletionKind.Variable,
                EditorSymbolKind.Table => CompletionKind.Function,
                EditorSymbolKind.Tiers => CompletionKind.Function,
                EditorSymbolKind.EnumMember => CompletionKind.EnumMember,
                EditorSymbolKind.State => CompletionKind.State,
                EditorSymbolKind.Event => CompletionKind.Event,
                EditorSymbolKind.Clause => CompletionKind.Clause,
                EditorSymbolKind.Lifecycle => CompletionKind.Lifecycle,
                _ => CompletionKind.Type,
            };
            var detail = symbol.Kind switch
            {
                EditorSymbolKind.Table => SymbolDescriptions.Signature(symbol),
                EditorSymbolKind.Tiers => SymbolDescriptions.Signature(symbol),
                EditorSymbolKind.Clause => ((Syntax.ClauseDeclarationSyntax)symbol.Syntax!).Title.Value,
                EditorSymbolKind.Lifecycle => "lifecycle",
                _ => symbol.Type?.ToString(),
            };
            var insert = symbol.Kind == EditorSymbolKind.Table || symbol.Kind == EditorSymbolKind.Tiers ? symbol.Name + "(${1})" : null;
            return new CompletionEntry(symbol.Name, kind, detail, null, insert, insert != null);
        }

        public static IReadOnlyList<CompletionEntry> Functions { get; } = BuiltinSymbols.Functions
            .Select(f => new CompletionEntry(f.Name, CompletionKind.Function, string.Join(" | ", f.Signatures.Select(s => s.Label)),
                string.Join("\n\n", f.Signatures.Select(s => s.Documentation)),
                f.Name + "(" + string.Join(", ", f.Signatures[0].Parameters.Select((p, i) => $"${{{i + 1}:{p}}}")) + ")", IsSnippet: true))
            .ToArray();

        public static IReadOnlyList<CompletionEntry> Declarations { get; } = new[]
        {
            Snippet("policy", "policy \"${1:Title}\"\n  version \"${2:1.0.0}\""),
            Snippet("schema", "schema ${1:Name} key ${2:id} {\n  ${2:id}: text\n  $0\n}"),
            Snippet("record", "record ${1:Name} {\n  $0\n}"),
            Snippet("enum", "enum ${1:Name} { $0 }"),
            Snippet("event", "event ${1:Name} { $0 }"),
            Snippet("param", "param ${1:name}: ${2:int} = ${3:0} \"${4:RD-x.y: why}\""),
            Snippet("let", "let ${1:name} = $0"),
            Snippet("table", "table ${1:name}(${2:key}: int) -> ${3:int} {\n  ${4:1} to ${5:10} => $0\n  otherwise => error \"no band for {${2:key}}\"\n}"),
            Snippet("tiers", "tiers ${1:name}(${2:score}: decimal) -> ${3:Grade} {\n  at least ${4:90} => $0\n  otherwise => ${5:value}\n}"),
            Snippet("clause", "clause ${1:ID-1} \"${2:Title}\"\n  cites \"${3:RD-x.y}\"\n  severity ${4:major}\n  require $0"),
            Snippet("decision", "decision ${1:name} = $0"),
            Snippet("lifecycle", "lifecycle ${1:name} \"${2:Title}\"\n  history ${3:events}\n  initial ${4:active} on ${5:date}\n  state ${4:active}\n  $0"),
        };

        public static IReadOnlyList<CompletionEntry> ClauseParts { get; } = new[]
        {
            Snippet("cites", "cites \"${1:RD-x.y}\""),
            Keyword("severity"),
            Snippet("applies when", "applies when $0"),
            Keyword("require"),
            Keyword("unless"),
            Snippet("message", "message \"$0\""),
        };

        public static IReadOnlyList<CompletionEntry> LifecycleParts { get; } = new[]
        {
            Keyword("history"),
            Keyword("initial"),
            Keyword("state"),
            Snippet("final state", "final state $0"),
            Snippet("transition", "transition ${1:T-1} \"${2:Title}\" ${3:from} -> ${4:to}\n    $0"),
            Snippet("deadline", "deadline ${1:D-1} \"${2:Title}\" in ${3:state}\n    within ${4:90 days} since ${5:entering}"),
            Snippet("ignore", "ignore ${1:Event} in ${2:state} \"${3:why it changes nothing}\""),
            Keyword("on"),
            Snippet("after", "after ${1:90 days} since ${2:entering}"),
            Keyword("when"),
            Keyword("priority"),
            Snippet("cites", "cites \"${1:RD-x.y}\""),
        };

        public static IReadOnlyList<CompletionEntry> LookupArms(bool tiers) => tiers
            ? new[] { Snippet("at least", "at least ${1:0} => $0"), Snippet("otherwise", "otherwise => $0") }
            : new[] { Snippet("up to", "up to ${1:10} => $0"), Snippet("otherwise", "otherwise => $0") };

        public static IReadOnlyList<CompletionEntry> Severities { get; } =
            new[] { "blocker", "major", "minor", "advisory" }.Select(Keyword).ToArray();

        public static IReadOnlyList<CompletionEntry> RoundingModes { get; } = BuiltinSymbols.RoundingModes
            .Select(m => new CompletionEntry(m, CompletionKind.EnumMember, "rounding mode")).ToArray();

        public static IReadOnlyList<CompletionEntry> ExpressionKeywords { get; } =
            new[] { "if", "not", "any", "all", "none", "true", "false", "passed", "failed", "failures" }.Select(Keyword).ToArray();

        public static IReadOnlyList<CompletionEntry> Operators { get; } = new[]
        {
            Keyword("and"), Keyword("or"), Keyword("is present"), Keyword("is missing"), Keyword("in"), Keyword("not in"),
            Snippet("within", "within ${1:90 days} ${2|before,after,of|} $0"), Keyword("then"), Keyword("else"), Keyword("where"),
        };

        public static IReadOnlyList<CompletionEntry> Types(DeclarationTable table) =>
            BuiltinSymbols.TypeNames.Select(t => new CompletionEntry(t, CompletionKind.Type, "built-in type"))
                .Concat(new[] { Snippet("list of", "list of $0") })
                .Concat(table.Types.Values.Select(t => Of(t)))
                .ToArray();

        private static CompletionEntry Keyword(string word) =>
            new CompletionEntry(word, CompletionKind.Keyword, null, KeywordDocs.Meaning(word.Split(' ').Last()) ?? KeywordDocs.Meaning(word.Split(' ')[0]));

        private static CompletionEntry Snippet(string label, string snippet) =>
            new CompletionEntry(label, CompletionKind.Snippet, null, KeywordDocs.Meaning(label.Split(' ')[0]), snippet, IsSnippet: true);
    }
}
