using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/didOpen</c>: the client's text replaces the file's saved text.</summary>
    internal sealed class DidOpenHandler : NotificationHandler<DidOpenTextDocumentParams>
    {
        public override string Method => "textDocument/didOpen";

        public override void Handle(DidOpenTextDocumentParams notification, ServerSession session) =>
            session.Queue.Mutate(store => store.Opened(notification.TextDocument));
    }
}
