using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Fixes
{
    /// <summary>
    /// Every rule the library fixes, as <c>compliance lint --fix</c> applies it: a policy before, the policy after,
    /// and the diagnostic gone. (The fixes of suppression comments and compliance.json are in their rules' tests.)
    /// </summary>
    public class RuleFixTests
    {
        private const string Schema = """
            policy "Eligibility"
            enum Grade { fail, pass, merit }
            record Review { held: date }
            schema Organisation key id {
              id: text
              staff: int
              score: decimal
              reviews: list of Review
            }

            """;

        private const string Lifecycle = """
            policy "Status"
            event AuditPassed
            event AuditFailed
            schema Certificate key id { id: text, issued: date, events: history }
            lifecycle certificate
              history events
              initial active on issued
              state active
              final state suspended

            """;

        public static IEnumerable<object[]> Fixes() => new[]
        {
            Case("CP1001", Schema + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staf >= 5\n", "require staf ", "require staff "),
            Case("CP1002", Schema + "clause C-1 \"Reviewed\"\n  cites \"RD-1\"\n  require any r in reviews where r.hedl < as_of\n", "r.hedl", "r.held"),
            Case("CP1002", Schema.Replace("key id", "key idd"), "key idd", "key id"),
            Case("CP1003", Schema.Replace("staff: int", "staff: itn"), "staff: itn", "staff: int"),
            Case("CP1004", Schema + "clause C-1 \"Graded\"\n  cites \"RD-1\"\n  require Grade.mert != Grade.fail\n", "Grade.mert", "Grade.merit"),
            Case("CP1007", Schema + "clause C-1 \"Counted\"\n  cites \"RD-1\"\n  require cuont(reviews) > 0\n", "cuont(", "count("),
            Case("CP1015", Schema + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff >= 5\nclause C-2 \"Then scored\"\n  cites \"RD-2\"\n  require passed(C-11) and score > 1\n", "passed(C-11)", "passed(C-1)"),
            Case("CP4005", Lifecycle + "  transition T-1 active -> suspended on AuditFaild cites \"RD-3.6\"\n", "on AuditFaild", "on AuditFailed"),
            Case("CP4006", Lifecycle + "  transition T-1 active -> suspendd on AuditFailed cites \"RD-3.6\"\n", "-> suspendd", "-> suspended"),
            Case("CP4008", Lifecycle + "  transition T-1 active -> suspended on AuditFailed cites \"RD-3.6\"\nclause C-1 \"Valid\"\n  cites \"RD-3.6\"\n  require certificate.stat != certificate.suspended\n", "certificate.stat ", "certificate.state "),
            Case("CP1101", Schema + "clause C-1 \"Staffed\"\n  severity major\n  require staff >= 5\n", "\"Staffed\"\n", "\"Staffed\"\n  cites \"TODO\"\n"),
            Case("CP1107", Schema.Replace("enum Grade", "enum Grades") + "tiers grade(score: decimal) -> text {\n  at least 60 => \"pass\"\n  at least 80 => \"merit\"  # the best\n  otherwise => \"fail\"\n}\nclause C-1 \"Graded\"\n  cites \"RD-4.8\"\n  require grade(score) != \"fail\"\n",
                "  at least 60 => \"pass\"\n  at least 80 => \"merit\"  # the best\n", "  at least 80 => \"merit\"  # the best\n  at least 60 => \"pass\"\n"),
        };

        [Theory]
        [MemberData(nameof(Fixes))]
        public void Lint_fix_applies_the_preferred_fix_and_the_diagnostic_is_gone(string id, string before, string after)
        {
            var diagnostic = FixHarness.Single(before, id);
            Assert.NotNull(diagnostic.PreferredFix);

            var fixedText = FixHarness.Fixed(before);

            Assert.Equal(after, fixedText);
            Assert.DoesNotContain(FixHarness.Compile(fixedText).Diagnostics, d => d.Id == id);
        }

        [Fact]
        public void Every_rule_that_offers_a_fix_here_is_a_rule_whose_page_says_so()
        {
            var ids = Fixes().Select(f => (string)f[0]).Distinct();
            foreach (var id in ids)
            {
                var page = System.IO.File.ReadAllText(Repository.Path("docs", "rules", id + ".md"));
                Assert.True(page.Contains("compliance lint --fix", System.StringComparison.Ordinal), $"docs/rules/{id}.md should say that lint --fix and the IDE fix it");
            }
        }

        private static object[] Case(string id, string before, string wrong, string right)
        {
            Assert.Contains(wrong, before);
            return new object[] { id, before, before.Replace(wrong, right) };
        }
    }
}
