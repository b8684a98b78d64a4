using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.CodeFixes;

namespace CompliancePolicy.Analyzers.Tests.CodeFixes
{
    public class AddCitationCodeFixTests
    {
        private const string Message = "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes";

        private const string Policy =
            "policy \"Eligibility\"\n" +
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "}\n";

        [Fact]
        public async Task Adds_a_placeholder_citation_under_the_clause_title()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "eligibility.policy",
                Policy + "clause [|C-1|] \"Enough staff\"\n  severity blocker\n  require staff >= 5\n",
                Policy + "clause C-1 \"Enough staff\"\n  cites \"TODO\"\n  severity blocker\n  require staff >= 5\n",
                "CP1101", Message);
        }

        [Fact]
        public async Task Keeps_the_indentation_and_line_breaks_of_the_file()
        {
            var policy = Policy.Replace("\n", "\r\n");
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "eligibility.policy",
                policy + "clause [|C-1|] \"Enough staff\"\r\n    require staff >= 5\r\n",
                policy + "clause C-1 \"Enough staff\"\r\n    cites \"TODO\"\r\n    require staff >= 5\r\n",
                "CP1101", Message);
        }
    }
}
