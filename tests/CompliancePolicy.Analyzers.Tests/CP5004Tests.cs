using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5004: a property whose type cannot hold the field's policy type.</summary>
    public class CP5004Tests
    {
        [Fact]
        public async Task Wrong_property_types_are_reported_on_the_type()
        {
            var source = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation
{
    public string Id { get; init; } = """";
    public {|#0:double|} Staff { get; init; }
    public {|#1:double|} Turnover { get; init; }
    public LegalStatus LegalStatus { get; init; }
    public {|#2:DateTime?|} AuditDate { get; init; }
    public {|#3:List<string>|} Reviews { get; init; } = new();
}
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(
                    new DiagnosticResult(HostRules.RecordPropertyType).WithLocation(0).WithArguments("Staff", "double", "staff", "an int", "int or long"),
                    new DiagnosticResult(HostRules.RecordPropertyType).WithLocation(1).WithArguments("Turnover", "double", "turnover", "a decimal", "decimal"),
                    new DiagnosticResult(HostRules.RecordPropertyType).WithLocation(2).WithArguments("AuditDate", "System.DateTime?", "audit_date", "an optional date", "CalendarDate or DateOnly"),
                    new DiagnosticResult(HostRules.RecordPropertyType).WithLocation(3).WithArguments("Reviews", "System.Collections.Generic.List<string>", "reviews", "a list of Review", "a collection of a class or struct (policy record Review)"))
                .RunAsync();
        }

        [Fact]
        public async Task A_positional_record_parameter_is_reported_on_its_type()
        {
            var source = Usings + Review + @"
[PolicyRecord(""Eligibility"")]
public sealed record Organisation(string Id, int Staff, decimal Turnover, {|#0:int|} LegalStatus, DateOnly? AuditDate, Review[] Reviews);
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordPropertyType).WithLocation(0)
                    .WithArguments("LegalStatus", "int", "legal_status", "a LegalStatus", "a C# enum or string (policy enumeration LegalStatus)"))
                .RunAsync();
        }
    }
}
