using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP1126 Suppression names no rule: a suppression never silences every rule.</summary>
    public class CP1126SuppressionWithoutRuleTests
    {
        [Fact]
        public void A_directive_without_IDs_is_reported_at_its_name_and_silences_nothing()
        {
            var policy = AnnotatedText.Parse("""
                policy "P"
                schema S key id { id: text }
                # [|compliance-disable-next-line|] -- later
                clause C-1 "Named"
                  require id != ""
                """);

            var compilation = PolicyCompiler.Compile(policy.Text, FixHarness.Path);

            var diagnostic = Assert.Single(compilation.Diagnostics, d => d.Id == "CP1126");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("'compliance-disable-next-line' names no rule; list the IDs it silences, as in '# compliance-disable-next-line CP1101 -- reason'", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
            Assert.Contains(compilation.Diagnostics, d => d.Id == "CP1101");
            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "CP1121");
        }
    }
}
