using System.IO;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3110 Test record not found: a 'records' reference names a file that does not exist, is empty, or has no such ID.</summary>
    public class CP3110TestRecordNotFoundTests
    {
        private static string Referring(string reference) =>
            PolicyTestFolder.Tests($"  {{ \"name\": \"t\", \"as_of\": \"2026-11-23\", \"records\": \"{reference}\", \"expect\": {{ \"decisions\": {{ \"eligible\": false }} }} }}");

        [Fact]
        public void An_unknown_ID_is_reported_at_the_reference()
        {
            using var folder = new PolicyTestFolder();
            var orgs = folder.Write("orgs.json", PolicyTestFolder.Org7);

            var run = folder.Run(Referring("orgs.json#org-404"));

            var diagnostic = PolicyTestFolder.Single(run, "CP3110");
            Assert.Equal($"The records file '{orgs}' has no record with ID 'org-404'", diagnostic.Message);
            Assert.Equal("$.tests[0].records", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void A_missing_file_is_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(Referring("nope.json"));

            Assert.Equal($"The records file '{Path.Combine(folder.Path, "nope.json")}' does not exist", PolicyTestFolder.Single(run, "CP3110").Message);
        }

        [Fact]
        public void A_record_that_is_there_is_not_reported()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("orgs.json", PolicyTestFolder.Org7);

            var run = folder.Run(Referring("orgs.json#org-7"));

            Assert.Empty(run.Diagnostics);
        }
    }
}
