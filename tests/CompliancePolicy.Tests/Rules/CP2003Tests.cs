using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2003 Wrong value type: a JSON value of another kind than the field's type (a string for an int, a fraction for an int...).</summary>
    public class CP2003WrongValueKindTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              it_staff: int
            }

            clause ELIG-12 "At least 3 full-time IT staff"
              cites "RD-2.12"
              require it_staff >= 3
            """);

        [Fact]
        public void A_number_written_as_a_string_is_reported_at_the_value()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "it_staff": [|"3"|]}""");

            var result = Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2003", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Expected an int but found a string \"3\"", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$.it_staff", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void A_fraction_for_an_int_is_reported_at_the_value()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "it_staff": [|2.5|]}""");

            var diagnostic = Assert.Single(Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema)).Diagnostics);

            Assert.Equal("CP2003", diagnostic.Id);
            Assert.Equal("Expected an int but found a fractional number 2.5", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Whole_numbers_are_not_reported()
        {
            var result = Assert.Single(RecordReader.ReadString("""{"id": "org-7", "it_staff": 3.0}""", "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
        }
    }
}
