using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3106 Invalid date in a policy test: a date of another form, or one written right that does not exist.</summary>
    public class CP3106TestDateInvalidTests
    {
        [Theory]
        [InlineData("2026-02-30", "February 2026 has 28 days")]
        [InlineData("2024-02-30", "February 2024 has 29 days")]
        [InlineData("2026-13-01", "there is no month 13")]
        [InlineData("23.11.2026", "write it yyyy-MM-dd (e.g. 2026-11-23)")]
        public void The_message_says_whether_the_date_is_misspelt_or_does_not_exist(string asOf, string why)
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests($"  {{ \"name\": \"t\", \"as_of\": \"{asOf}\", \"record\": {PolicyTestFolder.Org7}, \"expect\": {{ \"decisions\": {{ \"eligible\": false }} }} }}"));

            var diagnostic = PolicyTestFolder.Single(run, "CP3106");
            Assert.Equal($"'{asOf}' is not a valid date: {why}", diagnostic.Message);
            Assert.Equal("$.tests[0].as_of", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void A_real_date_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
