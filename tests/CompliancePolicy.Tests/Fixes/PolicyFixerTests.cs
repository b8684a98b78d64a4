using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Fixes;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Fixes
{
    /// <summary>How <c>lint --fix</c> chooses and applies fixes: preferred ones only, overlapping ones in later passes, suppressions first.</summary>
    public class PolicyFixerTests
    {
        private const string Head = "policy \"P\"\nschema S key id {\n  id: text\n  staff: int\n  stuff: int\n}\n";

        [Fact]
        public void Only_preferred_fixes_are_applied_and_what_remains_is_reported()
        {
            var before = Head + "clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require stoff >= 5 and staf > 1\n";

            var result = PolicyFixer.Fix(new[] { new SourceText("p.policy", before) }, ComplianceConfiguration.None);

            Assert.Equal(before.Replace("staf >", "staff >"), Assert.Single(result.Sources).Text);
            var remaining = Assert.Single(result.Compilation.Diagnostics);
            Assert.Equal("The name 'stoff' does not exist; did you mean 'staff'?", remaining.Message);
            Assert.Equal(1, Assert.Single(result.Changed).FixCount);
        }

        [Fact]
        public void Diagnostics_of_one_cause_share_one_fix_applied_once()
        {
            var before = Head + "tiers grade(staff: int) -> text {\n  at least 1 => \"a\"\n  at least 5 => \"b\"\n  at least 9 => \"c\"\n  otherwise => \"d\"\n}\n" +
                "clause C-1 \"Graded\"\n  cites \"RD-1\"\n  require grade(staff) != \"d\"\n";

            var result = PolicyFixer.Fix(new[] { new SourceText("p.policy", before) }, ComplianceConfiguration.None);

            Assert.Single(result.Applied);
            Assert.Contains("  at least 9 => \"c\"\n  at least 5 => \"b\"\n  at least 1 => \"a\"\n", result.Sources[0].Text);
            Assert.Empty(result.Compilation.Diagnostics);
        }

        [Fact]
        public void A_repaired_suppression_is_applied_before_the_fix_it_makes_unnecessary()
        {
            var before = Head + "# compliance-disable-nextline CP1101 -- numbered in the next revision\nclause C-1 \"Staffed\"\n  require staff > 1\n";

            var after = FixHarness.Fixed(before);

            Assert.Equal(before.Replace("nextline", "next-line"), after);
        }

        [Fact]
        public void Fixes_that_become_possible_after_others_are_applied_in_later_passes()
        {
            // Pass 1 repairs the suppression's ID (suppressions go first), so CP1101 is silenced and gets no placeholder;
            // pass 2 renames the field.
            var before = Head + "# compliance-disable-next-line cp1101 -- numbered in the next revision\nclause C-1 \"Staffed\"\n  require staf > 1\n";

            var result = PolicyFixer.Fix(new[] { new SourceText("p.policy", before) }, ComplianceConfiguration.None);

            Assert.Equal(before.Replace("cp1101", "CP1101").Replace("staf >", "staff >"), result.Sources[0].Text);
            Assert.Equal(2, result.Applied.Length);
            Assert.Empty(result.Compilation.Diagnostics);
        }

        [Fact]
        public void Files_without_fixes_are_not_changed_and_nothing_is_unfixable()
        {
            var result = PolicyFixer.Fix(new[] { new SourceText("p.policy", Head) }, ComplianceConfiguration.None);

            Assert.Empty(result.Changed);
            Assert.Empty(result.Applied);
            Assert.Empty(result.Unfixable);
        }

        [Fact]
        public void A_settings_file_is_fixed_with_the_policies_it_applies_to()
        {
            var configuration = ComplianceConfiguration.FromFiles(new[] { new SourceText("compliance.json", "{ \"severity\": { \"CP1101\": \"None\" } }") });
            var policy = Head + "clause C-1 \"Staffed\"\n  require staff > 1\n";

            var result = PolicyFixer.Fix(new[] { new SourceText("p.policy", policy) }, configuration);

            var changed = Assert.Single(result.Changed);
            Assert.Equal("compliance.json", changed.After.Path);
            Assert.Equal("{ \"severity\": { \"CP1101\": \"none\" } }", changed.After.Text);
            Assert.Equal(policy, result.Sources.Single().Text);
            Assert.Empty(result.Compilation.Diagnostics);
        }
    }
}
