using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/didClose</c>: the file's saved text counts again; its diagnostics are cleared.</summary>
    internal sealed class DidCloseHandler : NotificationHandler<DidCloseTextDocumentParams>
    {
        public override string Method => "textDocument/didClose";

        public override void Handle(DidCloseTextDocumentParams notification, ServerSession session) =>
            session.Queue.Mutate(store => store.Closed(notification.TextDocument.Uri));
    }
}
