using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>What the server tells the client it offers.</summary>
    internal static class Capabilities
    {
        /// <summary>The commands code lenses run (<c>workspace/executeCommand</c>).</summary>
        public const string RunTestsCommand = "compliance.runTests";
        public const string EvaluateCommand = "compliance.evaluate";

        public static ServerCapabilities Offered { get; } = new ServerCapabilities(
            PositionEncoding: "utf-16",
            TextDocumentSync: new TextDocumentSyncOptions(OpenClose: true, Change: 2, Save: new SaveOptions(IncludeText: false)),
            HoverProvider: true,
            CompletionProvider: new CompletionOptions(new[] { ".", " ", "(" }, ResolveProvider: false),
            SignatureHelpProvider: new SignatureHelpOptions(new[] { "(", "," }, new[] { "," }),
            DefinitionProvider: true,
            ReferencesProvider: true,
            DocumentSymbolProvider: true,
            DocumentFormattingProvider: true,
            DocumentRangeFormattingProvider: true,
            RenameProvider: new RenameOptions(PrepareProvider: true),
            FoldingRangeProvider: true,
            CodeActionProvider: new CodeActionOptions(new[] { "quickfix" }),
            CodeLensProvider: new CodeLensOptions(ResolveProvider: false),
            ExecuteCommandProvider: new ExecuteCommandOptions(new[] { RunTestsCommand, EvaluateCommand }),
            SemanticTokensProvider: new SemanticTokensOptions(SemanticTokenLegend.Legend, Full: true, Range: false));
    }
}
