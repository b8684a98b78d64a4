using System.Collections.Generic;
using System.Text.Json;

namespace CompliancePolicy.LanguageServer.Protocol
{
    /// <summary><c>textDocument/didOpen</c>.</summary>
    public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

    /// <summary><c>textDocument/didChange</c>: changes applied in order, each to the result of the one before.</summary>
    public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextDocumentContentChangeEvent> ContentChanges);

    /// <summary>A change: the range replaced by the text, or without a range the whole new text.</summary>
    public sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);

    /// <summary><c>textDocument/didClose</c>.</summary>
    public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

    /// <summary><c>textDocument/didSave</c>.</summary>
    public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);

    /// <summary><c>workspace/didChangeWatchedFiles</c>.</summary>
    public sealed record DidChangeWatchedFilesParams(IReadOnlyList<FileEvent> Changes);

    /// <summary>A file created (1), changed (2) or deleted (3).</summary>
    public sealed record FileEvent(string Uri, int Type);

    /// <summary><c>textDocument/publishDiagnostics</c>.</summary>
    public sealed record PublishDiagnosticsParams(string Uri, int? Version, IReadOnlyList<LspDiagnostic> Diagnostics);

    /// <summary>A diagnostic (named so because the library has its own): severity 1 error, 2 warning, 3 information, 4 hint.</summary>
    public sealed record LspDiagnostic(
        LspRange Range,
        int Severity,
        string Code,
        CodeDescription? CodeDescription,
        string Source,
        string Message,
        IReadOnlyList<DiagnosticRelatedInformation>? RelatedInformation = null,
        JsonElement? Data = null);

    /// <summary>Where a diagnostic's rule is described.</summary>
    public sealed record CodeDescription(string Href);

    /// <summary>Another place a diagnostic concerns.</summary>
    public sealed record DiagnosticRelatedInformation(Location Location, string Message);
}
