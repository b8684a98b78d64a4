using System;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary><c>shutdown</c>: from now on only <c>exit</c> is accepted; the answer is null.</summary>
    internal sealed class ShutdownHandler : ILspHandler
    {
        public string Method => "shutdown";

        public void Register(ServerSession session) =>
            Rpc.Add(session, Method, new Func<object?>(() =>
            {
                session.EnsureAcceptsRequests();
                session.State = SessionState.ShutDown;
                return null;
            }));
    }
}
