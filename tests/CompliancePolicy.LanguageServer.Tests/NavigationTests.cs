using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;
using StreamJsonRpc;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary>Definition, references, rename and code lenses across the files of one policy (golden files in Golden/Navigation).</summary>
    public class NavigationTests
    {
        [Theory]
        [InlineData("definition-across-files")]
        [InlineData("references-across-files")]
        [InlineData("prepareRename")]
        [InlineData("rename-across-files")]
        [InlineData("codeLens")]
        public Task Navigation_follows_names_across_the_policys_files(string goldenCase) => GoldenCase.RunAsync("Navigation", goldenCase);

        [Theory]
        [InlineData("age", "is already the field declared at header.policy:6:3")]
        [InlineData("Applicant", "is already the schema declared at header.policy:4:8")]
        [InlineData("not", "'not' is not a valid parameter name")]
        [InlineData("2nd", "'2nd' is not a valid parameter name")]
        public async Task Rename_refuses_a_name_that_would_clash_or_is_not_a_name(string newName, string expected)
        {
            await using var client = await GoldenCase.OpenFolderAsync("Navigation");
            var request = GoldenCase.Resolve(Json.Parse(
                $"{{\"textDocument\": {{\"uri\": \"file:///policies/clauses.policy\"}}, \"position\": {{\"find\": \"minimum_age\", \"in\": \"clauses.policy\"}}, \"newName\": \"{newName}\"}}"), "Navigation");

            var error = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename", request));

            Assert.Contains(expected, error.Message);
        }
    }
}
