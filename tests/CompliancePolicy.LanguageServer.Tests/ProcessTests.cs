using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>The built tool as an editor runs it: <c>compliance lsp --stdio</c> as a process, over its standard streams.</summary>
    public class ProcessTests
    {
        [Fact]
        public async Task The_tool_serves_initialize_open_edit_diagnostics_shutdown_exit_and_then_ends_with_code_0()
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet")
            {
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "compliance.dll"), "lsp", "--stdio" },
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            })!;
            try
            {
                await using var client = TestClient.OverStreams(process.StandardInput.BaseStream, process.StandardOutput.BaseStream);
                var uri = GoldenCase.UriBase + "eligibility.policy";

                var initialized = await client.RequestAsync("initialize", Json.Parse("{\"processId\": null, \"rootUri\": null, \"capabilities\": {}}"));
                await client.NotifyAsync("initialized", new JsonObject());
                await client.OpenAsync(uri, GoldenCase.Text("Eligibility", "eligibility.policy"));
                var opened = await client.DiagnosticsAsync(uri);
                await client.NotifyAsync("textDocument/didChange", Json.Parse(
                    $"{{\"textDocument\": {{\"uri\": \"{uri}\", \"version\": 2}}, \"contentChanges\": [{{\"range\": {{\"start\": {{\"line\": 39, \"character\": 4}}, \"end\": {{\"line\": 39, \"character\": 8}}}}, \"text\": \"day_count\"}}]}}"));
                var edited = await client.DiagnosticsAsync(uri);
                Assert.Null(await client.RequestAsync("shutdown", null));
                await client.NotifyAsync("exit");

                Assert.True(process.WaitForExit(30_000), "the server did not end after 'exit'");
                Assert.Equal(0, process.ExitCode);
                Assert.Equal(2, (int)initialized!["capabilities"]!["textDocumentSync"]!["change"]!);
                Assert.Equal("Let 'days' is never used", (string)opened["diagnostics"]![0]!["message"]!);
                Assert.Equal("Let 'day_count' is never used", (string)edited["diagnostics"]![0]!["message"]!);
                Assert.Equal(2, (int)edited["version"]!);
            }
            finally
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
            }
        }
    }
}
