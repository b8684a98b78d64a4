using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>textDocument/didChange</c>: incremental changes, applied before the next message is dispatched.</summary>
    internal sealed class DidChangeHandler : NotificationHandler<DidChangeTextDocumentParams>
    {
        public override string Method => "textDocument/didChange";

        public override void Handle(DidChangeTextDocumentParams notification, ServerSession session) =>
            session.Queue.Mutate(store => store.Changed(notification.TextDocument, notification.ContentChanges));
    }
}
