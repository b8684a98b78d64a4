using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>Open, change and close: what the server knows of the documents, and the diagnostics it publishes.</summary>
    public sealed class DocumentSyncTests : System.IDisposable
    {
        /// <summary>A workspace folder of the test's own, for the tests that read files on disk.</summary>
        private readonly string _folder = Directory.CreateTempSubdirectory("lsp-workspace-").FullName;
        private const string Eligibility = GoldenCase.UriBase + "eligibility.policy";

        private static JsonObject Change(int line, int character, int endLine, int endCharacter, string text, int version) => new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Eligibility, ["version"] = version },
            ["contentChanges"] = new JsonArray(new JsonObject
            {
                ["range"] = new JsonObject
                {
                    ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
                    ["end"] = new JsonObject { ["line"] = endLine, ["character"] = endCharacter },
                },
                ["text"] = text,
            }),
        };

        [Fact]
        public async Task Diagnostics_are_published_on_open_and_again_after_an_incremental_edit()
        {
            var file = Path.Combine(System.AppContext.BaseDirectory, "Golden", "Sync", "diagnostics.json");
            var golden = Json.Parse(File.ReadAllText(file)).AsObject();
            await using var client = await TestClient.StartAsync();

            await client.OpenAsync(Eligibility, GoldenCase.Text("Eligibility", "eligibility.policy"));
            var opened = await client.DiagnosticsAsync(Eligibility);
            // Line 33 (0-based 32) reads "  require sms_established + ...": misspell the field by inserting one character.
            await client.NotifyAsync("textDocument/didChange", Change(32, 14, 32, 14, "x", version: 2));
            var edited = await client.DiagnosticsAsync(Eligibility);

            await GoldenCase.CompareAsync(file, golden, "opened", opened);
            await GoldenCase.CompareAsync(file, golden, "edited", edited);
        }

        [Fact]
        public async Task Closing_a_document_clears_its_diagnostics()
        {
            await using var client = await TestClient.StartAsync();
            await client.OpenAsync(Eligibility, GoldenCase.Text("Eligibility", "eligibility.policy"));
            Assert.NotEmpty((await client.DiagnosticsAsync(Eligibility))["diagnostics"]!.AsArray());

            await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Eligibility } });

            Assert.Empty((await client.DiagnosticsAsync(Eligibility))["diagnostics"]!.AsArray());
        }

        [Fact]
        public async Task A_request_sent_right_after_an_edit_sees_the_edit()
        {
            await using var client = await TestClient.StartAsync();
            await client.OpenAsync(Eligibility, GoldenCase.Text("Eligibility", "eligibility.policy"));
            var request = Json.Parse($"{{\"textDocument\": {{\"uri\": \"{Eligibility}\"}}}}");

            for (var version = 2; version < 12; version++)
            {
                await client.NotifyAsync("textDocument/didChange", Change(0, 0, 0, 0, $"decision d{version} = true\n", version));
                var symbols = (await client.RequestAsync("textDocument/documentSymbol", request))!.AsArray();
                Assert.Equal($"d{version}", (string)symbols[0]!["name"]!);
            }
        }

        [Fact]
        public async Task A_policy_split_over_two_files_is_analysed_whole()
        {
            await using var client = await TestClient.StartAsync();
            var clauses = GoldenCase.UriBase + "clauses.policy";

            await client.OpenAsync(clauses, GoldenCase.Text("MultiFile", "clauses.policy"));
            var alone = await client.DiagnosticsAsync(clauses);
            await client.OpenAsync(GoldenCase.UriBase + "header.policy", GoldenCase.Text("MultiFile", "header.policy"));
            var together = await client.DiagnosticsAsync(clauses);

            Assert.Contains("CP1013", Codes(alone));
            Assert.Empty(Codes(together));
        }

        [Fact]
        public async Task Policy_files_on_disk_in_the_workspace_folder_count_without_being_opened()
        {
            File.WriteAllText(Path.Combine(_folder, "header.policy"), GoldenCase.Text("MultiFile", "header.policy"));
            var clauses = new System.Uri(Path.Combine(_folder, "clauses.policy")).AbsoluteUri;
            await using var client = await StartInFolderAsync();

            await client.OpenAsync(clauses, GoldenCase.Text("MultiFile", "clauses.policy"));

            Assert.Empty(Codes(await client.DiagnosticsAsync(clauses)));
        }

        [Fact]
        public async Task A_file_deleted_on_disk_leaves_the_policy_when_the_client_reports_it()
        {
            var header = Path.Combine(_folder, "header.policy");
            File.WriteAllText(header, GoldenCase.Text("MultiFile", "header.policy"));
            var clauses = new System.Uri(Path.Combine(_folder, "clauses.policy")).AbsoluteUri;
            await using var client = await StartInFolderAsync();
            await client.OpenAsync(clauses, GoldenCase.Text("MultiFile", "clauses.policy"));
            Assert.Empty(Codes(await client.DiagnosticsAsync(clauses)));

            File.Delete(header);
            await client.NotifyAsync("workspace/didChangeWatchedFiles", Json.Parse(
                $"{{\"changes\": [{{\"uri\": \"{new System.Uri(header).AbsoluteUri}\", \"type\": 3}}]}}"));

            Assert.Contains("CP1013", Codes(await client.DiagnosticsAsync(clauses)));
        }

        [Fact]
        public async Task A_saved_document_counts_with_its_saved_text_once_closed()
        {
            var header = Path.Combine(_folder, "header.policy");
            var complete = GoldenCase.Text("MultiFile", "header.policy");
            File.WriteAllText(header, complete.Replace("param minimum_age", "param some_other_age"));
            var headerUri = new System.Uri(header).AbsoluteUri;
            var clauses = new System.Uri(Path.Combine(_folder, "clauses.policy")).AbsoluteUri;
            await using var client = await StartInFolderAsync();
            await client.OpenAsync(clauses, GoldenCase.Text("MultiFile", "clauses.policy"));
            Assert.Contains("CP1001", Codes(await client.DiagnosticsAsync(clauses)));

            // The user opens the header, restores the parameter's name, saves, and closes it.
            await client.OpenAsync(headerUri, File.ReadAllText(header));
            await client.NotifyAsync("textDocument/didChange", Json.Parse(
                $"{{\"textDocument\": {{\"uri\": \"{headerUri}\", \"version\": 2}}, \"contentChanges\": [{{\"text\": {System.Text.Json.JsonSerializer.Serialize(complete)}}}]}}"));
            File.WriteAllText(header, complete);
            await client.NotifyAsync("textDocument/didSave", Json.Parse($"{{\"textDocument\": {{\"uri\": \"{headerUri}\"}}}}"));
            await client.NotifyAsync("textDocument/didClose", Json.Parse($"{{\"textDocument\": {{\"uri\": \"{headerUri}\"}}}}"));
            // The closed header is back to its text on disk, now the saved one: minimum_age is declared there again.
            var clausesText = GoldenCase.Text("MultiFile", "clauses.policy");
            var line = clausesText.Substring(0, clausesText.IndexOf("minimum_age", System.StringComparison.Ordinal)).Count(c => c == '\n');
            var definition = await client.RequestAsync("textDocument/definition", Json.Parse(
                $"{{\"textDocument\": {{\"uri\": \"{clauses}\"}}, \"position\": {{\"line\": {line}, \"character\": 20}}}}"));

            Assert.Equal(headerUri, (string?)definition!.AsArray().Single()!["uri"]);
        }

        [Fact]
        public async Task Diagnostics_follow_the_severities_of_compliance_json_and_the_files_suppression_comments()
        {
            File.WriteAllText(Path.Combine(_folder, "compliance.json"), "{ \"severity\": { \"CP1103\": \"error\" } }");
            var uri = new System.Uri(Path.Combine(_folder, "settings.policy")).AbsoluteUri;
            await using var client = await StartInFolderAsync();

            await client.OpenAsync(uri, string.Join("\n",
                "policy \"Settings\"",
                "schema S key id { id: text }",
                "let unused = 1",
                "# compliance-disable-next-line CP1101 -- the rule is not numbered yet",
                "clause C-1 \"Identified\"",
                "  require id != \"\"",
                ""));
            var published = (await client.DiagnosticsAsync(uri))["diagnostics"]!.AsArray();

            var diagnostic = Assert.Single(published)!;
            Assert.Equal("CP1103", (string?)diagnostic["code"]);
            Assert.Equal(1, (int)diagnostic["severity"]!);
        }

        /// <summary>A client whose server has this test's folder as its workspace and reads the files in it.</summary>
        private Task<TestClient> StartInFolderAsync() =>
            TestClient.StartAsync(new System.Uri(_folder).AbsoluteUri, new Server.LanguageServerOptions { DiagnosticsDelay = System.TimeSpan.Zero });

        public void Dispose() => Directory.Delete(_folder, recursive: true);

        private static string[] Codes(JsonObject published) =>
            published["diagnostics"]!.AsArray().Select(d => (string)d!["code"]!).ToArray();
    }
}
