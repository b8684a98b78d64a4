using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.CodeFixes;

namespace CompliancePolicy.Analyzers.Tests.CodeFixes
{
    /// <summary>
    /// The code fix offers whatever fix the library computed, wherever the diagnostic is: rules the old fixes did not
    /// cover, compliance.json, and policy text in C# strings written with escapes.
    /// </summary>
    public class LibraryFixAdapterTests
    {
        private const string Head = "policy \"P\"\nschema S key id {\n  id: text\n  staff: int\n}\n";

        [Fact]
        public async Task Renames_an_unknown_type()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "p.policy",
                Head.Replace("staff: int", "staff: [|itn|]"),
                Head,
                "CP1003", "Unknown type 'itn'; did you mean 'int'?");
        }

        [Fact]
        public async Task Removes_an_unused_suppression()
        {
            const string Clause = "clause C-1 \"Traced\"\n  cites \"RD-1\"\n  require id != \"\"\n";
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "p.policy",
                Head + "# compliance-disable-next-line [|CP1101|] -- later\n" + Clause,
                Head + Clause,
                "CP1122", "CP1101 is not reported on the code this comment is about; remove it from the suppression");
        }

        [Fact]
        public async Task Corrects_a_settings_file()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "compliance.json",
                "{ \"severity\": { \"CP1101\": \"[|Warning|]\" } }",
                "{ \"severity\": { \"CP1101\": \"warning\" } }",
                "CP6005", "'Warning' is not a severity (error, warning, info or none); did you mean 'warning'?");
        }

        [Fact]
        public async Task Adds_a_citation_inside_a_regular_csharp_string_with_its_escapes()
        {
            const string Before = "class Policies\n{\n    static readonly CompliancePolicy.PolicyCompilation Compiled =\n" +
                "        CompliancePolicy.PolicyCompiler.Compile(\"policy \\\"P\\\"\\nschema S key id { id: text }\\nclause {|#0:C-1|} \\\"T\\\"\\n  require id != \\\"\\\"\\n\");\n}\n";
            var after = Before.Replace("{|#0:C-1|} \\\"T\\\"\\n", "C-1 \\\"T\\\"\\n  cites \\\"TODO\\\"\\n");
            var test = new PolicyCodeFixTest<PolicyLiteralAnalyzer, PolicyCodeFix>(Before, after);
            test.ExpectedDiagnostics.Add(Expected.Policy("CP1101", 0, "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes"));
            await test.RunAsync();
        }
    }
}
