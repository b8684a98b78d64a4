using System.Collections.Generic;
using System.Text.Json;

namespace CompliancePolicy.LanguageServer.Protocol
{
    /// <summary>The parameters of <c>initialize</c> the server reads; the rest of the client's message is ignored.</summary>
    public sealed record InitializeParams(
        int? ProcessId,
        string? RootUri,
        string? RootPath,
        IReadOnlyList<WorkspaceFolder>? WorkspaceFolders,
        JsonElement? InitializationOptions);

    /// <summary>A folder open in the client.</summary>
    public sealed record WorkspaceFolder(string Uri, string Name);

    /// <summary>The answer to <c>initialize</c>.</summary>
    public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

    /// <summary>The server's name and version.</summary>
    public sealed record ServerInfo(string Name, string Version);

    /// <summary>What the server offers.</summary>
    public sealed record ServerCapabilities(
        string PositionEncoding,
        TextDocumentSyncOptions TextDocumentSync,
        bool HoverProvider,
        CompletionOptions CompletionProvider,
        SignatureHelpOptions SignatureHelpProvider,
        bool DefinitionProvider,
        bool ReferencesProvider,
        bool DocumentSymbolProvider,
        bool DocumentFormattingProvider,
        bool DocumentRangeFormattingProvider,
        RenameOptions RenameProvider,
        bool FoldingRangeProvider,
        CodeActionOptions CodeActionProvider,
        CodeLensOptions CodeLensProvider,
        ExecuteCommandOptions ExecuteCommandProvider,
        SemanticTokensOptions SemanticTokensProvider);

    /// <summary>Open and close notifications, incremental changes (2), and saves without the text.</summary>
    public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);

    /// <summary>Whether a save notification carries the text.</summary>
    public sealed record SaveOptions(bool IncludeText);

    /// <summary>The characters that ask for completion.</summary>
    public sealed record CompletionOptions(IReadOnlyList<string> TriggerCharacters, bool ResolveProvider);

    /// <summary>The characters that ask for signature help.</summary>
    public sealed record SignatureHelpOptions(IReadOnlyList<string> TriggerCharacters, IReadOnlyList<string> RetriggerCharacters);

    /// <summary>Rename, with <c>textDocument/prepareRename</c>.</summary>
    public sealed record RenameOptions(bool PrepareProvider);

    /// <summary>The kinds of code action offered.</summary>
    public sealed record CodeActionOptions(IReadOnlyList<string> CodeActionKinds);

    /// <summary>Code lenses come complete (no resolve step).</summary>
    public sealed record CodeLensOptions(bool ResolveProvider);

    /// <summary>The commands the server runs for the client.</summary>
    public sealed record ExecuteCommandOptions(IReadOnlyList<string> Commands);

    /// <summary>Semantic tokens for whole documents.</summary>
    public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

    /// <summary>The token types and modifiers the numbers in a token stream stand for.</summary>
    public sealed record SemanticTokensLegend(IReadOnlyList<string> TokenTypes, IReadOnlyList<string> TokenModifiers);
}
