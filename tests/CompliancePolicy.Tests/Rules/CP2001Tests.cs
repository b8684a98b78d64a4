using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP2001 Malformed JSON: record input that is not JSON (or not UTF-8); a bad JSON Lines line, or a record whose
    /// bytes are not UTF-8, is skipped; anything else stops the file.</summary>
    public class CP2001MalformedJsonTests
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
        public void A_JSON_Lines_record_with_a_missing_comma_is_reported_where_the_comma_belongs_and_skipped()
        {
            var records = AnnotatedText.Parse("""
                {"id": "org-7", "it_staff": 3}
                {"id": "org-8" [||]"it_staff": 4}
                {"id": "org-9", "it_staff": 5}
                """);

            var results = RecordReader.ReadString(records.Text, "records.jsonl", Eligibility.Schema).ToList();

            Assert.Equal(new[] { true, false, true }, results.Select(r => r.IsValid));
            var diagnostic = Assert.Single(results[1].Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Malformed JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'; the record is skipped", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
            Assert.Equal("$", diagnostic.Location.JsonPath);
        }

        [Fact]
        public void A_trailing_comma_is_named_as_such_without_advice_meant_for_the_reader_s_programmer()
        {
            var records = AnnotatedText.Parse("""
                {"id": "org-7", "it_staff": 3,[||]}
                {"id": "org-8", "it_staff": [4, 5,[||]]}
                {"id": "org-9", "it_staff": 5}
                """);

            var results = RecordReader.ReadString(records.Text, "records.jsonl", Eligibility.Schema).ToList();

            Assert.Equal(new[] { false, false, true }, results.Select(r => r.IsValid));
            Assert.Equal("Malformed JSON: a comma before '}' must be followed by another member; the record is skipped",
                Assert.Single(results[0].Diagnostics).Message);
            Assert.Equal("Malformed JSON: a comma before ']' must be followed by another item; the record is skipped",
                Assert.Single(results[1].Diagnostics).Message);
            Assert.Equal(records.Spans[0], results[0].Diagnostics[0].Location!.Span);
            Assert.Equal(records.Spans[1], results[1].Diagnostics[0].Location!.Span);
        }

        [Fact]
        public void An_array_that_is_not_closed_is_reported_at_its_end()
        {
            var records = AnnotatedText.Parse("""[{"id": "org-7", "it_staff": 3}[||]""");

            var results = RecordReader.ReadString(records.Text, "records.json", Eligibility.Schema).ToList();

            Assert.True(results[0].IsValid);
            var diagnostic = Assert.Single(results[1].Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal("Malformed JSON: the array is not closed with ']'", diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_record_saved_as_Latin_1_is_reported_at_its_first_invalid_byte_and_only_it_is_skipped()
        {
            // One byte per character, so the marked character is the offending byte 0xFC.
            var records = AnnotatedText.Parse("{\"id\": \"org-7\", \"it_staff\": 3, \"city\": \"Z[|\u00FC|]rich\"}\n{\"id\": \"org-8\", \"it_staff\": 4}\n");
            var latin1 = System.Text.Encoding.Latin1.GetBytes(records.Text);

            var results = RecordReader.Read(new System.IO.MemoryStream(latin1), "records.jsonl", Eligibility.Schema).ToList();

            Assert.Equal(new[] { false, true }, results.Select(r => r.IsValid));
            var diagnostic = Assert.Single(results[0].Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal("Malformed JSON: the record is not valid UTF-8 (byte offset 41 in the file); the record is skipped: save the file with UTF-8 encoding",
                diagnostic.Message);
            Assert.Equal(records.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Well_formed_JSON_Lines_are_not_reported()
        {
            var results = RecordReader.ReadString(
                "{\"id\": \"org-7\", \"it_staff\": 3}\n{\"id\": \"org-8\", \"it_staff\": 4}\n",
                "records.jsonl",
                Eligibility.Schema).ToList();

            Assert.Equal(2, results.Count);
            Assert.All(results, r => Assert.Empty(r.Diagnostics));
        }
    }
}
