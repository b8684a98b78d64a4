using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5003: a field of the record type has no property in the [PolicyRecord] type.</summary>
    public class CP5003Tests
    {
        [Fact]
        public async Task A_type_matching_the_schema_is_clean()
        {
            var source = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation
{
    public string Id { get; init; } = """";
    public long Staff { get; init; }
    public decimal Turnover { get; init; }
    public LegalStatus LegalStatus { get; init; }
    public CalendarDate? AuditDate { get; init; }
    public IReadOnlyList<Review> Reviews { get; init; } = Array.Empty<Review>();
    public string Comment { get; init; } = """"; // more than the schema is fine
}

[PolicyRecord(""Eligibility"")]
public sealed record OrganisationRecord(string Id, int Staff, decimal Turnover, string LegalStatus, DateOnly? AuditDate, Review[] Reviews);
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText).RunAsync();
        }

        [Fact]
        public async Task A_missing_field_is_reported_on_the_type()
        {
            var source = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed class {|#0:Organisation|}
{
    public string Id { get; init; } = """";
    public int Staff { get; init; }
    public decimal Turnover { get; init; }
    public LegalStatus LegalStatus { get; init; }
    public CalendarDate? AuditDate { get; init; }
}
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordPropertyMissing).WithLocation(0).WithArguments("Organisation", "Reviews", "reviews", "schema Organisation"))
                .RunAsync();
        }

        [Fact]
        public async Task A_record_type_of_the_policy_is_checked_by_name()
        {
            var source = Usings + @"
[PolicyRecord(""Eligibility"", ""Review"")]
public sealed class {|#0:ReviewRow|} { public CalendarDate Held { get; set; } }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordPropertyMissing).WithLocation(0).WithArguments("ReviewRow", "Passed", "passed", "record Review"))
                .RunAsync();
        }
    }
}
