using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>
    /// The code lenses' commands (<c>workspace/executeCommand</c>): results come back as the answer, as information
    /// diagnostics on the clause, and in its hover. The workspace is Golden/Lenses copied to a temporary folder: a policy,
    /// its test file, records, and a compliance.json naming them (with an as-of date and a parameter override).
    /// </summary>
    public sealed class LensTests : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("lsp-lenses-").FullName;

        public LensTests()
        {
            foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden", "Lenses")))
                File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }

        private string PolicyUri => new Uri(Path.Combine(_folder, "applicants.policy")).AbsoluteUri;

        [Fact]
        public async Task Evaluate_runs_the_records_of_compliance_json_and_shows_each_clauses_outcomes_on_it()
        {
            await using var client = await StartAsync();

            var summary = await Execute(client, "compliance.evaluate");
            var note = await NoteAsync(client, "evaluate");
            var hover = await client.RequestAsync("textDocument/hover", Position(9, 8));

            Assert.Equal("Evaluate as of 2026-11-23: 3 record(s)", summary);
            Assert.Equal("Evaluate as of 2026-11-23: 3 record(s); AGE-1: fail 1 (A-2), pass 2", (string)note["message"]!);
            Assert.Equal(3, (int)note["severity"]!);
            Assert.Contains("**evaluate**: Evaluate as of 2026-11-23: 3 record(s); AGE-1: fail 1 (A-2), pass 2", (string)hover!["contents"]!["value"]!);
        }

        [Fact]
        public async Task Run_tests_runs_the_policys_test_file_and_shows_the_failing_expectation_on_the_clause()
        {
            await using var client = await StartAsync();

            var summary = await Execute(client, "compliance.runTests");
            var note = await NoteAsync(client, "tests");

            Assert.Equal("Tests: 1 passed, 1 failed", summary);
            Assert.Equal("Tests: 1 passed, 1 failed; AGE-1: 1 expectation(s) failed, first: expected pass, actual fail (\"not met: age >= minimum_age\") for record T-2", (string)note["message"]!);
        }

        [Fact]
        public async Task Parameter_hover_shows_the_override_compliance_json_gives()
        {
            await using var client = await StartAsync();

            var hover = await client.RequestAsync("textDocument/hover", Position(11, 20));

            Assert.Contains("Default: `18`; overridden in compliance.json: `17`.", (string)hover!["contents"]!["value"]!);
        }

        private async Task<TestClient> StartAsync()
        {
            var client = await TestClient.StartAsync(new Uri(_folder).AbsoluteUri, new Server.LanguageServerOptions { DiagnosticsDelay = TimeSpan.Zero });
            await client.OpenAsync(PolicyUri, File.ReadAllText(Path.Combine(_folder, "applicants.policy")));
            await client.DiagnosticsAsync(PolicyUri);
            return client;
        }

        private async Task<string> Execute(TestClient client, string command) =>
            (string)(await client.RequestAsync("workspace/executeCommand", new JsonObject { ["command"] = command, ["arguments"] = new JsonArray(PolicyUri, "AGE-1") }))!;

        /// <summary>The information diagnostic a lens run put on the clause ID (line 10).</summary>
        private async Task<JsonObject> NoteAsync(TestClient client, string code)
        {
            var published = await client.DiagnosticsAsync(PolicyUri);
            return published["diagnostics"]!.AsArray().Select(d => d!.AsObject()).Single(d => (string)d["code"]! == code);
        }

        private JsonObject Position(int line, int character) => new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = PolicyUri },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
        };

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
