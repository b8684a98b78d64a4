using System.IO;
using System.Linq;
using CompliancePolicy.Configuration;
using CompliancePolicy.Text;

namespace CompliancePolicy.Tests.Configuration
{
    /// <summary>The <c>records</c> section of compliance.json: what the editor's "Evaluate" lens evaluates.</summary>
    public class RecordsSectionTests
    {
        private static ComplianceSettings Read(string json) =>
            ComplianceSettings.Parse(new SourceText(Path.Combine(Path.GetTempPath(), "ws", ComplianceSettings.FileName), json));

        [Fact]
        public void Files_are_relative_to_the_settings_file_and_the_date_and_overrides_are_read()
        {
            var settings = Read("{ \"records\": { \"files\": [\"records/orgs.json\"], \"asOf\": \"2026-11-23\", \"parameters\": { \"grace\": \"3 months\", \"limit\": 5, \"strict\": true } } }");

            Assert.Empty(settings.Diagnostics);
            Assert.Equal(new[] { Path.Combine(Path.GetTempPath(), "ws", "records", "orgs.json") }, settings.Records.Files);
            Assert.Equal("2026-11-23", settings.Records.AsOf.ToString());
            Assert.Equal(new[] { "grace=3 months", "limit=5", "strict=true" }, settings.Records.Parameters.Select(p => $"{p.Key}={p.Value}").OrderBy(p => p));
        }

        [Fact]
        public void Without_the_section_no_records_are_named()
        {
            var settings = Read("{ \"severity\": { \"CP1101\": \"none\" } }");

            Assert.Same(RecordsSettings.None, settings.Records);
        }

        [Theory]
        [InlineData("{ \"records\": { \"files\": \"orgs.json\" } }", "CP6003", "'records.files' must be a list of record file paths, not a string")]
        [InlineData("{ \"records\": { \"asOf\": \"2026-02-30\" } }", "CP6003", "'records.asOf' must be a date written yyyy-MM-dd, not '2026-02-30'")]
        [InlineData("{ \"records\": { \"file\": [\"orgs.json\"] } }", "CP6002", "'records' has no setting 'file', so it is ignored; did you mean 'files'?")]
        public void A_part_that_cannot_be_used_is_reported_and_left_out(string json, string id, string message)
        {
            var settings = Read(json);

            var diagnostic = Assert.Single(settings.Diagnostics);
            Assert.Equal((id, message), (diagnostic.Id, diagnostic.Message));
            Assert.Empty(settings.Records.Files);
        }
    }
}
