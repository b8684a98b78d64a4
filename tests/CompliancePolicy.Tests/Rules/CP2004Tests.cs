using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2004 Field not in schema: a property the record type does not declare; the record is still read.</summary>
    public class CP2004UnknownRecordFieldTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              sms_established: date
              audit_date: date?
            }

            clause ELIG-2 "The SMS has operated for at least 3 months"
              cites "RD-2.2"
              applies when audit_date is present
              require sms_established + 3 months <= audit_date
            """);

        [Fact]
        public void A_misspelled_field_is_reported_at_its_name_as_a_warning_with_the_closest_field()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "sms_established": "2026-08-24", [|"auditdate"|]: "2026-11-22"}""");

            var result = Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2004", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("Field 'auditdate' is not part of Organisation (did you mean 'audit_date'?); its value is not used", diagnostic.Message);
            Assert.Equal(new[] { "audit_date" }, diagnostic.Suggestions);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$.auditdate", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void Fields_of_the_schema_are_not_reported()
        {
            var result = Assert.Single(RecordReader.ReadString(
                """{"id": "org-7", "sms_established": "2026-08-24", "audit_date": "2026-11-22"}""", "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
        }
    }
}
