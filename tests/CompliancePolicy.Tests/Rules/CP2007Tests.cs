using System.IO;
using System.Linq;
using System.Text;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2007 Record file unreadable: the input cannot be opened or read, or it does not start as UTF-8 JSON;
    /// reading stops. (A record that holds bytes that are not UTF-8 is CP2001, and only that record is lost.)</summary>
    public class CP2007RecordFileUnreadableTests
    {
        private static readonly Policy Eligibility = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 eligibility"

            schema Organisation key id {
              id: text
              registered_city: text
            }

            clause ELIG-1 "The organisation is registered somewhere"
              cites "RD-2.1"
              require length(registered_city) > 0
            """);

        [Fact]
        public void A_file_saved_as_UTF_16_is_reported_at_its_first_byte()
        {
            var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("{\"id\": \"org-7\", \"registered_city\": \"Wuxi\"}")).ToArray();

            var results = RecordReader.Read(new MemoryStream(utf16), "records.json", Eligibility.Schema).ToList();

            var diagnostic = Assert.Single(Assert.Single(results).Diagnostics);
            Assert.Equal("CP2007", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Cannot read records: 'records.json' is not valid UTF-8 (byte offset 0); save it with UTF-8 encoding", diagnostic.Message);
            Assert.Equal((1, 1), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
        }

        [Fact]
        public void A_file_that_does_not_exist_is_reported_once()
        {
            var path = Path.Combine(Path.GetTempPath(), "compliancepolicy-no-such-dir", "records.json");

            var result = Assert.Single(RecordReader.ReadFile(path, Eligibility.Schema));

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2007", diagnostic.Id);
            Assert.StartsWith($"Cannot read records: '{path}' cannot be opened: ", diagnostic.Message);
            Assert.Equal((1, 1), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
        }

        [Fact]
        public void The_same_records_saved_as_UTF_8_are_not_reported()
        {
            var utf8 = Encoding.UTF8.GetBytes("{\"id\": \"org-7\", \"registered_city\": \"Z\u00FCrich\"}\n{\"id\": \"org-8\", \"registered_city\": \"Wuxi\"}");

            var results = RecordReader.Read(new MemoryStream(utf8), "records.json", Eligibility.Schema).ToList();

            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.Empty(r.Diagnostics));
        }
    }
}
