using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer;
using CompliancePolicy.LanguageServer.Server;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// The language server as an editor uses it (<c>--editor</c>): a policy of 2,000 lines open, then 1,000 one-character
    /// edits in the middle of the file (a letter typed into a field's name, then deleted, so the diagnostics change every
    /// time and every declaration after the edit moves), each timed from the
    /// didChange until its publishDiagnostics arrives, with the server's own 20 ms debounce included; then completion
    /// asked right after an edit, in an expression; and the managed heap after 100 and after 1,000 edits. The server runs
    /// in this process over an in-memory stream pair, so the figures are the server's, not a pipe's.
    /// </summary>
    internal static class EditorLatency
    {
        private const string Uri = "file:///bench/editor.policy";

        public static int Run(int lines, int edits)
        {
            var text = EditorPolicy.Generate(lines);
            var (clientStream, serverStream) = FullDuplexStream.CreatePair();
            var served = PolicyLanguageServer.RunAsync(serverStream, serverStream, new LanguageServerOptions { ReadWorkspaceFolder = false });
            var formatter = new SystemTextJsonFormatter();
            using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, formatter));
            var published = new BlockingCollection<(int Version, int Count, long Ticks)>();
            Action<JsonElement> onDiagnostics = parameters => published.Add((
                parameters.GetProperty("version").GetInt32(), parameters.GetProperty("diagnostics").GetArrayLength(), Stopwatch.GetTimestamp()));
            client.AddLocalRpcMethod(onDiagnostics.Method, onDiagnostics.Target,
                new JsonRpcMethodAttribute("textDocument/publishDiagnostics") { UseSingleObjectParameterDeserialization = true });
            client.StartListening();
            Call(client, "initialize", new { processId = (int?)null, rootUri = (string?)null, capabilities = new { } });
            client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "policy", version = 1, text } }).Wait();
            var opened = published.Take();
            Console.WriteLine($"Policy: {text.Split('\n').Length - 1:N0} lines, {text.Length:N0} characters; diagnostics on open: {opened.Count}");
            if (opened.Count != 0) return 1;

            var (line, character) = PositionOf(text, "require " + EditorPolicy.EditedName);
            character += "require ".Length;
            var diagnostics = new double[edits];
            var completions = new double[edits / 10];
            long heapAt100 = 0;
            for (var i = 0; i < edits; i++)
            {
                var version = i + 2;
                var insert = i % 2 == 0;
                var change = insert
                    ? new { range = Range(line, character, line, character), text = "x" }
                    : new { range = Range(line, character, line, character + 1), text = "" };
                var start = Stopwatch.GetTimestamp();
                client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri = Uri, version }, contentChanges = new[] { change } }).Wait();
                (int Version, int Count, long Ticks) arrived;
                do arrived = published.Take(); while (arrived.Version != version);
                diagnostics[i] = Stopwatch.GetElapsedTime(start, arrived.Ticks).TotalMilliseconds;
                if (arrived.Count != (insert ? 1 : 0)) throw new InvalidOperationException($"Edit {i}: {arrived.Count} diagnostics.");
                if (i % 10 == 9) completions[i / 10] = Completion(client, line, character);
                if (i == 99) heapAt100 = Heap();
            }
            var heapAtEnd = Heap();
            Report("diagnostics after an edit", diagnostics);
            Report("completion after an edit", completions);
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "managed heap after 100 edits: {0:N1} MiB; after {1:N0}: {2:N1} MiB; working set {3:N0} MiB",
                heapAt100 / 1048576.0, edits, heapAtEnd / 1048576.0, Environment.WorkingSet / 1048576.0));
            Call(client, "shutdown", null);
            client.NotifyAsync("exit").Wait();
            return served.Wait(TimeSpan.FromSeconds(10)) && served.Result == 0 ? 0 : 1;
        }

        /// <summary>Asks completion right after an edit: the analysis of the new text is made for it.</summary>
        private static double Completion(JsonRpc client, int line, int character)
        {
            var start = Stopwatch.GetTimestamp();
            var result = Call(client, "textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line, character } });
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (result.GetProperty("items").GetArrayLength() < 10) throw new InvalidOperationException("Completion offered almost nothing.");
            return elapsed;
        }

        private static JsonElement Call(JsonRpc client, string method, object? parameters) =>
            parameters is null
                ? client.InvokeAsync<JsonElement>(method).GetAwaiter().GetResult()
                : client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters).GetAwaiter().GetResult();

        private static long Heap()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            return GC.GetTotalMemory(forceFullCollection: true);
        }

        private static object Range(int line, int character, int endLine, int endCharacter) =>
            new { start = new { line, character }, end = new { line = endLine, character = endCharacter } };

        /// <summary>The first occurrence of a text in the second half of the policy.</summary>
        private static (int Line, int Character) PositionOf(string text, string word)
        {
            var offset = text.IndexOf(word, text.Length / 2, StringComparison.Ordinal);
            var before = text.Substring(0, offset);
            return (before.Count(c => c == '\n'), offset - (before.LastIndexOf('\n') + 1));
        }

        private static void Report(string what, double[] milliseconds)
        {
            var sorted = milliseconds.OrderBy(m => m).ToArray();
            double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)(quantile * sorted.Length))];
            Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0,-28} n={1,5}  median {2,6:F1} ms  p90 {3,6:F1} ms  p99 {4,6:F1} ms  max {5,6:F1} ms",
                what, sorted.Length, At(0.5), At(0.9), At(0.99), sorted[sorted.Length - 1]));
        }
    }
}
