using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>The analyzers honour a policy's suppression comments as lint does: the library applies them.</summary>
    public class SuppressionCommentTests
    {
        private const string Head = "policy \"P\"\nschema S key id {\n  id: text\n}\n";

        [Fact]
        public async Task A_suppressed_rule_is_not_reported_in_a_policy_file()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Head + "# compliance-disable-next-line CP1101 -- numbered in the next revision\nclause C-1 \"Untraced\"\n  require id != \"\"\n")
                .RunAsync();
        }

        [Fact]
        public async Task An_unused_suppression_is_reported_at_its_ID()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Head + "# compliance-disable-next-line {|#0:CP1101|} -- numbered in the next revision\nclause C-1 \"Traced\"\n  cites \"RD-1\"\n  require id != \"\"\n")
                .Expect(Expected.Policy("CP1122", 0, "CP1101 is not reported on the code this comment is about; remove it from the suppression"))
                .RunAsync();
        }

        [Fact]
        public async Task Policy_text_in_csharp_honours_its_comments()
        {
            const string Source = "class Policies\n{\n    static readonly CompliancePolicy.PolicyCompilation Compiled = CompliancePolicy.PolicyCompiler.Compile(@\"policy \"\"P\"\"\n" +
                "schema S key id { id: text }\n# compliance-disable-next-line CP1101 -- later\nclause C-1 \"\"T\"\"\n  require id != \"\"\"\"\n\");\n}\n";
            await new PolicyAnalyzerTest<PolicyLiteralAnalyzer>(Source).RunAsync();
        }
    }
}
