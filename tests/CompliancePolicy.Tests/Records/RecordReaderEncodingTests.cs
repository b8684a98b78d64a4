using System.Linq;
using CompliancePolicy.Records;
using static CompliancePolicy.Tests.Records.RecordTestData;

namespace CompliancePolicy.Tests.Records
{
    public class RecordReaderEncodingTests
    {
        [Fact]
        public void InvalidUtf8IsReportedWithItsByteOffsetAndSkipsOnlyItsRecord()
        {
            var before = Utf8(OrganisationWithId("a") + "\n" + "{\"id\": \"b\", \"name\": \"Caf");
            var latin1 = new byte[] { 0xE9 };
            var after = Utf8("\"}\n" + OrganisationWithId("c") + "\n" + OrganisationWithId("d") + "\n");
            var bytes = before.Concat(latin1).Concat(after).ToArray();

            var results = ReadBytes(bytes);

            Assert.Equal(new[] { true, false, true, true }, results.Select(r => r.IsValid));
            Assert.Equal((1, 2), (results[1].Index, results[1].Line));
            var diagnostic = Assert.Single(results[1].Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal($"Malformed JSON: the record is not valid UTF-8 (byte offset {before.Length} in the file); the record is skipped: " +
                "save the file with UTF-8 encoding", diagnostic.Message);
            Assert.Equal(before.Length, diagnostic.Location!.Span.Start);
            Assert.Equal(2, diagnostic.Location.Start.Line);
            Assert.Equal(new[] { "c", "d" }, results.Skip(2).Select(r => r.Id));
        }

        [Fact]
        public void InvalidUtf8InAnArraySkipsOnlyItsElement()
        {
            var bytes = Utf8("[" + OrganisationWithId("a") + ",\n{\"id\": \"b\", \"name\": \"Caf")
                .Concat(new byte[] { 0xE9 }).Concat(Utf8("\"},\n" + OrganisationWithId("c") + "]")).ToArray();

            var results = ReadBytes(bytes);

            Assert.Equal(new[] { true, false, true }, results.Select(r => r.IsValid));
            Assert.Equal("$[1]", Assert.Single(results[1].Diagnostics).Location!.JsonPath);
        }

        [Fact]
        public void Utf16FileIsReportedAsNotUtf8()
        {
            var bytes = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(OrganisationWithId("a"))).ToArray();

            var diagnostic = Assert.Single(Assert.Single(ReadBytes(bytes)).Diagnostics);

            Assert.Equal("CP2007", diagnostic.Id);
            Assert.Contains("is not valid UTF-8 (byte offset 0)", diagnostic.Message);
        }

        [Fact]
        public void MultiByteCharactersAreDecoded()
        {
            var record = Assert.Single(ReadBytes(Utf8(Organisation(("name", "\"東京 Café 😀\""))))).Record!;

            Assert.Equal("東京 Café 😀", record["name"]);
        }

        [Theory]
        [InlineData(new byte[] { 0x61, 0xC3, 0xA9, 0xE6, 0x9D, 0xB1, 0xF0, 0x9F, 0x98, 0x80 }, -1)]
        [InlineData(new byte[] { 0x61, 0xC0, 0x80 }, 1)]               // overlong encoding of U+0000
        [InlineData(new byte[] { 0x61, 0x62, 0xED, 0xA0, 0x80 }, 2)]   // UTF-16 surrogate U+D800
        [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]         // above U+10FFFF
        [InlineData(new byte[] { 0x61, 0xE6, 0x9D }, 1)]               // truncated sequence
        [InlineData(new byte[] { 0x61, 0x80 }, 1)]                     // continuation byte without a lead
        [InlineData(new byte[] { 0xE6, 0x9D, 0x41 }, 0)]               // lead byte followed by ASCII
        public void Utf8ValidationFindsTheFirstInvalidSequence(byte[] bytes, int expected)
        {
            Assert.Equal(expected, Utf8Validation.IndexOfInvalidByte(bytes));
        }
    }
}
