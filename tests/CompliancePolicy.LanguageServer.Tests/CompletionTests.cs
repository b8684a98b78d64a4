using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary><c>textDocument/completion</c> and <c>textDocument/signatureHelp</c> (golden files in Golden/Completion).</summary>
    public class CompletionTests
    {
        [Theory]
        [InlineData("completion-after-dot-of-loop-variable")]
        [InlineData("completion-after-enum")]
        [InlineData("completion-declaration-start")]
        [InlineData("completion-clause-part")]
        [InlineData("completion-expression")]
        [InlineData("completion-type")]
        [InlineData("completion-clause-id")]
        [InlineData("completion-severity")]
        public Task Completion_offers_what_may_be_written_there(string goldenCase) => GoldenCase.RunAsync("Completion", goldenCase);

        [Theory]
        [InlineData("signatureHelp-builtin")]
        [InlineData("signatureHelp-table")]
        [InlineData("signatureHelp-two-signatures")]
        public Task Signature_help_shows_the_called_function_and_its_active_parameter(string goldenCase) => GoldenCase.RunAsync("Completion", goldenCase);

        [Fact]
        public async Task Completion_after_a_dot_being_typed_offers_the_fields_of_the_loop_variable_even_though_the_line_does_not_parse()
        {
            await using var client = await TestClient.StartAsync();
            var uri = GoldenCase.UriBase + "typing.policy";
            var text = GoldenCase.Text("Completion", "eligibility.policy")
                .Replace("r.passed and r.date < audit_date ?? as_of", "r.");
            await client.OpenAsync(uri, text);
            var line = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.EndsWith("where r.")).i;

            var result = await client.RequestAsync("textDocument/completion", Json.Parse(
                $"{{\"textDocument\": {{\"uri\": \"{uri}\"}}, \"position\": {{\"line\": {line}, \"character\": {text.Split('\n')[line].Length}}}}}"));

            Assert.Equal(new[] { "date", "passed" }, result!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToArray());
        }

        [Fact]
        public async Task Completion_after_on_in_a_lifecycle_offers_the_event_types_and_after_an_arrow_the_states()
        {
            await using var client = await TestClient.StartAsync();
            var uri = GoldenCase.UriBase + "certificate.policy";
            var text = GoldenCase.Text("Certificate", "certificate.policy");
            await client.OpenAsync(uri, text);

            var events = await Labels(client, uri, text, "    on RectificationAccepted", 7);
            var states = await Labels(client, uri, text, "-> pending_annual_audit", 3);

            Assert.Equal(new[] { "AnnualAudit", "RectificationAccepted" }, events);
            Assert.Equal(new[] { "active", "pending_annual_audit", "suspended", "revoked", "expired" }, states);
        }

        [Fact]
        public async Task Completion_in_an_ignore_declaration_offers_the_event_types_then_the_states_and_after_except_the_states()
        {
            await using var client = await TestClient.StartAsync();
            var uri = GoldenCase.UriBase + "ignore.policy";
            const string text = "policy \"Status\"\nevent AuditFailed\nevent AuditPassed\n"
                + "schema Certificate key id { id: text, issued: date, events: history }\n"
                + "lifecycle certificate\n  history events\n  initial active on issued\n  state active\n  state suspended\n  final state revoked\n"
                + "  transition T-1 active -> suspended on AuditFailed\n"
                + "  transition R-1 any except active -> revoked after 6 months since entering\n"
                + "  ignore AuditPassed in active \"a passed audit changes nothing\"\n";
            await client.OpenAsync(uri, text);

            var subjects = await Labels(client, uri, text, "ignore AuditPassed", 7);
            var states = await Labels(client, uri, text, "in active \"a passed", 3);
            var excepted = await Labels(client, uri, text, "except active", 7);

            Assert.Equal(new[] { "AuditFailed", "AuditPassed" }, subjects);
            Assert.Equal(new[] { "active", "suspended", "revoked" }, states);
            Assert.Equal(states, excepted);
        }

        private static async Task<string[]> Labels(TestClient client, string uri, string text, string find, int offset)
        {
            var at = text.IndexOf(find, System.StringComparison.Ordinal) + offset;
            var line = text.Substring(0, at).Count(c => c == '\n');
            var character = at - (text.Substring(0, at).LastIndexOf('\n') + 1);
            var result = await client.RequestAsync("textDocument/completion", Json.Parse(
                $"{{\"textDocument\": {{\"uri\": \"{uri}\"}}, \"position\": {{\"line\": {line}, \"character\": {character}}}}}"));
            return result!["items"]!.AsArray().Select(i => (string)i!["label"]!).ToArray();
        }
    }
}
