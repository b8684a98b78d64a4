using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2002 Missing required field: a record object without a field its type does not mark optional (<c>T?</c>).</summary>
    public class CP2002MissingRequiredFieldTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
              audit_date: date?
            }

            clause ELIG-12 "At least 3 full-time IT staff"
              cites "RD-2.12"
              require it_staff >= 3
            """);

        [Fact]
        public void A_missing_field_is_reported_on_the_whole_object_with_the_fields_path()
        {
            var records = AnnotatedText.Parse("""[|{"id": "org-7", "audit_date": "2026-11-22"}|]""");

            var result = Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Required field 'it_staff' of Organisation is missing", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$.it_staff", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void A_missing_optional_field_is_not_reported()
        {
            var result = Assert.Single(RecordReader.ReadString("""{"id": "org-7", "it_staff": 3}""", "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
        }
    }
}
