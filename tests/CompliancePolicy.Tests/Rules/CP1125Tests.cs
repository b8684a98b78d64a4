using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1125 Unknown suppression directive: a misspelt directive is reported, not taken for a plain comment.</summary>
    public class CP1125UnknownSuppressionDirectiveTests
    {
        [Fact]
        public void A_misspelt_directive_is_reported_at_its_name_and_suppresses_nothing()
        {
            var policy = AnnotatedText.Parse(FixHarness.UncitedClauseUnder("# [|compliance-disable-nextline|] CP1101 -- later"));

            var compilation = PolicyCompiler.Compile(policy.Text, FixHarness.Path);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1125");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("'compliance-disable-nextline' is not a suppression directive (they are 'compliance-disable-next-line' and 'compliance-disable-file'); did you mean 'compliance-disable-next-line'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP1101");
        }

        [Fact]
        public void The_fix_writes_the_directive_meant()
        {
            Assert.Equal(
                FixHarness.UncitedClauseUnder("# compliance-disable-next-line CP1101 -- later"),
                FixHarness.Fixed(FixHarness.UncitedClauseUnder("# compliance-disable-nextline CP1101 -- later")));
        }

        [Theory]
        [InlineData("# compliance-enable CP1101")]
        [InlineData("#compliance-disable CP1101 -- later")]
        public void Other_compliance_disable_and_enable_words_are_reported(string comment)
        {
            Assert.Contains(FixHarness.Compile(FixHarness.UncitedClauseUnder(comment)).Diagnostics, d => d.Id == "CP1125");
        }

        [Theory]
        [InlineData("# compliance officer: ask before changing")]
        [InlineData("# see compliance-disable-next-line in docs/language.md")]
        public void Ordinary_comments_are_not_directives(string comment)
        {
            Assert.DoesNotContain(FixHarness.Compile(FixHarness.UncitedClauseUnder(comment)).Diagnostics, d => d.Rule.Category == "Suppression");
        }
    }
}
