using System;
using System.Linq;
using CompliancePolicy.Checking;
using CompliancePolicy.LanguageServer.Protocol;
using CompliancePolicy.LanguageServer.Server;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>initialize</c>: remembers the workspace folder, reads its policy files, and says what the server offers.</summary>
    internal sealed class InitializeHandler : ILspHandler
    {
        public string Method => "initialize";

        public void Register(ServerSession session) =>
            Rpc.Add(session, Method, new Func<InitializeParams, InitializeResult>(request => Handle(request, session)));

        private static InitializeResult Handle(InitializeParams request, ServerSession session)
        {
            if (session.State != SessionState.Created)
                throw new LocalRpcException("'initialize' may be sent only once.") { ErrorCode = ServerSession.InvalidRequest };
            session.RootPath = RootOf(request);
            // Severities, suppressions and records as compliance lint reads them: from compliance.json beside each policy file.
            session.Queue.Mutate(store => store.WithConfiguration(SettingsOnDisk.Configuration()));
            if (session.Options.ReadWorkspaceFolder && session.RootPath != null) WorkspaceFiles.Load(session, session.RootPath);
            session.State = SessionState.Initialized;
            var version = typeof(InitializeHandler).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
            return new InitializeResult(Capabilities.Offered, new ServerInfo("compliance", version));
        }

        private static string? RootOf(InitializeParams request)
        {
            var uri = request.WorkspaceFolders?.FirstOrDefault()?.Uri ?? request.RootUri;
            return uri != null ? DocumentUris.ToPath(uri) : request.RootPath;
        }
    }
}
