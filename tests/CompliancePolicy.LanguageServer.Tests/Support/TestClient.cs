using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Server;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>
    /// A client connected to an in-process server over a full-duplex stream pair: two JSON-RPC ends, as an editor and
    /// the server would be. Requests and answers are plain JSON, so tests read like the protocol's messages.
    /// </summary>
    public sealed class TestClient : IAsyncDisposable
    {
        private readonly JsonRpc _client;
        private readonly JsonRpc? _server;
        private readonly ConcurrentQueue<JsonObject> _diagnostics = new ConcurrentQueue<JsonObject>();
        private readonly SemaphoreSlim _diagnosticsArrived = new SemaphoreSlim(0);

        private TestClient(JsonRpc client, JsonRpc? server, Task<int> served)
        {
            _client = client;
            _server = server;
            Served = served;
            AddNotification("textDocument/publishDiagnostics", OnDiagnostics);
            AddNotification("window/logMessage", _ => { });
            _client.StartListening();
        }

        private void AddNotification(string method, Action<JsonElement> handler) =>
            _client.AddLocalRpcMethod(handler.Method, handler.Target, new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

        /// <summary>Completes with the in-process server's exit code.</summary>
        public Task<int> Served { get; }

        /// <summary>A client whose server answers requests at once and publishes diagnostics without delay.</summary>
        public static TestClient Connect(LanguageServerOptions? options = null)
        {
            var (clientStream, serverStream) = FullDuplexStream.CreatePair();
            var server = new JsonRpc(new HeaderDelimitedMessageHandler(serverStream, ProtocolJson.CreateFormatter()));
            var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, ProtocolJson.CreateFormatter()));
            options ??= new LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero, ReadWorkspaceFolder = false };
            return new TestClient(client, server, PolicyLanguageServer.ServeAsync(server, options, CancellationToken.None));
        }

        /// <summary>A client of a server in another process, over its standard input and output.</summary>
        public static TestClient OverStreams(Stream toServer, Stream fromServer) =>
            new TestClient(new JsonRpc(new HeaderDelimitedMessageHandler(toServer, fromServer, ProtocolJson.CreateFormatter())), null, Task.FromResult(-1));

        /// <summary>Connects and initializes, with a workspace folder when one is given.</summary>
        public static async Task<TestClient> StartAsync(string? rootUri = null, LanguageServerOptions? options = null)
        {
            var client = Connect(options);
            await client.RequestAsync("initialize", Json.Parse($"{{\"processId\": null, \"rootUri\": {(rootUri is null ? "null" : JsonSerializer.Serialize(rootUri))}, \"capabilities\": {{}}}}"));
            await client.NotifyAsync("initialized", new JsonObject());
            return client;
        }

        public async Task<JsonNode?> RequestAsync(string method, JsonNode? parameters, CancellationToken cancellationToken = default)
        {
            var result = parameters is null
                ? await _client.InvokeWithCancellationAsync<JsonElement?>(method, Array.Empty<object>(), cancellationToken)
                : await _client.InvokeWithParameterObjectAsync<JsonElement?>(method, parameters, cancellationToken);
            return result is JsonElement element ? JsonNode.Parse(element.GetRawText()) : null;
        }

        public Task NotifyAsync(string method, JsonNode? parameters = null) =>
            parameters is null ? _client.NotifyAsync(method) : _client.NotifyWithParameterObjectAsync(method, parameters);

        public Task OpenAsync(string uri, string text, int version = 1) =>
            NotifyAsync("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "policy", ["version"] = version, ["text"] = text },
            });

        /// <summary>The next <c>publishDiagnostics</c> for a URI (earlier ones for other URIs are skipped).</summary>
        public async Task<JsonObject> DiagnosticsAsync(string uri, TimeSpan? timeout = null)
        {
            var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
            while (DateTime.UtcNow < deadline)
            {
                while (_diagnostics.TryDequeue(out var published))
                {
                    if ((string?)published["uri"] == uri) return published;
                }
                await _diagnosticsArrived.WaitAsync(deadline - DateTime.UtcNow > TimeSpan.Zero ? deadline - DateTime.UtcNow : TimeSpan.Zero);
            }
            throw new TimeoutException($"No diagnostics were published for {uri}.");
        }

        /// <summary>Every diagnostics notification received so far, oldest first, without waiting.</summary>
        public IReadOnlyList<JsonObject> PublishedSoFar() => _diagnostics.ToArray();

        private void OnDiagnostics(JsonElement parameters)
        {
            _diagnostics.Enqueue(JsonNode.Parse(parameters.GetRawText())!.AsObject());
            _diagnosticsArrived.Release();
        }

        public async ValueTask DisposeAsync()
        {
            _client.Dispose();
            _server?.Dispose();
            await Task.WhenAny(Served, Task.Delay(TimeSpan.FromSeconds(5)));
        }
    }

    /// <summary>JSON helpers for tests.</summary>
    public static class Json
    {
        // Relaxed escaping, so quotes and non-ASCII text in golden files read as written.
        private static readonly JsonSerializerOptions Indented = new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };

        public static JsonNode Parse(string json) => JsonNode.Parse(json)!;

        /// <summary>Indented, for golden files and readable failures.</summary>
        public static string Format(JsonNode? node) => node is null ? "null" : node.ToJsonString(Indented);
    }
}
