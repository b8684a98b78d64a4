using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;
using static CompliancePolicy.Analyzers.Tests.Support.PolicyRecordSources;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5009: a C# enum holding a policy enumeration has members the enumeration does not declare.</summary>
    public class CP5009Tests
    {
        private const string Organisation = @"
[PolicyRecord(""Eligibility"")]
public sealed class Organisation
{
    public string Id { get; init; } = """";
    public int Staff { get; init; }
    public decimal Turnover { get; init; }
    public {|#0:Status|} LegalStatus { get; init; }
    public DateOnly? AuditDate { get; init; }
    public Review[] Reviews { get; init; } = Array.Empty<Review>();
}
";

        [Fact]
        public async Task A_member_the_enumeration_does_not_declare_is_reported_with_the_closest_one()
        {
            var source = Usings + Review + Organisation + "public enum Status { BusinessLicence, ForeignRegistraton, None }\n";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordEnumMembers).WithLocation(0)
                    .WithArguments("Status", "LegalStatus", "member 'ForeignRegistraton'", "LegalStatus", "; did you mean 'ForeignRegistration'?"))
                .RunAsync();
        }

        [Fact]
        public async Task The_closest_member_is_carried_as_properties_a_code_fix_can_read()
        {
            var csharp = Usings + Review + Organisation.Replace("{|#0:Status|}", "Status") + "public enum Status { BusinessLicence, ForeignRegistraton, None }\n";
            var undeclared = await DirectAnalysis.SinglePolicyRecordDiagnosticAsync(csharp, "CP5009");

            Assert.Equal("ForeignRegistraton", undeclared.Properties[SuggestionProperties.Name]);
            Assert.Equal("ForeignRegistration", undeclared.Properties[SuggestionProperties.Candidate]);
        }

        [Fact]
        public async Task Several_undeclared_members_are_reported_together()
        {
            var source = Usings + Review + Organisation + "public enum Status { BusinessLicence, Partnership, Sole, None }\n";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText)
                .Expect(new DiagnosticResult(HostRules.RecordEnumMembers).WithLocation(0)
                    .WithArguments("Status", "LegalStatus", "members 'Partnership', 'Sole'", "LegalStatus", ""))
                .RunAsync();
        }

        [Fact]
        public async Task Members_in_PascalCase_as_written_or_fewer_are_not_reported()
        {
            // PascalCase (BusinessLicence), as written (foreign_registration), and 'none' left out: all fine.
            var source = Usings + Review + Organisation.Replace("{|#0:Status|}", "Status")
                + "public enum Status { BusinessLicence, foreign_registration }\n";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy(Path, PolicyText).RunAsync();
        }

        [Fact]
        public async Task A_list_of_enum_values_is_checked_by_its_element()
        {
            const string Policy =
                "policy \"Statuses\"\n" +
                "enum LegalStatus { business_licence, none }\n" +
                "schema Group key id {\n  id: text\n  statuses: list of LegalStatus\n}\n" +
                "clause G-1 \"Licensed\"\n  cites \"RD-1\"\n  require all s in statuses where s != LegalStatus.none\n";
            var source = Usings + @"
[PolicyRecord(""Statuses"")]
public sealed class Group
{
    public string Id { get; init; } = """";
    public {|#0:IReadOnlyList<Status>|} Statuses { get; init; } = new Status[0];
}
public enum Status { BusinessLicence, Revoked, None }
";
            await new PolicyAnalyzerTest<PolicyRecordAnalyzer>(source).WithPolicy("statuses.policy", Policy)
                .Expect(new DiagnosticResult(HostRules.RecordEnumMembers).WithLocation(0)
                    .WithArguments("Status", "Statuses", "member 'Revoked'", "LegalStatus", ""))
                .RunAsync();
        }
    }
}
