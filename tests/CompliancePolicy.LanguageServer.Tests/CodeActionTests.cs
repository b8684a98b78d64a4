using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary><c>textDocument/codeAction</c>: the library's fixes for the diagnostics in the range (golden files in Golden/CodeActions).</summary>
    public class CodeActionTests
    {
        [Theory]
        [InlineData("codeAction-did-you-mean")]
        [InlineData("codeAction-citation")]
        public Task Code_actions_are_the_fixes_the_library_computes(string goldenCase) => GoldenCase.RunAsync("CodeActions", goldenCase);
    }
}
