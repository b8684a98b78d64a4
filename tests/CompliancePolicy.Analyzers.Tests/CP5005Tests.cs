using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5005: an optional field needs a nullable property, a required field a non-nullable one.</summary>
    public class CP5005Tests
    {
        [Fact]
        public async Task Nullability_that_differs_from_the_field_is_reported()
        {
            var source = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation
{
    public {|#0:string?|} Id { get; init; }
    public int Staff { get; init; }
    public {|#1:decimal?|} Turnover { get; init; }
    public LegalStatus LegalStatus { get; init; }
    public {|#2:CalendarDate|} AuditDate { get; init; }
    public Review[] Reviews { get; init; } = Array.Empty<Review>();
}
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(
                    new DiagnosticResult(HostRules.RecordPropertyOptionality).WithLocation(0).WithArguments("Id", "nullable", "id", "required (text)"),
                    new DiagnosticResult(HostRules.RecordPropertyOptionality).WithLocation(1).WithArguments("Turnover", "nullable", "turnover", "required (decimal)"),
                    new DiagnosticResult(HostRules.RecordPropertyOptionality).WithLocation(2).WithArguments("AuditDate", "not nullable", "audit_date", "optional (date?)"))
                .RunAsync();
        }

        [Fact]
        public async Task Reference_types_in_code_without_nullable_annotations_are_not_judged()
        {
            var source = "#nullable disable\nusing System;\nusing CompliancePolicy;\nusing CompliancePolicy.Hosting;\nusing CompliancePolicy.Values;\n" + Review.Replace("[PolicyRecord(\"Eligibility\", \"Review\")]\n", string.Empty) + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation
{
    public string Id { get; set; }
    public int Staff { get; set; }
    public decimal Turnover { get; set; }
    public string LegalStatus { get; set; }
    public CalendarDate? AuditDate { get; set; }
    public Review[] Reviews { get; set; }
}
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText).RunAsync();
        }
    }
}
