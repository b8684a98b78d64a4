using System;
using CompliancePolicy.LanguageServer.Server;

namespace CompliancePolicy.LanguageServer.Handlers
{
    /// <summary>
    /// <c>exit</c>: ends the server at once, with code 0 after <c>shutdown</c> and 1 otherwise. Accepted in every state,
    /// and the process does not wait for standard input to close.
    /// </summary>
    internal sealed class ExitHandler : ILspHandler
    {
        public string Method => "exit";

        public void Register(ServerSession session) => Rpc.Add(session, Method, new Action(session.Exit));
    }
}
