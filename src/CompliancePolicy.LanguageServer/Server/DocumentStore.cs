using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using CompliancePolicy.Editing;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.Text;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>An open document: the URI the client uses, its path, version and text.</summary>
    internal sealed record OpenDocument(string Uri, string Path, int Version, SourceText Source);

    /// <summary>
    /// The documents the client has open and the policy files on disk beside them, as one immutable value: each
    /// change gives a new store, so a request works on the store it arrived with while later edits go on.
    /// </summary>
    internal sealed class DocumentStore
    {
        private DocumentStore(
            ImmutableDictionary<string, OpenDocument> open,
            ImmutableDictionary<string, SourceText> disk,
            PolicyWorkspace workspace,
            ImmutableList<EditorNote> notes)
        {
            Open = open;
            Disk = disk;
            Workspace = workspace;
            Notes = notes;
        }

        public static DocumentStore Empty { get; } = new DocumentStore(
            ImmutableDictionary<string, OpenDocument>.Empty, ImmutableDictionary<string, SourceText>.Empty, PolicyWorkspace.Create(), ImmutableList<EditorNote>.Empty);

        /// <summary>The results of the last code lens runs, until a file they are in changes.</summary>
        public ImmutableList<EditorNote> Notes { get; }

        /// <summary>Open documents by URI.</summary>
        public ImmutableDictionary<string, OpenDocument> Open { get; }

        /// <summary>Policy files on disk by path, as last read.</summary>
        public ImmutableDictionary<string, SourceText> Disk { get; }

        /// <summary>What the library analyses: the disk files, with open documents in place of their saved text.</summary>
        public PolicyWorkspace Workspace { get; }

        public OpenDocument? Find(string uri) => Open.TryGetValue(uri, out var document) ? document : null;

        /// <summary>The URI to report a file under: the client's for an open document, a <c>file:</c> URI otherwise.</summary>
        public string UriOf(string path) => Open.Values.FirstOrDefault(d => d.Path == path)?.Uri ?? DocumentUris.ToUri(path);

        public SourceText? SourceOf(string path) => Workspace.Find(path)?.Source;

        public DocumentStore Opened(TextDocumentItem item)
        {
            var path = DocumentUris.ToPath(item.Uri);
            var document = new OpenDocument(item.Uri, path, item.Version, new SourceText(path, item.Text));
            return new DocumentStore(Open.SetItem(item.Uri, document), Disk, Workspace.With(document.Source), Notes);
        }

        /// <summary>Applies changes in order; a document the client never opened is left alone.</summary>
        public DocumentStore Changed(VersionedTextDocumentIdentifier identifier, IReadOnlyList<TextDocumentContentChangeEvent> changes)
        {
            if (!Open.TryGetValue(identifier.Uri, out var document)) return this;
            var source = document.Source;
            foreach (var change in changes) source = Apply(source, change);
            var changed = document with { Version = identifier.Version, Source = source };
            return new DocumentStore(Open.SetItem(identifier.Uri, changed), Disk, Workspace.With(source), NotesWithout(document.Path));
        }

        /// <summary>A closed document falls back to its file on disk, or leaves the workspace if it has none.</summary>
        public DocumentStore Closed(string uri)
        {
            if (!Open.TryGetValue(uri, out var document)) return this;
            var workspace = Disk.TryGetValue(document.Path, out var saved) ? Workspace.With(saved) : Workspace.Without(document.Path);
            return new DocumentStore(Open.Remove(uri), Disk, workspace, Notes);
        }

        /// <summary>A file on disk read (or read again); an open document keeps the client's text.</summary>
        public DocumentStore WithDiskFile(SourceText source)
        {
            var isOpen = Open.Values.Any(d => d.Path == source.Path);
            return new DocumentStore(Open, Disk.SetItem(source.Path, source), isOpen ? Workspace : Workspace.With(source), isOpen ? Notes : NotesWithout(source.Path));
        }

        public DocumentStore WithoutDiskFile(string path)
        {
            var isOpen = Open.Values.Any(d => d.Path == path);
            return new DocumentStore(Open, Disk.Remove(path), isOpen ? Workspace : Workspace.Without(path), isOpen ? Notes : NotesWithout(path));
        }

        /// <summary>The store under another configuration (compliance.json read again): every policy is analysed again.</summary>
        public DocumentStore WithConfiguration(CompliancePolicy.Configuration.ComplianceConfiguration configuration) =>
            new DocumentStore(Open, Disk, Workspace.WithConfiguration(configuration), Notes);

        /// <summary>The notes of a lens run replace those of the previous run of the same kind.</summary>
        public DocumentStore WithNotes(string source, IEnumerable<EditorNote> notes) =>
            new DocumentStore(Open, Disk, Workspace, Notes.RemoveAll(n => n.Source == source).AddRange(notes));

        public IEnumerable<EditorNote> NotesIn(string path) => Notes.Where(n => n.Location.Path == path);

        private ImmutableList<EditorNote> NotesWithout(string path) => Notes.RemoveAll(n => n.Location.Path == path);

        private static SourceText Apply(SourceText source, TextDocumentContentChangeEvent change)
        {
            if (change.Range is null) return new SourceText(source.Path, change.Text);
            var span = Positions.ToSpan(source, change.Range);
            var text = new StringBuilder(source.Text.Length - span.Length + change.Text.Length)
                .Append(source.Text, 0, span.Start)
                .Append(change.Text)
                .Append(source.Text, span.End, source.Text.Length - span.End)
                .ToString();
            return new SourceText(source.Path, text);
        }
    }
}
