using System.Collections.Generic;

namespace CompliancePolicy.LanguageServer.Protocol
{
    /// <summary>The answer to <c>textDocument/hover</c>.</summary>
    public sealed record Hover(MarkupContent Contents, LspRange? Range);

    /// <summary><c>textDocument/completion</c>.</summary>
    public sealed record CompletionParams(TextDocumentIdentifier TextDocument, Position Position, CompletionContext? Context)
        : TextDocumentPositionParams(TextDocument, Position);

    /// <summary>How completion was asked for: typing (1), a trigger character (2), or again (3).</summary>
    public sealed record CompletionContext(int TriggerKind, string? TriggerCharacter);

    /// <summary>Completion items.</summary>
    public sealed record CompletionList(bool IsIncomplete, IReadOnlyList<CompletionItem> Items);

    /// <summary>One completion; <c>insertTextFormat</c> 2 is a snippet.</summary>
    public sealed record CompletionItem(
        string Label,
        int Kind,
        string? Detail = null,
        MarkupContent? Documentation = null,
        string? InsertText = null,
        int? InsertTextFormat = null,
        string? SortText = null);

    /// <summary>The answer to <c>textDocument/signatureHelp</c>.</summary>
    public sealed record SignatureHelp(IReadOnlyList<SignatureInformation> Signatures, int ActiveSignature, int ActiveParameter);

    /// <summary>A function's signature.</summary>
    public sealed record SignatureInformation(string Label, MarkupContent? Documentation, IReadOnlyList<ParameterInformation> Parameters);

    /// <summary>One parameter, as a substring of the signature's label.</summary>
    public sealed record ParameterInformation(string Label);

    /// <summary><c>textDocument/references</c>.</summary>
    public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext Context)
        : TextDocumentPositionParams(TextDocument, Position);

    /// <summary>Whether the declaration is listed among the references.</summary>
    public sealed record ReferenceContext(bool IncludeDeclaration);

    /// <summary><c>textDocument/rename</c>.</summary>
    public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName)
        : TextDocumentPositionParams(TextDocument, Position);

    /// <summary>The answer to <c>textDocument/prepareRename</c>: what would be renamed.</summary>
    public sealed record PrepareRenameResult(LspRange Range, string Placeholder);

    /// <summary>Names a document: the parameters of outline, folding, tokens and lenses.</summary>
    public sealed record DocumentParams(TextDocumentIdentifier TextDocument);

    /// <summary>An outline entry.</summary>
    public sealed record DocumentSymbol(string Name, string? Detail, int Kind, LspRange Range, LspRange SelectionRange, IReadOnlyList<DocumentSymbol>? Children);

    /// <summary>Lines that fold; kind "comment" or none.</summary>
    public sealed record FoldingRange(int StartLine, int EndLine, string? Kind);

    /// <summary>Tokens as the protocol's relative integer quintuples.</summary>
    public sealed record SemanticTokens(IReadOnlyList<int> Data);

    /// <summary><c>textDocument/formatting</c>; the options are ignored: the layout is the one <c>compliance fmt</c> gives.</summary>
    public sealed record DocumentFormattingParams(TextDocumentIdentifier TextDocument);

    /// <summary><c>textDocument/rangeFormatting</c>.</summary>
    public sealed record DocumentRangeFormattingParams(TextDocumentIdentifier TextDocument, LspRange Range);

    /// <summary><c>textDocument/codeAction</c>.</summary>
    public sealed record CodeActionParams(TextDocumentIdentifier TextDocument, LspRange Range, CodeActionContext Context);

    /// <summary>The diagnostics the client shows in the range.</summary>
    public sealed record CodeActionContext(IReadOnlyList<LspDiagnostic> Diagnostics);

    /// <summary>A fix: its edit, and the diagnostics it resolves.</summary>
    public sealed record CodeAction(string Title, string Kind, IReadOnlyList<LspDiagnostic>? Diagnostics, WorkspaceEdit Edit, bool? IsPreferred = null);

    /// <summary>A command shown above a line.</summary>
    public sealed record CodeLens(LspRange Range, Command Command);
}
