using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1120 Unknown rule in a suppression: a listed ID that is no rule of the language silences nothing.</summary>
    public class CP1120UnknownSuppressedRuleTests
    {
        [Fact]
        public void A_misspelt_ID_is_reported_at_the_ID_with_the_rule_it_resembles_and_silences_nothing()
        {
            var policy = AnnotatedText.Parse(FixHarness.UncitedClauseUnder("# compliance-disable-next-line [|CP11O1|] -- no number yet"));

            var compilation = PolicyCompiler.Compile(policy.Text, FixHarness.Path);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1120");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("'CP11O1' is not the ID of a rule of the policy language, so the suppression does nothing for it; did you mean 'CP1101'?", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP1101");
        }

        [Fact]
        public void The_fix_writes_the_ID_meant_and_the_suppression_then_applies()
        {
            var fixedText = FixHarness.Fixed(FixHarness.UncitedClauseUnder("# compliance-disable-next-line cp1101 -- no number yet"));

            Assert.Equal(FixHarness.UncitedClauseUnder("# compliance-disable-next-line CP1101 -- no number yet"), fixedText);
            Assert.Empty(FixHarness.Compile(fixedText).Diagnostics);
        }

        [Fact]
        public void An_ID_of_no_rule_at_all_has_no_suggestion_and_no_fix()
        {
            var diagnostic = FixHarness.Single(FixHarness.UncitedClauseUnder("# compliance-disable-next-line CP1101, CP9999 -- no number yet"), "CP1120");

            Assert.Equal("'CP9999' is not the ID of a rule of the policy language, so the suppression does nothing for it", diagnostic.Message);
            Assert.Empty(diagnostic.Fixes);
        }

        [Fact]
        public void Known_IDs_are_not_reported()
        {
            Assert.Empty(FixHarness.Compile(FixHarness.UncitedClauseUnder("# compliance-disable-next-line CP1101 -- no number yet")).Diagnostics);
        }
    }
}
