using System.Linq;
using static CompliancePolicy.Tests.Records.RecordTestData;

namespace CompliancePolicy.Tests.Records
{
    public class RecordReaderLayoutTests
    {
        [Fact]
        public void SingleObjectIsOneRecordRootedAtDollar()
        {
            var json = "\n\n" + Organisation(("employees", "\"x\""));

            var result = Assert.Single(Read(json));

            Assert.Equal((0, 3, FileName), (result.Index, result.Line, result.Path));
            Assert.Equal("$.employees", Assert.Single(result.Diagnostics).Location!.JsonPath);
        }

        [Fact]
        public void ArrayOfObjectsYieldsOneRecordPerElementWithIndexedPaths()
        {
            var json = "[\n  " + OrganisationWithId("a") + ",\n  " + OrganisationWithId("b") + ",\n\n  " + Organisation(("id", "\"c\""), ("risk", "\"Hgh\"")) + "\n]\n";

            var results = Read(json);

            Assert.Equal(new[] { "a", "b", "c" }, results.Select(r => r.Id).ToArray());
            Assert.Equal(new[] { 0, 1, 2 }, results.Select(r => r.Index).ToArray());
            Assert.Equal(new[] { 2, 3, 5 }, results.Select(r => r.Line).ToArray());
            Assert.Equal(new[] { true, true, false }, results.Select(r => r.IsValid).ToArray());
            Assert.Equal("$[2].risk", Assert.Single(results[2].Diagnostics).Location!.JsonPath);
        }

        [Fact]
        public void JsonLinesYieldsOneRecordPerLine()
        {
            var json = OrganisationWithId("a") + "\n" + OrganisationWithId("b") + "\n\n" + OrganisationWithId("c") + "\n";

            var results = Read(json);

            Assert.Equal(new[] { "a", "b", "c" }, results.Select(r => r.Id).ToArray());
            Assert.Equal(new[] { 1, 2, 4 }, results.Select(r => r.Line).ToArray());
            Assert.All(results, r => Assert.True(r.IsValid));
        }

        [Fact]
        public void JsonLinesWithCarriageReturnsCountsLinesAndColumns()
        {
            var json = OrganisationWithId("a") + "\r\n" + Organisation(("id", "\"b\""), ("employees", "true")) + "\r\n";

            var results = Read(json);

            Assert.Equal(new[] { 1, 2 }, results.Select(r => r.Line).ToArray());
            var location = Assert.Single(results[1].Diagnostics).Location!;
            Assert.Equal("$.employees", location.JsonPath);
            Assert.Equal(2, location.Start.Line);
            Assert.Equal(Organisation(("id", "\"b\""), ("employees", "true")).IndexOf("true", System.StringComparison.Ordinal) + 1, location.Start.Column);
        }

        [Fact]
        public void ConcatenatedObjectsAreRecordsToo()
        {
            var json = OrganisationWithId("a") + OrganisationWithId("b") + "  " + OrganisationWithId("c");

            var results = Read(json);

            Assert.Equal(new[] { "a", "b", "c" }, results.Select(r => r.Id).ToArray());
            Assert.All(results, r => Assert.Equal(1, r.Line));
        }

        [Theory]
        [InlineData("")]
        [InlineData("   \n\t\r\n ")]
        [InlineData("[]")]
        [InlineData(" [ \n ] \n")]
        [InlineData("\uFEFF")]
        [InlineData("\uFEFF  \n")]
        public void EmptyInputHasNoRecordsAndNoErrors(string json)
        {
            Assert.Empty(Read(json));
        }

        [Fact]
        public void ByteOrderMarkIsSkippedBeforeAnObject()
        {
            var json = Organisation(("employees", "[]"));

            var result = Assert.Single(ReadBytes(Utf8("\uFEFF" + json)));

            var location = Assert.Single(result.Diagnostics).Location!;
            var column = json.IndexOf("[]", System.StringComparison.Ordinal) + 1;
            Assert.Equal((1, column), (location.Start.Line, location.Start.Column));
            Assert.Equal(3 + Utf8(json.Substring(0, column - 1)).Length, location.Span.Start);
        }

        [Fact]
        public void ByteOrderMarkIsSkippedBeforeAnArray()
        {
            var results = ReadBytes(Utf8("\uFEFF[" + OrganisationWithId("a") + "," + OrganisationWithId("b") + "]"));

            Assert.Equal(new[] { "a", "b" }, results.Select(r => r.Id).ToArray());
        }

        [Theory]
        [InlineData("hello", "'h'")]
        [InlineData("42", "'4'")]
        [InlineData("\"text\"", "'\"'")]
        public void OtherTopLevelContentIsMalformed(string json, string found)
        {
            var result = Assert.Single(Read(json));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2001", diagnostic.Id);
            Assert.Equal($"Malformed JSON: expected a JSON object, an array of objects or JSON Lines, but the file starts with {found}", diagnostic.Message);
            Assert.Equal((1, 1), (diagnostic.Location!.Start.Line, diagnostic.Location.Start.Column));
        }

        [Fact]
        public void ArrayElementThatIsNotAnObjectIsAWrongKindAndTheOthersAreRead()
        {
            var results = Read("[" + OrganisationWithId("a") + ", 42, \"b\", " + OrganisationWithId("c") + "]");

            Assert.Equal(4, results.Count);
            Assert.Equal("Expected an Organisation but found a number 42", Assert.Single(results[1].Diagnostics).Message);
            Assert.Equal("$[1]", results[1].Diagnostics[0].Location!.JsonPath);
            Assert.Equal("Expected an Organisation but found a string \"b\"", Assert.Single(results[2].Diagnostics).Message);
            Assert.Equal(new[] { true, false, false, true }, results.Select(r => r.IsValid).ToArray());
            Assert.Equal("c", results[3].Id);
        }

        [Fact]
        public void JsonLinesLineThatIsNotAnObjectIsAWrongKind()
        {
            var results = Read(OrganisationWithId("a") + "\n[1, 2]\n" + OrganisationWithId("c"));

            Assert.Equal(3, results.Count);
            var diagnostic = Assert.Single(results[1].Diagnostics);
            Assert.Equal(("CP2003", "Expected an Organisation but found an array", "$"), (diagnostic.Id, diagnostic.Message, diagnostic.Location!.JsonPath));
            Assert.Equal(2, results[1].Line);
            Assert.True(results[2].IsValid);
        }

        [Fact]
        public void ReadStringCanBeEnumeratedAgain()
        {
            var results = CompliancePolicy.Records.RecordReader.ReadString(OrganisationWithId("a") + "\n" + OrganisationWithId("b"), FileName, Schema);

            Assert.Equal(new[] { "a", "b" }, results.Select(r => r.Id).ToArray());
            Assert.Equal(new[] { "a", "b" }, results.Select(r => r.Id).ToArray());
        }
    }
}
