using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// .editorconfig cannot set the severity of diagnostics in AdditionalFiles (dotnet/roslyn#31916): the MSBuild
    /// properties CompliancePolicySeverity_CPnnnn can, seen by the analyzer as build_property.* global options.
    /// </summary>
    public class SeverityOverrideTests
    {
        private const string Policy =
            "policy \"P\"\n" +
            "schema S key id {\n" +
            "  id: text\n" +
            "}\n" +
            "clause {|#0:C-1|} \"Untraced\"\n" +
            "  require id != \"\"\n";

        private const string Message = "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes";

        [Theory]
        [InlineData("error", DiagnosticSeverity.Error)]
        [InlineData("Warning", DiagnosticSeverity.Warning)]
        [InlineData("info", DiagnosticSeverity.Info)]
        [InlineData("suggestion", DiagnosticSeverity.Info)]
        public async Task A_property_sets_the_severity_of_a_rule(string value, DiagnosticSeverity severity)
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy)
                .WithBuildProperty("CompliancePolicySeverity_CP1101", value)
                .Expect(Expected.Policy("CP1101", 0, Message, severity))
                .RunAsync();
        }

        [Fact]
        public async Task None_turns_a_rule_off()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy.Replace("{|#0:C-1|}", "C-1"))
                .WithBuildProperty("CompliancePolicySeverity_CP1101", "none")
                .RunAsync();
        }

        [Fact]
        public async Task An_error_can_be_lowered_and_an_unknown_value_is_ignored()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", "policy \"P\"\nschema S {\n  id: {|#0:txt|}\n}\n")
                .WithBuildProperty("CompliancePolicySeverity_CP1003", "warning")
                .Expect(Expected.Policy("CP1003", 0, "Unknown type 'txt'; did you mean 'text'?", DiagnosticSeverity.Warning))
                .RunAsync();
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy)
                .WithBuildProperty("CompliancePolicySeverity_CP1101", "loud")
                .Expect(Expected.Policy("CP1101", 0, Message, DiagnosticSeverity.Warning))
                .RunAsync();
        }
    }
}
