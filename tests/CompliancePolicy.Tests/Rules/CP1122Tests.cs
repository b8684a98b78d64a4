using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1122 Unused suppression: a listed rule not reported where the comment applies would hide the next problem.</summary>
    public class CP1122UnusedSuppressionTests
    {
        private const string Head = """
            policy "P"
            schema S key id { id: text }
            """;

        [Fact]
        public void A_rule_not_reported_on_the_next_line_is_reported_at_its_ID()
        {
            var policy = AnnotatedText.Parse(Head + """

                # compliance-disable-next-line [|CP1101|] -- the number is being assigned
                clause C-1 "Named"
                  cites "RD-1"
                  require id != ""
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, FixHarness.Path).Diagnostics);

            Assert.Equal("CP1122", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("CP1101 is not reported on the code this comment is about; remove it from the suppression", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void The_fix_removes_the_whole_comment_when_nothing_in_it_is_used()
        {
            var before = Head + "\n# compliance-disable-next-line CP1101, CP1103 -- old\nclause C-1 \"Named\"\n  cites \"RD-1\"\n  require id != \"\"\n";

            Assert.Equal(Head + "\nclause C-1 \"Named\"\n  cites \"RD-1\"\n  require id != \"\"\n", FixHarness.Fixed(before));
        }

        [Fact]
        public void The_fix_removes_only_the_unused_ID_when_another_is_used()
        {
            var before = Head + "\n# compliance-disable-next-line CP1103, CP1101 -- staged\nclause C-1 \"Named\"\n  require id != \"\"\n";

            var after = FixHarness.Fixed(before);

            Assert.Equal(Head + "\n# compliance-disable-next-line CP1101 -- staged\nclause C-1 \"Named\"\n  require id != \"\"\n", after);
            Assert.Empty(FixHarness.Compile(after).Diagnostics);
        }

        [Fact]
        public void A_file_wide_rule_that_is_never_reported_is_unused_in_this_file()
        {
            var diagnostic = FixHarness.Single(Head + "\n# compliance-disable-file CP1105 -- gaps on purpose\n", "CP1122");

            Assert.Equal("CP1105 is not reported in this file; remove it from the suppression", diagnostic.Message);
        }

        [Fact]
        public void Nothing_is_called_unused_while_an_error_may_hide_what_the_comment_is_for()
        {
            var text = Head + "\n# compliance-disable-next-line CP1101 -- the number is being assigned\nclause C-1 \"Named\"\n  cites \"RD-1\"\n  require nmae != \"\"\n";

            Assert.DoesNotContain(FixHarness.Compile(text).Diagnostics, d => d.Id == "CP1122");
        }
    }
}
