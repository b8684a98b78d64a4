using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.CodeFixes;

namespace CompliancePolicy.Analyzers.Tests.CodeFixes
{
    public class DidYouMeanCodeFixTests
    {
        private const string Head =
            "policy \"Eligibility\"\n" +
            "record Review { held: date }\n" +
            "schema Organisation key id {\n" +
            "  id: text\n" +
            "  staff: int\n" +
            "  reviews: list of Review\n" +
            "}\n";

        [Fact]
        public async Task Renames_an_unknown_field_to_the_suggested_one()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "eligibility.policy",
                Head + "clause C-1 \"Reviewed\"\n  cites \"RD-1\"\n  require any r in reviews where r.[|hedl|] < as_of\n",
                Head + "clause C-1 \"Reviewed\"\n  cites \"RD-1\"\n  require any r in reviews where r.held < as_of\n",
                "CP1002", "Record 'Review' has no field 'hedl'; did you mean 'held'?");
        }

        [Fact]
        public async Task Renames_an_unknown_lifecycle_member_to_the_suggested_one()
        {
            const string Lifecycle =
                "policy \"Status\"\n" +
                "event AuditFailed\n" +
                "schema Certificate key id { id: text, issued: date, events: history }\n" +
                "lifecycle certificate\n  history events\n  initial active on issued\n  state active\n  final state suspended\n" +
                "  transition T-1 active -> suspended on AuditFailed cites \"RD-3.6\"\n" +
                "clause C-1 \"Valid\"\n  cites \"RD-3.6\"\n";
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "status.policy",
                Lifecycle + "  require certificate.[|stat|] != certificate.suspended\n",
                Lifecycle + "  require certificate.state != certificate.suspended\n",
                "CP4008", "Lifecycle 'certificate' has no member 'stat'; it has 'state', 'since', 'started' and its states; did you mean 'state'?");
        }

        [Fact]
        public async Task Renames_an_unknown_name_to_the_suggested_one()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "eligibility.policy",
                Head + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require [|staf|] >= 5\n",
                Head + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff >= 5\n",
                "CP1001", "The name 'staf' does not exist; did you mean 'staff'?");
        }

        [Fact]
        public async Task Renames_inside_policy_text_in_a_csharp_string()
        {
            const string Before = @"
class Policies
{
    static CompliancePolicy.PolicyCompilation Load() => CompliancePolicy.PolicyCompiler.Compile(@""policy """"P""""
schema S key id {
  id: text
  staff: int
}
clause C-1 """"Staffed""""
  cites """"RD-1""""
  require {|#0:staf|} >= 5
"");
}";
            var test = new PolicyCodeFixTest<PolicyLiteralAnalyzer, PolicyCodeFix>(Before, Before.Replace("{|#0:staf|}", "staff"));
            test.ExpectedDiagnostics.Add(Expected.Policy("CP1001", 0, "The name 'staf' does not exist; did you mean 'staff'?"));
            await test.RunAsync();
        }

        [Fact]
        public async Task Offers_nothing_without_a_suggestion()
        {
            await AdditionalFileFix.VerifyNoFixAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "eligibility.policy",
                Head + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require [|headcount_of_organisation|] >= 5\n",
                "CP1001");
        }
    }
}
