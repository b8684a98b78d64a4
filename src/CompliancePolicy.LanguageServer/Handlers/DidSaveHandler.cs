using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/didSave</c>: the saved text is what the file on disk holds now.</summary>
    internal sealed class DidSaveHandler : NotificationHandler<DidSaveTextDocumentParams>
    {
        public override string Method => "textDocument/didSave";

        public override void Handle(DidSaveTextDocumentParams notification, ServerSession session)
        {
            var path = DocumentUris.ToPath(notification.TextDocument.Uri);
            if (System.IO.Path.IsPathRooted(path)) WorkspaceFiles.Reload(session, path);
        }
    }
}
