using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>The protocol's lifecycle: initialize, requests refused before it, shutdown, exit, cancellation.</summary>
    public class LifecycleTests
    {
        [Fact]
        public async Task Initialize_answers_with_the_capabilities_and_the_token_legend()
        {
            await using var client = TestClient.Connect();
            var result = await client.RequestAsync("initialize", Json.Parse("{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}"));

            var file = System.IO.Path.Combine(System.AppContext.BaseDirectory, "Golden", "Lifecycle", "initialize.json");
            var golden = Json.Parse(System.IO.File.ReadAllText(file)).AsObject();
            await GoldenCase.CompareAsync(file, golden, "response", result);
        }

        [Fact]
        public async Task A_request_before_initialize_is_refused_with_32002_and_notifications_are_dropped()
        {
            await using var client = TestClient.Connect();
            await client.OpenAsync("file:///policies/early.policy", "policy \"Early\"\n");

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
                client.RequestAsync("textDocument/documentSymbol", Json.Parse("{\"textDocument\": {\"uri\": \"file:///policies/early.policy\"}}")));

            Assert.Equal(-32002, error.ErrorCode);
            await client.RequestAsync("initialize", Json.Parse("{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}"));
            var symbols = await client.RequestAsync("textDocument/documentSymbol", Json.Parse("{\"textDocument\": {\"uri\": \"file:///policies/early.policy\"}}"));
            Assert.Null(symbols);
        }

        [Fact]
        public async Task Exit_after_shutdown_ends_the_server_with_code_0()
        {
            await using var client = await TestClient.StartAsync();

            Assert.Null(await client.RequestAsync("shutdown", null));
            var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
                client.RequestAsync("textDocument/foldingRange", Json.Parse("{\"textDocument\": {\"uri\": \"file:///policies/a.policy\"}}")));
            await client.NotifyAsync("exit");

            Assert.Equal(-32600, refused.ErrorCode);
            Assert.Equal(0, await client.Served.WaitAsync(System.TimeSpan.FromSeconds(10)));
        }

        [Fact]
        public async Task Exit_without_shutdown_ends_the_server_with_code_1()
        {
            await using var client = await TestClient.StartAsync();

            await client.NotifyAsync("exit");

            Assert.Equal(1, await client.Served.WaitAsync(System.TimeSpan.FromSeconds(10)));
        }

        [Fact]
        public async Task A_request_cancelled_while_it_runs_is_answered_with_32800()
        {
            await using var client = await TestClient.StartAsync();
            await client.OpenAsync("file:///policies/large.policy", LargePolicy.Text(clauses: 3000));
            using var cancellation = new CancellationTokenSource();

            var request = client.RequestAsync("textDocument/semanticTokens/full", Json.Parse("{\"textDocument\": {\"uri\": \"file:///policies/large.policy\"}}"), cancellation.Token);
            await Task.Delay(5);
            cancellation.Cancel();

            // StreamJsonRpc sends $/cancelRequest; the server answers -32800, which the client reads as a cancellation.
            await Assert.ThrowsAnyAsync<System.OperationCanceledException>(() => request);
        }
    }
}
