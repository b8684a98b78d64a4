using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Records;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Records.RecordTestData;

namespace CompliancePolicy.Tests.Records
{
    public class RecordReaderValueTests
    {
        [Fact]
        public void ValidRecordFillsEverySlotWithTheValueModelType()
        {
            var result = Assert.Single(Read(Organisation()));

            Assert.True(result.IsValid);
            Assert.Empty(result.Diagnostics);
            var record = result.Record!;
            Assert.Same(Schema, record.Type);
            Assert.Equal("org-1", record["id"]);
            Assert.Equal("Acme", record["name"]);
            Assert.Equal(250m, Assert.IsType<decimal>(record["employees"]));
            Assert.Equal(true, record["regulated"]);
            Assert.Equal(new CalendarDate(2019, 3, 1), record["founded"]);
            Assert.Equal(Duration.FromMonths(3), record["reviewEvery"]);
            Assert.Same(Risk.Find("High"), record["risk"]);
            Assert.Null(record["notes"]);

            var address = Assert.IsType<RecordValue>(record["address"]);
            Assert.Same(Address, address.Type);
            Assert.Equal("Zürich", address["city"]);
            Assert.Null(address["postcode"]);

            var penalty = Assert.IsType<RecordValue>(Assert.Single(Assert.IsType<object[]>(record["penalties"])));
            Assert.Equal(new CalendarDate(2024, 5, 1), penalty["date"]);
            Assert.Equal("FCA", penalty["authority"]);
            Assert.Equal(1500.50m, penalty["amount"]);
        }

        [Fact]
        public void DecimalsAreReadExactlyWithoutGoingThroughDouble()
        {
            var record = Assert.Single(Read(Organisation(("revenue", "69.99")))).Record!;
            var huge = Assert.Single(Read(Organisation(("revenue", "12345678901234567890.123456789")))).Record!;

            Assert.Equal(69.99m, record["revenue"]);
            Assert.Equal("69.99", ((decimal)record["revenue"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(12345678901234567890.123456789m, huge["revenue"]);
        }

        [Theory]
        [InlineData("7", 7)]
        [InlineData("1.0", 1)]
        [InlineData("1e2", 100)]
        [InlineData("-3", -3)]
        public void IntAcceptsWholeNumbersInAnyNotation(string json, int expected)
        {
            var employees = (decimal)Assert.Single(Read(Organisation(("employees", json)))).Record!["employees"]!;

            Assert.Equal(expected, employees);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), employees.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        [Fact]
        public void AWholeDecimalKeepsHowItWasWrittenWhenTheSameNumberWasReadBefore()
        {
            var records = Read(Organisation(("revenue", "5")) + "\n" + Organisation(("revenue", "5.0")) + "\n" + Organisation(("revenue", "5")))
                .Select(r => ((decimal)r.Record!["revenue"]!).ToString(System.Globalization.CultureInfo.InvariantCulture));

            Assert.Equal(new[] { "5", "5.0", "5" }, records);
        }

        [Theory]
        [InlineData("0")]
        [InlineData("0.0")]
        [InlineData("0.80")]
        [InlineData("7.5")]
        [InlineData("99.46")]
        [InlineData("1500.50")]
        [InlineData("9999")]
        [InlineData("10000")]
        [InlineData("123456789012345678")]
        [InlineData("1234567890123456789")]
        [InlineData("12345678901234567.8")]
        [InlineData("0.000000000000000001")]
        [InlineData("-3.25")]
        [InlineData("1e2")]
        public void ADecimalReadsAsSystemTextJsonReadsIt(string json)
        {
            var reader = new System.Text.Json.Utf8JsonReader(Utf8(json));
            reader.Read();
            reader.TryGetDecimal(out var expected);

            var revenue = (decimal)Assert.Single(Read(Organisation(("revenue", json)))).Record!["revenue"]!;

            Assert.Equal(decimal.GetBits(expected), decimal.GetBits(revenue));
        }

        [Theory]
        [InlineData("0001-01-01")]
        [InlineData("1899-12-31")]
        [InlineData("1900-01-01")]
        [InlineData("2199-12-31")]
        [InlineData("2200-01-01")]
        [InlineData("9999-12-31")]
        public void DatesAreReadAlikeInsideAndOutsideTheRangeOfSharedValues(string date)
        {
            var first = Assert.Single(Read(Organisation(("founded", $"\"{date}\"")))).Record!;
            var second = Assert.Single(Read(Organisation(("founded", $"\"{date}\"")))).Record!;

            Assert.Equal(date, first["founded"]!.ToString());
            Assert.Equal(first["founded"], second["founded"]);
        }

        [Fact]
        public void IntRejectsAFraction()
        {
            var result = Assert.Single(Read(Organisation(("employees", "2.5"))));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2003", diagnostic.Id);
            Assert.Equal("Expected an int but found a fractional number 2.5", diagnostic.Message);
            Assert.Equal("$.employees", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void NumberOutsideTheDecimalRangeIsAnInvalidValue()
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("revenue", "1e400")))).Diagnostics);

            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("1e400 is outside the range of a decimal", diagnostic.Message);
        }

        [Fact]
        public void ANumberOfAMillionDigitsIsNotEchoedWhole()
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("revenue", "1" + new string('0', 999_999))))).Diagnostics);

            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("1" + new string('0', 38) + "… is outside the range of a decimal", diagnostic.Message);
        }

        [Theory]
        [InlineData("\"2026-02-30\"", "'2026-02-30' is not a valid date; expected yyyy-MM-dd")]
        [InlineData("\"01/02/2026\"", "'01/02/2026' is not a valid date; expected yyyy-MM-dd")]
        [InlineData("\"2026-1-05\"", "'2026-1-05' is not a valid date; expected yyyy-MM-dd")]
        public void InvalidDateIsReportedWithTheExpectedFormat(string json, string message)
        {
            var result = Assert.Single(Read(Organisation(("founded", json))));

            Assert.Null(result.Record);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal(message, diagnostic.Message);
            Assert.Equal("$.founded", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void LeapDayIsAValidDate()
        {
            var record = Assert.Single(Read(Organisation(("founded", "\"2024-02-29\"")))).Record!;

            Assert.Equal(new CalendarDate(2024, 2, 29), record["founded"]);
        }

        [Fact]
        public void DurationIsParsedInTheLanguageSpelling()
        {
            var record = Assert.Single(Read(Organisation(("reviewEvery", "\"1 year 2 days\"")))).Record!;

            Assert.Equal(new Duration(12, 2), record["reviewEvery"]);
        }

        [Theory]
        [InlineData("\"3 mnths\"")]
        [InlineData("\"three months\"")]
        public void InvalidDurationIsAnInvalidValue(string json)
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("reviewEvery", json)))).Diagnostics);

            Assert.Equal("CP2006", diagnostic.Id);
            Assert.StartsWith($"'{json.Trim('"')}' is not a valid duration", diagnostic.Message);
        }

        [Theory]
        [InlineData("\"999999999 years\"")]
        [InlineData("\"10000 years\"")] // the fast path's digits fit, the calendar does not
        [InlineData("\"999999 years 999999 years\"")]
        [InlineData("\"1 day 2147483647 days\"")]
        public void DurationLongerThanTheCalendarIsAnInvalidValue(string json)
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("reviewEvery", json)))).Diagnostics);

            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal($"'{json.Trim('"')}' is too long a duration: " +
                "a duration can be at most 9999 years (119,988 months) or 3,652,059 days, the length of the calendar", diagnostic.Message);
        }

        [Fact]
        public void EnumMemberTypoSuggestsTheClosestMember()
        {
            var result = Assert.Single(Read(Organisation(("risk", "\"Hgh\""))));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2005", diagnostic.Id);
            Assert.Equal("'Hgh' is not a member of Risk; did you mean 'High'?", diagnostic.Message);
            Assert.Equal("$.risk", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void EnumValueFarFromEveryMemberListsTheMembers()
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("risk", "\"Catastrophic\"")))).Diagnostics);

            Assert.Equal("'Catastrophic' is not a member of Risk; expected one of Low, Medium, High", diagnostic.Message);
        }

        [Theory]
        [InlineData("name", "3", "Expected a text but found a number 3")]
        [InlineData("regulated", "\"yes\"", "Expected a bool but found a string \"yes\"")]
        [InlineData("employees", "{\"n\": 1}", "Expected an int but found an object")]
        [InlineData("revenue", "\"69.99\"", "Expected a decimal but found a string \"69.99\"")]
        [InlineData("founded", "true", "Expected a date but found true")]
        [InlineData("risk", "2", "Expected a Risk but found a number 2")]
        [InlineData("address", "[\"Zürich\"]", "Expected an Address but found an array")]
        [InlineData("penalties", "{}", "Expected a list of Penalty but found an object")]
        [InlineData("notes", "false", "Expected a text but found false")]
        public void WrongJsonKindNamesTheExpectedTypeAndWhatWasFound(string field, string json, string message)
        {
            var result = Assert.Single(Read(Organisation((field, json))));

            Assert.False(result.IsValid);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2003", diagnostic.Id);
            Assert.Equal(message, diagnostic.Message);
            Assert.Equal("$." + field, diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void RequiredFieldSetToNullIsAWrongKind()
        {
            var diagnostic = Assert.Single(Assert.Single(Read(Organisation(("founded", "null")))).Diagnostics);

            Assert.Equal("CP2003", diagnostic.Id);
            Assert.Equal("Expected a date but found null", diagnostic.Message);
        }

        [Fact]
        public void MissingRequiredFieldIsReportedAtItsPath()
        {
            var result = Assert.Single(Read(Organisation(("name", null))));

            Assert.Null(result.Record);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("Required field 'name' of Organisation is missing", diagnostic.Message);
            Assert.Equal("$.name", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void OptionalFieldMayBeAbsentOrNull()
        {
            var absent = Assert.Single(Read(Organisation(("address", null), ("notes", null))));
            var explicitNull = Assert.Single(Read(Organisation(("address", "null"), ("notes", "null"))));
            var present = Assert.Single(Read(Organisation(("notes", "\"audited\""))));

            Assert.True(absent.IsValid);
            Assert.Null(absent.Record!["address"]);
            Assert.Null(absent.Record!["notes"]);
            Assert.True(explicitNull.IsValid);
            Assert.Null(explicitNull.Record!["address"]);
            Assert.Equal("audited", present.Record!["notes"]);
        }

        [Fact]
        public void ProblemsInNestedRecordsAndListsCarryTheirFullPath()
        {
            var penalties = "[{\"date\": \"2024-01-01\", \"authority\": \"FCA\"}, {\"date\": \"2024-13-01\"}, {\"date\": \"2024-02-01\", \"authority\": 5}]";
            var result = Assert.Single(Read(Organisation(("penalties", penalties), ("address", "{\"postcode\": \"8001\"}"))));

            Assert.Null(result.Record);
            Assert.Equal(
                new (string, string?)[]
                {
                    ("CP2002", "$.address.city"),
                    ("CP2006", "$.penalties[1].date"),
                    ("CP2002", "$.penalties[1].authority"),
                    ("CP2003", "$.penalties[2].authority"),
                },
                result.Diagnostics.Select(d => (d.Id, d.Location!.JsonPath)).ToArray());
        }

        [Fact]
        public void EmptyListIsAnEmptyArray()
        {
            var record = Assert.Single(Read(Organisation(("penalties", "[]")))).Record!;

            Assert.Empty(Assert.IsType<object[]>(record["penalties"]));
        }

        [Fact]
        public void NestedListsOfPrimitivesAndOptionalElementsAreDecoded()
        {
            var schema = new RecordType("Matrix", isSchema: true, new (string, TypeSymbol)[] { ("rows", new ListType(new ListType(new OptionalType(TypeSymbol.Int)))) });

            var record = Assert.Single(Read("{\"rows\": [[1, null], [], [3]]}", schema)).Record!;

            var rows = Assert.IsType<object[]>(record["rows"]);
            Assert.Equal(new object?[] { 1m, null }, Assert.IsType<object[]>(rows[0]));
            Assert.Empty(Assert.IsType<object[]>(rows[1]));
            Assert.Equal(new object?[] { 3m }, Assert.IsType<object[]>(rows[2]));
        }

        [Fact]
        public void EveryProblemOfARecordIsReportedNotOnlyTheFirst()
        {
            var json = Organisation(("name", null), ("employees", "\"many\""), ("founded", "\"2026-02-30\""), ("risk", "\"Hgh\""));

            var result = Assert.Single(Read(json));

            Assert.Null(result.Record);
            Assert.Equal(new[] { "CP2003", "CP2006", "CP2005", "CP2002" }, result.Diagnostics.Select(d => d.Id).ToArray());
        }

        [Fact]
        public void UnknownFieldIsAWarningThatSuggestsTheClosestField()
        {
            var result = Assert.Single(Read(Organisation(("regulatd", "false"), ("website", "\"acme.example\""))));

            Assert.True(result.IsValid);
            Assert.Equal(2, result.Diagnostics.Count);
            Assert.All(result.Diagnostics, d => Assert.Equal(("CP2004", DiagnosticSeverity.Warning), (d.Id, d.Severity)));
            Assert.Equal("Field 'regulatd' is not part of Organisation (did you mean 'regulated'?); its value is not used", result.Diagnostics[0].Message);
            Assert.Equal("$.regulatd", result.Diagnostics[0].Location!.JsonPath);
            Assert.Equal("Field 'website' is not part of Organisation; its value is not used", result.Diagnostics[1].Message);
        }

        [Fact]
        public void DuplicatePropertyIsAnError()
        {
            var result = Assert.Single(Read(Organisation(("name", "\"Acme\", \"name\": \"Acme Ltd\""))));

            Assert.Null(result.Record);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("Field 'name' appears more than once in Organisation", diagnostic.Message);
        }

        [Fact]
        public void EscapedNamesAndValuesAreUnescapedBeforeMatching()
        {
            var json = "{\"i\\u0064\": \"org-\\u00e9\", \"name\": \"A\\\"B\", \"employees\": 1, \"revenue\": 2, \"regulated\": false, "
                + "\"founded\": \"2019\\u002d03-01\", \"reviewEvery\": \"1 week\", \"risk\": \"H\\u0069gh\", \"penalties\": []}";

            var record = Assert.Single(Read(json)).Record!;

            Assert.Equal("org-é", record["id"]);
            Assert.Equal("A\"B", record["name"]);
            Assert.Equal(new CalendarDate(2019, 3, 1), record["founded"]);
            Assert.Equal(Duration.FromDays(7), record["reviewEvery"]);
            Assert.Same(Risk.Find("High"), record["risk"]);
        }

        [Fact]
        public void UnpairedSurrogateEscapeIsAnInvalidValueNotAnException()
        {
            var result = Assert.Single(Read(Organisation(("name", "\"Ac\\ud800me\""))));

            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal("CP2006", diagnostic.Id);
            Assert.Equal("$.name", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void IdIsTheKeyValueOrThePositionWhenThereIsNone()
        {
            var schemaWithoutKey = new RecordType("Note", isSchema: true, new (string, TypeSymbol)[] { ("text", TypeSymbol.Text) });
            var schemaWithIntKey = new RecordType("Numbered", isSchema: true, new (string, TypeSymbol)[] { ("number", TypeSymbol.Int) }, key: "number");

            var keyed = Read(OrganisationWithId("org-7") + "\n" + Organisation(("id", null)));
            var unkeyed = Read("{\"text\": \"a\"}\n{\"text\": \"b\"}", schemaWithoutKey);
            var numbered = Read("{\"number\": 42}", schemaWithIntKey);

            Assert.Equal(new[] { "org-7", "#2" }, keyed.Select(r => r.Id).ToArray());
            Assert.Equal(new[] { "#1", "#2" }, unkeyed.Select(r => r.Id).ToArray());
            Assert.Equal("42", Assert.Single(numbered).Id);
        }

        [Fact]
        public void InvalidRecordStillReportsItsKeyAsId()
        {
            var result = Assert.Single(Read(Organisation(("id", "\"org-9\""), ("employees", "\"x\""))));

            Assert.False(result.IsValid);
            Assert.Equal("org-9", result.Id);
        }

        [Fact]
        public void RecursiveRecordTypesAreDecoded()
        {
            var unit = new RecordType("Unit", isSchema: true, self => new (string, TypeSymbol)[] { ("name", TypeSymbol.Text), ("parent", new OptionalType(self)) });

            var record = Assert.Single(Read("{\"name\": \"desk\", \"parent\": {\"name\": \"team\", \"parent\": {\"name\": \"org\"}}}", unit)).Record!;

            var parent = Assert.IsType<RecordValue>(record["parent"]);
            Assert.Equal("org", Assert.IsType<RecordValue>(parent["parent"])["name"]);
        }

        [Fact]
        public void ErrorLocationPointsAtTheOffendingValue()
        {
            var json = "{\n  \"id\": \"a\",\n  \"founded\": \"2026-02-30\"\n}";

            var founded = Assert.Single(Read(json)).Diagnostics.Single(d => d.Id == "CP2006").Location!;

            Assert.Equal(json.IndexOf("\"2026", System.StringComparison.Ordinal), founded.Span.Start);
            Assert.Equal("\"2026-02-30\"".Length, founded.Span.Length);
            Assert.Equal((3, 14), (founded.Start.Line, founded.Start.Column));
            Assert.Equal((3, 26), (founded.End.Line, founded.End.Column));
            Assert.Equal(FileName, founded.Path);
        }
    }
}
