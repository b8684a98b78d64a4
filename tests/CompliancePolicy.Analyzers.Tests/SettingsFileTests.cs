using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>
    /// The analyzers read compliance.json AdditionalFiles as lint does, report the file's own problems in it, and let
    /// the MSBuild severity properties win over it.
    /// </summary>
    public class SettingsFileTests
    {
        private const string Policy =
            "policy \"P\"\n" +
            "schema S key id {\n" +
            "  id: text\n" +
            "}\n" +
            "param {|#1:spare|}: int = 1\n" +
            "clause {|#0:C-1|} \"Untraced\"\n" +
            "  require id != \"\"\n";

        private const string CitationMessage = "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes";

        [Fact]
        public async Task A_settings_file_beside_the_policy_sets_severities()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy.Replace("{|#0:C-1|}", "C-1"))
                .WithSettings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"error\" } }")
                .Expect(Expected.Policy("CP1102", 1, "Parameter 'spare' is never used", DiagnosticSeverity.Error))
                .RunAsync();
        }

        [Fact]
        public async Task The_MSBuild_property_wins_over_the_settings_file()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy.Replace("{|#1:spare|}", "spare"))
                .WithSettings("{ \"severity\": { \"CP1101\": \"none\", \"CP1102\": \"none\" } }")
                .WithBuildProperty("CompliancePolicySeverity_CP1101", "error")
                .Expect(Expected.Policy("CP1101", 0, CitationMessage, DiagnosticSeverity.Error))
                .RunAsync();
        }

        [Fact]
        public async Task The_settings_files_problems_are_reported_in_it()
        {
            await new PolicyAnalyzerTest<PolicyFileAnalyzer>()
                .WithPolicy("p.policy", Policy.Replace("{|#0:C-1|}", "C-1").Replace("{|#1:spare|}", "spare"))
                .WithSettings("{ \"{|#0:severty|}\": { \"CP1101\": \"none\" }, \"severity\": { \"CP1102\": \"none\" } }")
                .Expect(Expected.Policy("CP6002", 0, "compliance.json has no setting 'severty', so it is ignored"))
                .Expect(Expected.Policy("CP1101", "Clause 'C-1' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes").WithSpan("p.policy", 6, 8, 6, 11))
                .RunAsync();
        }

        [Fact]
        public async Task Policy_text_in_csharp_follows_the_settings_of_its_folder()
        {
            const string Source = "class Policies\n{\n    static readonly CompliancePolicy.PolicyCompilation Compiled =\n" +
                "        CompliancePolicy.PolicyCompiler.Compile(\"policy \\\"P\\\"\\nschema S key id { id: text }\\nclause C-1 \\\"T\\\"\\n  require id != \\\"\\\"\");\n}\n";
            await new PolicyAnalyzerTest<PolicyLiteralAnalyzer>(Source)
                .WithSettings("{ \"severity\": { \"CP1101\": \"none\" } }", "/0/compliance.json")
                .RunAsync();
        }
    }
}
