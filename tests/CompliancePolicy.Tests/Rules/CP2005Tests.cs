using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2005 Invalid enumeration value: a string that names no member of the field's enumeration (members match exactly).</summary>
    public class CP2005InvalidEnumValueTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            enum LegalStatus { business_licence, foreign_registration, none }

            schema Organisation key id {
              id: text
              legal_status: LegalStatus
            }

            clause ELIG-1 "The organisation has a legal status"
              cites "RD-2.1"
              require legal_status != LegalStatus.none
            """);

        [Fact]
        public void A_misspelled_member_is_reported_at_the_value_with_the_closest_member()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "legal_status": [|"business_license"|]}""");

            var result = Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2005", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'business_license' is not a member of LegalStatus; did you mean 'business_licence'?", diagnostic.Message);
            Assert.Equal(new[] { "business_licence" }, diagnostic.Suggestions);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$.legal_status", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void A_value_close_to_no_member_lists_the_members()
        {
            var records = AnnotatedText.Parse("""{"id": "org-7", "legal_status": [|"Licensed"|]}""");

            var diagnostic = Assert.Single(Assert.Single(RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema)).Diagnostics);

            Assert.Equal("CP2005", diagnostic.Id);
            Assert.Equal("'Licensed' is not a member of LegalStatus; expected one of business_licence, foreign_registration, none", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_member_spelled_exactly_is_not_reported()
        {
            var result = Assert.Single(RecordReader.ReadString("""{"id": "org-7", "legal_status": "business_licence"}""", "records.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
        }
    }
}
