using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5006: [PolicyRecord] names a policy or record type that no .policy file declares.</summary>
    public class CP5006Tests
    {
        [Fact]
        public async Task A_misspelt_policy_title_is_reported_with_a_suggestion()
        {
            var source = Usings + @"
[{|#0:PolicyRecord(""Eligibilty"")|}]
public sealed class Organisation { public string Id { get; init; } = """"; }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordUnknownPolicy).WithLocation(0).WithArguments("policy 'Eligibilty'", "; did you mean 'Eligibility'?"))
                .RunAsync();
        }

        [Fact]
        public async Task The_suggestion_is_carried_as_properties_a_code_fix_can_read()
        {
            var csharp = Usings + "[PolicyRecord(\"Eligibilty\")]\npublic sealed class Organisation { public string Id { get; init; } = \"\"; }\n";
            var unknown = await DirectAnalysis.SinglePolicyRecordDiagnosticAsync(csharp, "CP5006");

            Assert.Equal("Eligibilty", unknown.Properties[SuggestionProperties.Name]);
            Assert.Equal("Eligibility", unknown.Properties[SuggestionProperties.Candidate]);
        }

        [Fact]
        public async Task Without_a_close_title_there_is_no_suggestion_property()
        {
            var csharp = Usings + "[PolicyRecord(\"Something else\")]\npublic sealed class Organisation { public string Id { get; init; } = \"\"; }\n";
            Assert.Empty((await DirectAnalysis.SinglePolicyRecordDiagnosticAsync(csharp, "CP5006")).Properties);
        }

        [Fact]
        public async Task An_unknown_record_type_is_reported()
        {
            var source = Usings + @"
[{|#0:PolicyRecord(""Eligibility"", ""Penalty"")|}]
public sealed class Penalty { public string Authority { get; init; } = """"; }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordUnknownPolicy).WithLocation(0).WithArguments("record type 'Penalty' of policy 'Eligibility'", string.Empty))
                .RunAsync();
        }

        [Fact]
        public async Task Without_policy_files_the_message_says_so()
        {
            var source = Usings + @"
[{|#0:PolicyRecord(""Eligibility"")|}]
public sealed class Organisation { public string Id { get; init; } = """"; }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source)
                .Expect(new DiagnosticResult(HostRules.RecordUnknownPolicy).WithLocation(0).WithArguments("policy 'Eligibility'", " (no .policy file is an AdditionalFile of this project)"))
                .RunAsync();
        }

        [Fact]
        public async Task A_policy_with_errors_is_left_to_its_own_diagnostics()
        {
            var source = Usings + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation { public string Id { get; init; } = """"; }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText.Replace("staff >= 5", "staf >= 5")).RunAsync();
        }
    }
}
