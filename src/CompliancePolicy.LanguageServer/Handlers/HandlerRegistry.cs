using System.Collections.Generic;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>Every LSP method the server answers, registered in this one place.</summary>
    internal static class HandlerRegistry
    {
        public static IReadOnlyList<ILspHandler> All { get; } = new ILspHandler[]
        {
            new InitializeHandler(),
            new InitializedHandler(),
            new ShutdownHandler(),
            new ExitHandler(),
            new DidOpenHandler(),
            new DidChangeHandler(),
            new DidCloseHandler(),
            new DidSaveHandler(),
            new DidChangeWatchedFilesHandler(),
            new DocumentSymbolHandler(),
            new FoldingRangeHandler(),
            new SemanticTokensHandler(),
            new FormattingHandler(),
            new RangeFormattingHandler(),
            new HoverHandler(),
            new CompletionHandler(),
            new SignatureHelpHandler(),
            new DefinitionHandler(),
            new ReferencesHandler(),
            new PrepareRenameHandler(),
            new RenameHandler(),
            new CodeActionHandler(),
            new CodeLensHandler(),
            new ExecuteCommandHandler(),
        };

        public static void RegisterAll(ServerSession session)
        {
            foreach (var handler in All) handler.Register(session);
        }
    }
}
