using System;
using System.Threading.Tasks;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Server
{
    /// <summary>Where the protocol's lifecycle stands: requests are refused before <c>initialize</c> and after <c>shutdown</c>.</summary>
    internal enum SessionState
    {
        Created,
        Initialized,
        ShutDown,
    }

    /// <summary>The state of one connection: its lifecycle, its documents, and how it ends.</summary>
    internal sealed class ServerSession
    {
        /// <summary>The protocol's error for a request sent before <c>initialize</c>.</summary>
        public const int ServerNotInitialized = -32002;

        /// <summary>JSON-RPC's error for a request that is not valid now (after <c>shutdown</c>).</summary>
        public const int InvalidRequest = -32600;

        private readonly TaskCompletionSource<int> _exit = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        public ServerSession(JsonRpc rpc, LanguageServerOptions options)
        {
            Rpc = rpc;
            Options = options;
            Queue = new RequestQueue();
            Diagnostics = new DiagnosticsPublisher(this);
            Queue.Changed += Diagnostics.Schedule;
        }

        public JsonRpc Rpc { get; }
        public LanguageServerOptions Options { get; }
        public RequestQueue Queue { get; }
        public DiagnosticsPublisher Diagnostics { get; }
        public SessionState State { get; set; }

        /// <summary>The workspace folder, where policy files on disk and <c>compliance.json</c> are looked for.</summary>
        public string? RootPath { get; set; }

        /// <summary>Completes with the process exit code when <c>exit</c> arrives: 0 after <c>shutdown</c>, 1 without it.</summary>
        public Task<int> Exited => _exit.Task;

        public void Exit() => _exit.TrySetResult(State == SessionState.ShutDown ? 0 : 1);

        /// <summary>Refuses a request the protocol does not allow now.</summary>
        public void EnsureAcceptsRequests()
        {
            if (State == SessionState.Created)
                throw new LocalRpcException("The server is not initialized: send 'initialize' first.") { ErrorCode = ServerNotInitialized };
            if (State == SessionState.ShutDown)
                throw new LocalRpcException("The server is shut down: only 'exit' is accepted now.") { ErrorCode = InvalidRequest };
        }

        /// <summary>Logs a line to the client's output (<c>window/logMessage</c>, type 3 info, 1 error).</summary>
        public void Log(string message, int type = 3) =>
            _ = Rpc.NotifyWithParameterObjectAsync("window/logMessage", new { type, message });
    }
}
