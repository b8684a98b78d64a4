using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3109 Test without records: a test gives neither 'record' nor 'records', or both.</summary>
    public class CP3109TestRecordsMissingTests
    {
        [Fact]
        public void A_test_with_no_record_is_told_the_two_ways_to_give_one()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests("  { \"name\": \"t\", \"as_of\": \"2026-11-23\", \"expect\": { \"decisions\": { \"eligible\": false } } }"));

            Assert.Equal("The test has neither 'record' nor 'records'; give 'record' (an inline record) or 'records' (\"file.json#ID\")",
                PolicyTestFolder.Single(run, "CP3109").Message);
        }

        [Fact]
        public void A_test_with_both_is_reported_at_the_inline_record()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("orgs.json", PolicyTestFolder.Org7);

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }", "\"records\": \"orgs.json\", ")));

            var diagnostic = PolicyTestFolder.Single(run, "CP3109");
            Assert.StartsWith("The test has both 'record' and 'records'", diagnostic.Message);
            Assert.Equal("$.tests[0].record", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void A_test_with_records_from_a_file_is_not_reported()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("orgs.json", PolicyTestFolder.Org7);

            var run = folder.Run(PolicyTestFolder.Tests("  { \"name\": \"t\", \"as_of\": \"2026-11-23\", \"records\": \"orgs.json#org-7\", \"expect\": { \"decisions\": { \"eligible\": false } } }"));

            Assert.Empty(run.Diagnostics);
            Assert.True(run.Succeeded);
        }
    }
}
