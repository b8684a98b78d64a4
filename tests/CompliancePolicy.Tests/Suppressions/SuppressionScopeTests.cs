using System.Linq;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Suppressions
{
    /// <summary>What a suppression comment covers, and that formatting never changes it.</summary>
    public class SuppressionScopeTests
    {
        private const string Head = "policy \"P\"\nschema S key id {\n  id: text\n  staff: int\n}\n";

        [Fact]
        public void Next_line_covers_the_next_line_of_code_past_blank_and_comment_lines()
        {
            var compilation = FixHarness.Compile(Head + """
                # compliance-disable-next-line CP1101 -- numbered in the next revision

                # (the clause below is the old ELIG-2)
                clause C-1 "Staffed"
                  require staff > 1
                clause C-2 "Staffed again"
                  require staff > 2
                """);

            var left = Assert.Single(compilation.Diagnostics);
            Assert.Equal("CP1101", left.Id);
            Assert.Equal("Clause 'C-2' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes", left.Message);
        }

        [Fact]
        public void Next_line_covers_a_clause_part_whose_expression_goes_on_over_several_lines()
        {
            var compilation = FixHarness.Compile(Head + """
                clause C-1 "Staffed"
                  cites "RD-1"
                  # compliance-disable-next-line CP1110 -- shows the contradiction
                  require staff > 5
                    and staff < 2
                """);

            Assert.Empty(compilation.Diagnostics);
        }

        [Fact]
        public void A_comment_inside_an_expression_covers_that_expression()
        {
            var compilation = FixHarness.Compile(Head + """
                clause C-1 "Staffed"
                  cites "RD-1"
                  require staff > 5 and
                    # compliance-disable-next-line CP1110 -- shows the contradiction
                    staff < 2
                """);

            Assert.Empty(compilation.Diagnostics);
        }

        [Fact]
        public void Next_line_does_not_reach_the_next_item()
        {
            var compilation = FixHarness.Compile(Head + """
                # compliance-disable-next-line CP1110 -- on the header, not on the require
                clause C-1 "Staffed"
                  cites "RD-1"
                  require staff > 5 and staff < 2
                """);

            Assert.Equal(new[] { "CP1110", "CP1122" }, compilation.Diagnostics.Select(d => d.Id).OrderBy(i => i));
        }

        [Fact]
        public void File_wide_covers_the_whole_file_wherever_it_is_written()
        {
            var compilation = FixHarness.Compile(Head + """
                clause C-1 "One"
                  require staff > 1
                clause C-2 "Two"
                  require staff > 2
                # compliance-disable-file CP1101 -- citations come with the next revision
                """);

            Assert.Empty(compilation.Diagnostics);
        }

        [Fact]
        public void A_comment_silences_only_the_diagnostics_of_its_own_file()
        {
            var compilation = PolicyCompiler.Compile(new[]
            {
                new SourceText("a.policy", Head + "# compliance-disable-file CP1101 -- later\nclause C-1 \"One\"\n  require staff > 1\n"),
                new SourceText("b.policy", "policy \"P\"\nclause C-2 \"Two\"\n  require staff > 2\n"),
            });

            var left = Assert.Single(compilation.Diagnostics);
            Assert.Equal(("CP1101", "b.policy"), (left.Id, left.Location!.Path));
        }

        [Fact]
        public void Check_and_the_policies_follow_the_same_suppressions()
        {
            var compilation = FixHarness.Compile(Head + "# compliance-disable-next-line CP1101 -- later\nclause C-1 \"One\"\n  require staff > 1\n");

            Assert.False(compilation.HasErrors);
            Assert.Single(compilation.Policies);
            Assert.Empty(compilation.Diagnostics);
        }

        [Theory]
        // The contradiction is at the end of a line the formatter breaks: after formatting it starts on a later line.
        [InlineData("clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  # compliance-disable-next-line CP1110 -- demo\n  require staff > 0 and staff > 1 and staff > 2 and staff > 3 and staff > 4 and staff != 77 and staff > 50 and staff < 20\n")]
        [InlineData("clause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff > 5 and\n      # compliance-disable-next-line CP1110 -- demo\n   staff < 2\n")]
        [InlineData("# compliance-disable-next-line CP1103 -- later\nlet   unused =   3\nclause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff > 1\n")]
        [InlineData("param spare: int = 3\n\n\n# compliance-disable-file CP1102 -- kept for the next revision\nclause C-1 \"Staffed\"\n  cites \"RD-1\"\n  require staff > 1\n")]
        public void Formatting_keeps_every_suppression_covering_the_same_diagnostics(string body)
        {
            var source = new SourceText(FixHarness.Path, Head + body);
            var formatted = PolicyFormatter.Format(source);
            Assert.True(formatted.Changed, "the case should exercise the formatter");

            var before = FixHarness.Compile(source.Text).Diagnostics.Select(d => (d.Id, d.Message));
            var after = FixHarness.Compile(formatted.Text).Diagnostics.Select(d => (d.Id, d.Message));

            Assert.Equal(before, after);
            Assert.DoesNotContain(before, d => d.Id == "CP1122");
            Assert.Equal(Comments(source.Text), Comments(formatted.Text));
        }

        private static string[] Comments(string text) =>
            text.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("# compliance-", System.StringComparison.Ordinal)).ToArray();
    }
}
