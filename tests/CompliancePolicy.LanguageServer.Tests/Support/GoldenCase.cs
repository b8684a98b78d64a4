using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace CompliancePolicy.LanguageServer.Tests.Support
{
    /// <summary>
    /// A golden test, Regal style: a folder of small policies and, beside them, one JSON file per case with the request
    /// and the exact expected response. In a request, a position may be written as <c>{"find": "text"}</c> (the start of
    /// the first occurrence; <c>"occurrence"</c> picks a later one, <c>"offset"</c> moves right) and a range as
    /// <c>{"findRange": "text"}</c>. Run the tests with UPDATE_GOLDEN=1 to rewrite the expected responses (then read the diff).
    /// </summary>
    public static class GoldenCase
    {
        public const string UriBase = "file:///policies/";

        private static string Folder(string name) => Path.Combine(AppContext.BaseDirectory, "Golden", name);

        /// <summary>Opens every policy of the case's folder, sends the request, and compares the response with the file's.</summary>
        public static async Task RunAsync(string folder, string caseName)
        {
            var file = Path.Combine(Folder(folder), caseName + ".json");
            var golden = Json.Parse(File.ReadAllText(file)).AsObject();
            await using var client = await OpenFolderAsync(folder);
            var method = (string)golden["method"]!;
            var request = Resolve(golden["params"]?.DeepClone(), folder);
            var response = View(method, await client.RequestAsync(method, request), folder);
            await CompareAsync(file, golden, "response", response);
        }

        /// <summary>A client with every policy of a folder open.</summary>
        public static async Task<TestClient> OpenFolderAsync(string folder)
        {
            var client = await TestClient.StartAsync();
            foreach (var policy in Directory.GetFiles(Folder(folder), "*.policy").OrderBy(p => p, StringComparer.Ordinal))
                await client.OpenAsync(UriBase + Path.GetFileName(policy), File.ReadAllText(policy));
            return client;
        }

        public static string Text(string folder, string policy) => File.ReadAllText(Path.Combine(Folder(folder), policy));

        /// <summary>Compares with the golden file's entry (or rewrites it under UPDATE_GOLDEN=1).</summary>
        public static Task CompareAsync(string file, JsonObject golden, string key, JsonNode? actual)
        {
            if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
            {
                golden[key] = actual?.DeepClone();
                var source = Path.Combine(SourceFolder(), Path.GetRelativePath(Path.Combine(AppContext.BaseDirectory), file));
                File.WriteAllText(source, Json.Format(golden) + "\n");
                return Task.CompletedTask;
            }
            Assert.Equal(Json.Format(golden[key]), Json.Format(actual));
            return Task.CompletedTask;
        }

        /// <summary>Replaces <c>{"find": ...}</c> positions and <c>{"findRange": ...}</c> ranges by the protocol's.</summary>
        public static JsonNode? Resolve(JsonNode? node, string folder)
        {
            switch (node)
            {
                case JsonObject obj when obj["find"] is JsonNode find:
                    return PositionOf(folder, obj, (string)find!, end: false);
                case JsonObject obj when obj["findRange"] is JsonNode findRange:
                    return new JsonObject { ["start"] = PositionOf(folder, obj, (string)findRange!, end: false), ["end"] = PositionOf(folder, obj, (string)findRange!, end: true) };
                case JsonObject obj:
                    foreach (var key in obj.Select(p => p.Key).ToArray()) obj[key] = Resolve(obj[key]?.DeepClone(), folder);
                    return obj;
                case JsonArray array:
                    return new JsonArray(array.Select(item => Resolve(item?.DeepClone(), folder)).ToArray());
                default:
                    return node;
            }
        }

        private static JsonObject PositionOf(string folder, JsonObject spec, string text, bool end)
        {
            var policy = (string?)spec["in"] ?? FirstPolicy(folder);
            var content = Text(folder, policy);
            var occurrence = (int?)spec["occurrence"] ?? 1;
            var index = -1;
            for (var i = 0; i < occurrence; i++)
            {
                index = content.IndexOf(text, index + 1, StringComparison.Ordinal);
                if (index < 0) throw new InvalidOperationException($"'{text}' (occurrence {occurrence}) is not in {policy}");
            }
            var offset = index + (end ? text.Length : (int?)spec["offset"] ?? 0);
            var before = content.Substring(0, offset);
            var line = before.Count(c => c == '\n');
            var character = offset - (before.LastIndexOf('\n') + 1);
            return new JsonObject { ["line"] = line, ["character"] = character };
        }

        /// <summary>Semantic tokens read as lines of text; formatting edits with the text they give; other answers as they are.</summary>
        private static JsonNode? View(string method, JsonNode? response, string folder)
        {
            if (response is null) return null;
            var text = Text(folder, FirstPolicy(folder));
            switch (method)
            {
                case "textDocument/semanticTokens/full":
                    return SemanticTokensView.Decode(response["data"]!.AsArray().Select(n => (int)n!).ToArray(), text);
                case "textDocument/formatting":
                case "textDocument/rangeFormatting":
                    var lines = new JsonArray(TextEdits.Apply(text, response.AsArray()).Split('\n').Select(l => (JsonNode)l).ToArray());
                    return new JsonObject { ["edits"] = response.DeepClone(), ["result"] = lines };
                default:
                    return response;
            }
        }

        private static string FirstPolicy(string folder) =>
            Directory.GetFiles(Folder(folder), "*.policy").Select(Path.GetFileName).OrderBy(p => p, StringComparer.Ordinal).First()!;

        /// <summary>The test project's folder in the repository, found from the build output (for UPDATE_GOLDEN).</summary>
        private static string SourceFolder()
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory != null && !File.Exists(Path.Combine(directory.FullName, "CompliancePolicy.LanguageServer.Tests.csproj"))) directory = directory.Parent;
            return directory?.FullName ?? throw new InvalidOperationException("The test project's folder was not found.");
        }
    }
}
