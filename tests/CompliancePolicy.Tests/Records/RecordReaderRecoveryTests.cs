using System.Linq;
using static CompliancePolicy.Tests.Records.RecordTestData;

namespace CompliancePolicy.Tests.Records
{
    public class RecordReaderRecoveryTests
    {
        [Fact]
        public void InvalidRecordAmongValidOnesDoesNotStopTheOthers()
        {
            var pretty = "{\n    \"id\": \"b\",\n    \"founded\": \"2026-02-30\"\n  }";
            var json = "[\n  " + OrganisationWithId("a") + ",\n  " + pretty + ",\n  " + OrganisationWithId("c") + "\n]";

            var results = Read(json);

            Assert.Equal(new[] { 0, 1, 2 }, results.Select(r => r.Index).ToArray());
            Assert.Equal(new[] { 2, 3, 7 }, results.Select(r => r.Line).ToArray());
            Assert.Equal(new[] { true, false, true }, results.Select(r => r.IsValid).ToArray());
            Assert.Equal("b", results[1].Id);
            var date = results[1].Diagnostics.Single(d => d.Id == "CP2006").Location!;
            Assert.Equal(("$[1].founded", 5, 16), (date.JsonPath, date.Start.Line, date.Start.Column));
            Assert.Contains(results[1].Diagnostics, d => d.Id == "CP2002" && d.Location!.JsonPath == "$[1].name");
        }

        [Fact]
        public void SyntaxErrorInAnArrayIsReportedWithItsPositionAndStopsTheFile()
        {
            var json = "[\n  " + OrganisationWithId("a") + ",\n  {\"id\": \"b\", \"name\": },\n  " + OrganisationWithId("c") + "\n]";

            var results = Read(json);

            Assert.Equal(2, results.Count);
            Assert.True(results[0].IsValid);
            var broken = results[1];
            Assert.Equal((1, 3, false), (broken.Index, broken.Line, broken.IsValid));
            var diagnostic = Assert.Single(broken.Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal("Malformed JSON: '}' is an invalid start of a value; the rest of the file cannot be read", diagnostic.Message);
            Assert.Equal((3, 23, "$[1]"), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column, diagnostic.Location.JsonPath));
        }

        [Fact]
        public void MalformedJsonLineIsSkippedAndTheNextLinesAreRead()
        {
            var json = OrganisationWithId("a") + "\n{\"id\": \"b\", \"name\": }\n" + OrganisationWithId("c") + "\n" + OrganisationWithId("d");

            var results = Read(json);

            Assert.Equal(new[] { 0, 1, 2, 3 }, results.Select(r => r.Index).ToArray());
            Assert.Equal(new[] { 1, 2, 3, 4 }, results.Select(r => r.Line).ToArray());
            Assert.Equal(new[] { "a", "#2", "c", "d" }, results.Select(r => r.Id).ToArray());
            var diagnostic = Assert.Single(results[1].Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal("Malformed JSON: '}' is an invalid start of a value; the record is skipped", diagnostic.Message);
            Assert.Equal((2, 21, "$"), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column, diagnostic.Location.JsonPath));
            Assert.True(results[2].IsValid && results[3].IsValid);
        }

        [Fact]
        public void TruncatedJsonLineDoesNotSwallowTheNextLine()
        {
            var json = OrganisationWithId("a") + "\n{\"id\": \"b\", \"name\": \"x\"\n\n" + OrganisationWithId("c") + "\n";

            var results = Read(json);

            Assert.Equal(3, results.Count);
            Assert.Equal("CP2001", Assert.Single(results[1].Diagnostics).Id);
            Assert.Equal(2, results[1].Line);
            Assert.Equal(("c", 2, 4, true), (results[2].Id, results[2].Index, results[2].Line, results[2].IsValid));
        }

        [Fact]
        public void JsonLineCutOffAtTheEndOfTheFileIsMalformed()
        {
            var results = Read(OrganisationWithId("a") + "\n{\"id\": \"b\", \"na");

            Assert.Equal(2, results.Count);
            Assert.True(results[0].IsValid);
            Assert.Equal("CP2001", Assert.Single(results[1].Diagnostics).Id);
        }

        [Fact]
        public void SyntaxErrorInAPrettyPrintedObjectStopsWithoutCascadingErrors()
        {
            var json = "{\n  \"id\": \"a\",\n  \"name\": ,\n  \"employees\": 3\n}\n";

            var result = Assert.Single(Read(json));

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.EndsWith("; the rest of the file cannot be read", diagnostic.Message);
            Assert.Equal((3, 11), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
        }

        [Theory]
        [InlineData("[{0} {1}]", 1, "Malformed JSON: expected ',' or ']' after a record but found '{'; the rest of the file cannot be read")]
        [InlineData("[{0}, {1}", 2, "Malformed JSON: the array is not closed with ']'")]
        [InlineData("[{0}, {1},]", 2, "Malformed JSON: a ',' must be followed by another record, not ']'")]
        [InlineData("[{0}, {1}] []", 2, "Malformed JSON: unexpected content after the closing ']' of the array; the rest of the file cannot be read")]
        public void MalformedArrayStructureIsReportedAfterTheRecordsBeforeIt(string layout, int recordsBefore, string message)
        {
            var json = layout.Replace("{0}", OrganisationWithId("a")).Replace("{1}", OrganisationWithId("b"));

            var results = Read(json);

            Assert.Equal(recordsBefore + 1, results.Count);
            Assert.All(results.Take(recordsBefore), r => Assert.True(r.IsValid));
            var diagnostic = Assert.Single(results.Last().Diagnostics);
            Assert.Equal(("CP2001", message), (diagnostic.Id, diagnostic.Message));
            Assert.Equal(recordsBefore, results.Last().Index);
        }

        [Fact]
        public void ArrayCutOffInsideARecordIsMalformed()
        {
            var results = Read("[" + OrganisationWithId("a") + ", {\"id\": \"b\", \"penalties\": [");

            Assert.Equal(2, results.Count);
            Assert.True(results[0].IsValid);
            Assert.Equal("CP2001", Assert.Single(results[1].Diagnostics).Id);
        }

        [Fact]
        public void NestingDeeperThanTheReaderAllowsIsMalformedNotACrash()
        {
            var deep = new string('[', 100) + new string(']', 100);

            var result = Assert.Single(Read(Organisation(("notes", deep))));

            Assert.Equal("CP2001", Assert.Single(result.Diagnostics).Id);
        }
    }
}
