using CompliancePolicy.Fixes;

namespace CompliancePolicy.Tests.Fixes
{
    /// <summary>The diff <c>lint --fix --dry-run</c> prints: diff -u's format, 3 lines of context.</summary>
    public class UnifiedDiffTests
    {
        [Fact]
        public void Equal_texts_have_no_diff()
        {
            Assert.Equal(string.Empty, UnifiedDiff.Create("p.policy", "a\n", "a\n"));
        }

        [Fact]
        public void A_changed_line_shows_with_three_lines_of_context_removed_before_added()
        {
            var diff = UnifiedDiff.Create("p.policy", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", "1\n2\n3\n4\nfive\n6\n7\n8\n9\n");

            Assert.Equal("--- p.policy\n+++ p.policy\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", diff);
        }

        [Fact]
        public void Changes_far_apart_are_separate_hunks_and_an_insertion_counts_its_lines()
        {
            var diff = UnifiedDiff.Create("p.policy", "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n", "a\nnew\nb\nc\nd\ne\nf\ng\nh\ni\nj\nK\n");

            Assert.Equal(
                "--- p.policy\n+++ p.policy\n" +
                "@@ -1,4 +1,5 @@\n a\n+new\n b\n c\n d\n" +
                "@@ -8,4 +9,4 @@\n h\n i\n j\n-k\n+K\n",
                diff);
        }

        [Fact]
        public void A_missing_final_line_break_is_marked()
        {
            var diff = UnifiedDiff.Create("p.policy", "a\nb", "a\nb\n");

            Assert.Equal("--- p.policy\n+++ p.policy\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n", diff);
        }

        [Fact]
        public void A_removed_first_line_and_an_empty_old_text_are_numbered_as_diff_does()
        {
            Assert.Equal("--- p.policy\n+++ p.policy\n@@ -1,2 +1 @@\n-x\n y\n", UnifiedDiff.Create("p.policy", "x\ny\n", "y\n"));
            Assert.Equal("--- p.policy\n+++ p.policy\n@@ -0,0 +1 @@\n+y\n", UnifiedDiff.Create("p.policy", "", "y\n"));
        }
    }
}
