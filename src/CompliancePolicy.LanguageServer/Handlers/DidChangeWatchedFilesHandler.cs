using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>workspace/didChangeWatchedFiles</c>: policy files created, changed or deleted outside the editor.</summary>
    internal sealed class DidChangeWatchedFilesHandler : NotificationHandler<DidChangeWatchedFilesParams>
    {
        public override string Method => "workspace/didChangeWatchedFiles";

        public override void Handle(DidChangeWatchedFilesParams notification, ServerSession session)
        {
            foreach (var change in notification.Changes)
            {
                var path = DocumentUris.ToPath(change.Uri);
                if (!path.EndsWith(".policy", System.StringComparison.OrdinalIgnoreCase)) continue;
                WorkspaceFiles.Reload(session, path);
            }
        }
    }
}
