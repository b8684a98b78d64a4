using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2008 Problems not listed: a record lists its first 100 errors and 100 warnings and counts the rest,
    /// so a record with a million problems costs neither a million diagnostics in memory nor in the report.</summary>
    public class CP2008ProblemsNotListedTests
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

        private static string Record(int unknownFields, int wrongValues = 0) =>
            "{\"id\": \"org-7\", \"it_staff\": 3"
            + string.Concat(Enumerable.Range(1, unknownFields).Select(i => $", \"extra_{i}\": {i}"))
            + string.Concat(Enumerable.Range(1, wrongValues).Select(_ => ", \"it_staff\": \"three\""))
            + "}";

        [Fact]
        public void A_record_with_1000_unknown_fields_lists_100_warnings_and_counts_the_other_900()
        {
            var result = Assert.Single(RecordReader.ReadString(Record(1000), "orgs.json", Eligibility.Schema));

            Assert.True(result.IsValid);
            Assert.Equal(100, result.Diagnostics.Count(d => d.Id == "CP2004"));
            var diagnostic = result.Diagnostics.Last();
            Assert.Equal("CP2008", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
            Assert.Equal("900 more problems in this record are not listed (0 errors, 900 warnings); only the first 100 errors and 100 warnings are",
                diagnostic.Message);
            Assert.Equal((1, 1), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
            Assert.Equal("$", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void Errors_past_the_limit_still_make_the_record_unreadable_and_warnings_do_not_crowd_them_out()
        {
            // Each repeated "it_staff": "three" is two errors: a repeated field (CP2006) and text for an int (CP2003).
            var result = Assert.Single(RecordReader.ReadString(Record(150, wrongValues: 60), "orgs.json", Eligibility.Schema));

            Assert.False(result.IsValid);
            Assert.Equal(100, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
            Assert.Equal(100, result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
            Assert.Equal("70 more problems in this record are not listed (20 errors, 50 warnings); only the first 100 errors and 100 warnings are",
                result.Diagnostics.Single(d => d.Id == "CP2008").Message);
        }

        [Fact]
        public void A_record_with_100_problems_of_each_kind_lists_them_all()
        {
            var result = Assert.Single(RecordReader.ReadString(Record(100), "orgs.json", Eligibility.Schema));

            Assert.Equal(100, result.Diagnostics.Count);
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CP2008");
        }
    }
}
