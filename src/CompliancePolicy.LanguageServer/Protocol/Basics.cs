using System.Collections.Generic;
using System.Text.Json;

// The Language Server Protocol's types, written by hand as plain records (OmniSharp's packages are not served here).
// Names follow the specification; JSON names come from the serializer's camelCase policy, and null fields are left out.
namespace CompliancePolicy.LanguageServer.Protocol
{
    /// <summary>A 0-based line and a 0-based UTF-16 character offset in that line.</summary>
    public sealed record Position(int Line, int Character);

    /// <summary>A range between two positions, the end excluded (named so because <c>System.Range</c> exists).</summary>
    public sealed record LspRange(Position Start, Position End);

    /// <summary>A range in a document.</summary>
    public sealed record Location(string Uri, LspRange Range);

    /// <summary>Names a document.</summary>
    public sealed record TextDocumentIdentifier(string Uri);

    /// <summary>Names a document at a version.</summary>
    public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

    /// <summary>An opened document's whole content.</summary>
    public sealed record TextDocumentItem(string Uri, string LanguageId, int Version, string Text);

    /// <summary>A position in a document: the parameters of hover, definition and signature help.</summary>
    public record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

    /// <summary>Replace a range with text.</summary>
    public sealed record TextEdit(LspRange Range, string NewText);

    /// <summary>Edits to several documents, by URI.</summary>
    public sealed record WorkspaceEdit(IReadOnlyDictionary<string, TextEdit[]> Changes);

    /// <summary>A command a client can run (here: sent back to the server with <c>workspace/executeCommand</c>).</summary>
    public sealed record Command(
        string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("command")] string Name,
        IReadOnlyList<object>? Arguments = null);

    /// <summary>Text in markdown or plaintext.</summary>
    public sealed record MarkupContent(string Kind, string Value)
    {
        public static MarkupContent Markdown(string value) => new MarkupContent("markdown", value);
    }

    /// <summary>A message for the user (<c>window/showMessage</c>); type 1 error, 2 warning, 3 info.</summary>
    public sealed record ShowMessageParams(int Type, string Message);

    /// <summary>The parameters of <c>workspace/executeCommand</c>.</summary>
    public sealed record ExecuteCommandParams(string Command, JsonElement[]? Arguments);
}
