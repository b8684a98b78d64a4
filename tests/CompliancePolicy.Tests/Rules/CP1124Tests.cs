using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1124 Rule cannot be suppressed: errors, and the rules about suppression comments, stay reported.</summary>
    public class CP1124UnsuppressibleRuleTests
    {
        [Fact]
        public void An_error_listed_in_a_suppression_is_reported_at_its_ID_and_stays_reported()
        {
            var policy = AnnotatedText.Parse("""
                policy "P"
                schema S key id { id: text }
                clause C-1 "Named"
                  cites "RD-1"
                  # compliance-disable-next-line [|CP1001|] -- not yet declared
                  require nmae != ""
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, FixHarness.Path);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1124");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("CP1001 cannot be suppressed in a policy file: it is an error, and a policy with an error is not compiled; fix the cause", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP1001");
        }

        [Fact]
        public void A_rule_about_suppression_comments_cannot_silence_itself()
        {
            var diagnostic = FixHarness.Single("""
                policy "P"
                schema S key id { id: text }
                # compliance-disable-file CP1122 -- quiet
                """, "CP1124");

            Assert.Equal("CP1122 cannot be suppressed in a policy file: it is about suppression comments themselves; set its severity in compliance.json", diagnostic.Message);
        }
    }
}
