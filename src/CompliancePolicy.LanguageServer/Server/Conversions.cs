using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>The library's diagnostics in the protocol's terms.</summary>
    internal static class Conversions
    {
        public const string Source = "compliance";

        public static LspDiagnostic ToLsp(Diagnostic diagnostic) => new LspDiagnostic(
            diagnostic.Location is null ? new LspRange(new Position(0, 0), new Position(0, 0)) : Positions.ToRange(diagnostic.Location),
            Severity(diagnostic.Severity),
            diagnostic.Id,
            new CodeDescription(diagnostic.Rule.HelpLink),
            Source,
            diagnostic.Message);

        /// <summary>A lens result, shown as an information diagnostic on its clause or lifecycle.</summary>
        public static LspDiagnostic ToLsp(EditorNote note) =>
            new LspDiagnostic(Positions.ToRange(note.Location), 3, note.Source, null, Source, note.Message);

        /// <summary>Changes to files of the workspace as the protocol's edit, each file under the URI the client knows it by.</summary>
        public static WorkspaceEdit ToWorkspaceEdit(IEnumerable<Diagnostics.TextEdit> edits, DocumentStore store) =>
            new WorkspaceEdit(edits.GroupBy(e => e.Path).ToDictionary(
                file => store.UriOf(file.Key),
                file => file.Select(e => ToLsp(e, store.SourceOf(file.Key)!)).ToArray()));

        /// <summary>An edit of the library as the protocol's, in a file whose text is known.</summary>
        public static Protocol.TextEdit ToLsp(Diagnostics.TextEdit edit, Text.SourceText source) =>
            new Protocol.TextEdit(Positions.ToRange(source, edit.Span), edit.NewText);

        public static int Severity(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => 1,
            DiagnosticSeverity.Warning => 2,
            DiagnosticSeverity.Info => 3,
            _ => throw new System.InvalidOperationException($"Unexpected severity {severity}"),
        };
    }
}
