using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using CompliancePolicy.CodeFixes;

namespace CompliancePolicy.Analyzers.Tests.CodeFixes
{
    public class ReorderTiersCodeFixTests
    {
        private const string Head =
            "policy \"Grading\"\n" +
            "enum Grade { fail, pass, merit, distinction }\n" +
            "schema Audit key id {\n" +
            "  id: text\n" +
            "  score: decimal\n" +
            "}\n" +
            "clause G-1 \"Graded\"\n" +
            "  cites \"RD-4.8\"\n" +
            "  require grade(score) != Grade.fail\n";

        [Fact]
        public async Task Orders_the_tiers_from_the_highest_threshold_down_keeping_each_tier_comment()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "grading.policy",
                Head +
                "tiers grade(score: decimal) -> Grade {\n" +
                "  at least 60 => Grade.pass\n" +
                "  at least [|95|] => Grade.distinction  # the best\n" +
                "  at least 80 => Grade.merit\n" +
                "  otherwise => Grade.fail\n" +
                "}\n",
                Head +
                "tiers grade(score: decimal) -> Grade {\n" +
                "  at least 95 => Grade.distinction  # the best\n" +
                "  at least 80 => Grade.merit\n" +
                "  at least 60 => Grade.pass\n" +
                "  otherwise => Grade.fail\n" +
                "}\n",
                "CP1107",
                "Tier 'at least 95' of 'grade' can never be reached: 'at least 60' comes before it; list tiers from the highest threshold down");
        }

        [Fact]
        public async Task Orders_tiers_written_on_one_line()
        {
            await AdditionalFileFix.VerifyAsync<PolicyFileAnalyzer, PolicyCodeFix>(
                "grading.policy",
                Head + "tiers grade(score: decimal) -> Grade { at least 60 => Grade.pass at least [|80|] => Grade.merit otherwise => Grade.fail }\n",
                Head + "tiers grade(score: decimal) -> Grade { at least 80 => Grade.merit at least 60 => Grade.pass otherwise => Grade.fail }\n",
                "CP1107",
                "Tier 'at least 80' of 'grade' can never be reached: 'at least 60' comes before it; list tiers from the highest threshold down");
        }
    }
}
