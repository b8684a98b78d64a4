using CompliancePolicy.Checking;
using CompliancePolicy.Configuration;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>
    /// <c>workspace/didChangeWatchedFiles</c>: policy files created, changed or deleted outside the editor, and
    /// compliance.json files, after which the configuration is read again.
    /// </summary>
    internal sealed class DidChangeWatchedFilesHandler : NotificationHandler<DidChangeWatchedFilesParams>
    {
        public override string Method => "workspace/didChangeWatchedFiles";

        public override void Handle(DidChangeWatchedFilesParams notification, ServerSession session)
        {
            foreach (var change in notification.Changes)
            {
                var path = DocumentUris.ToPath(change.Uri);
                if (System.IO.Path.GetFileName(path) == ComplianceSettings.FileName)
                    session.Queue.Mutate(store => store.WithConfiguration(SettingsOnDisk.Configuration()));
                else if (path.EndsWith(".policy", System.StringComparison.OrdinalIgnoreCase))
                    WorkspaceFiles.Reload(session, path);
            }
        }
    }
}
