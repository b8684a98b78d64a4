using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2006 Invalid value: a value of the right JSON kind that is no valid value of its type, or a field given twice.</summary>
    public class CP2006InvalidValueTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
              sms_established: date
            }

            clause ELIG-2 "The SMS was established before the audit"
              cites "RD-2.2"
              require sms_established < as_of and it_staff >= 0
            """);

        [Fact]
        public void An_impossible_date_is_reported_at_the_value()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "it_staff": 3, "sms_established": [|"2026-02-30"|]}""");

            var result = Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'2026-02-30' is not a valid date; expected yyyy-MM-dd", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$.sms_established", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void A_field_given_twice_is_reported_at_the_second_name()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "it_staff": 3, "sms_established": "2026-02-28", [|"it_staff"|]: 4}""");

            var diagnostic = Assert.Single(Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema)).Diagnostics);

            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("Field 'it_staff' appears more than once in Organisation", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_real_date_given_once_is_not_reported()
        {
            var result = Assert.Single(RecordReader.ReadString(
                """{"id": "org-7", "it_staff": 3, "sms_established": "2026-02-28"}""", "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
        }
    }
}
