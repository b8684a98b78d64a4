using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1121 Suppression without a reason: the suppression applies, but a reviewer must know why.</summary>
    public class CP1121SuppressionWithoutReasonTests
    {
        [Fact]
        public void A_suppression_without_a_reason_is_reported_at_its_directive_and_still_applies()
        {
            var policy = AnnotatedText.Parse(FixHarness.UncitedClauseUnder("# [|compliance-disable-next-line|] CP1101"));

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, FixHarness.Path).Diagnostics);

            Assert.Equal("CP1121", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("The suppression of CP1101 gives no reason; write it after ' -- ' so that a reader knows why the rule does not apply here", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData("# compliance-disable-next-line CP1101 --")]
        [InlineData("# compliance-disable-next-line CP1101 --   ")]
        public void Dashes_with_nothing_after_them_are_no_reason(string comment)
        {
            Assert.Equal("CP1121", Assert.Single(FixHarness.Compile(FixHarness.UncitedClauseUnder(comment)).Diagnostics).Id);
        }

        [Fact]
        public void A_suppression_with_a_reason_is_not_reported()
        {
            Assert.Empty(FixHarness.Compile(FixHarness.UncitedClauseUnder("# compliance-disable-next-line CP1101 -- the number is being assigned")).Diagnostics);
        }
    }
}
