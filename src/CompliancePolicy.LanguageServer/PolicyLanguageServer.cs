using System.IO;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Handlers;
using CompliancePolicy.LanguageServer.Server;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer
{
    /// <summary>The language server for <c>.policy</c> files: JSON-RPC with the protocol's headers over a pair of streams.</summary>
    public static class PolicyLanguageServer
    {
        /// <summary>
        /// Serves one client until it sends <c>exit</c> (the result is then 0 after <c>shutdown</c>, 1 without it) or closes
        /// its stream (1). It does not wait for the input to close after <c>exit</c>.
        /// </summary>
        public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions? options = null, CancellationToken cancellationToken = default)
        {
            // Not disposed on 'exit': disposing would wait on a read of standard input that may never end (roslyn 82069);
            // the process ends instead, and with it the connection.
            var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(output, input, ProtocolJson.CreateFormatter()));
            var code = await ServeAsync(rpc, options, cancellationToken).ConfigureAwait(false);
            if (rpc.Completion.IsCompleted) rpc.Dispose();
            return code;
        }

        /// <summary>Registers every handler on a connection, starts it, and waits for the end (a duplex stream in tests).</summary>
        internal static async Task<int> ServeAsync(JsonRpc rpc, LanguageServerOptions? options, CancellationToken cancellationToken)
        {
            var session = Start(rpc, options);
            var ended = await Task.WhenAny(session.Exited, rpc.Completion, Task.Delay(Timeout.Infinite, cancellationToken)).ConfigureAwait(false);
            return ended == session.Exited ? session.Exited.Result : 1;
        }

        internal static ServerSession Start(JsonRpc rpc, LanguageServerOptions? options)
        {
            var session = new ServerSession(rpc, options ?? new LanguageServerOptions());
            HandlerRegistry.RegisterAll(session);
            rpc.StartListening();
            return session;
        }
    }
}
