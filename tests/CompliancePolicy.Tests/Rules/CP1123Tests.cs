using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1123 Suppression after code: a directive ending a line of code applies to nothing.</summary>
    public class CP1123SuppressionAfterCodeTests
    {
        [Fact]
        public void A_directive_after_code_is_reported_and_not_applied()
        {
            var policy = AnnotatedText.Parse("""
                policy "P"
                schema S key id { id: text }
                clause C-1 "Named"  [|# compliance-disable-next-line CP1101 -- later|]
                  require id != ""
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, FixHarness.Path);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1123");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("A suppression comment after code applies to nothing; put 'compliance-disable-next-line' on its own line, above the code it is about", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP1101");
        }

        [Fact]
        public void An_indented_directive_on_its_own_line_is_not_reported()
        {
            var compilation = FixHarness.Compile("""
                policy "P"
                schema S key id { id: text }
                param spare: int = 1
                clause C-1 "Named"
                  cites "RD-1"
                    # compliance-disable-next-line CP1110 -- kept to show the contradiction
                  require id != "" and 1 > 2
                """);

            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP1123" || d.Id == "CP1110");
        }
    }
}
