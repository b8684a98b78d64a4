using System.Threading.Tasks;
using CompliancePolicy.LanguageServer.Tests.Support;

namespace CompliancePolicy.LanguageServer.Tests
{
    /// <summary><c>textDocument/hover</c> (golden files in Golden/Hover).</summary>
    public class HoverTests
    {
        [Theory]
        [InlineData("hover-field")]
        [InlineData("hover-parameter")]
        [InlineData("hover-clause")]
        [InlineData("hover-table-band")]
        [InlineData("hover-tiers-band")]
        [InlineData("hover-keyword")]
        [InlineData("hover-loop-variable")]
        [InlineData("hover-enum-member")]
        [InlineData("hover-function")]
        [InlineData("hover-diagnostic")]
        [InlineData("hover-word-in-comment")]
        public Task Hover_describes_what_is_at_the_position(string goldenCase) => GoldenCase.RunAsync("Hover", goldenCase);
    }
}
