using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3103 Missing field in a policy test: a required field is absent; the message says what it is for.</summary>
    public class CP3103TestFieldMissingTests
    {
        [Fact]
        public void A_test_without_a_date_is_told_what_as_of_is()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests("  { \"name\": \"t\", \"record\": " + PolicyTestFolder.Org7 + ", \"expect\": { \"decisions\": { \"eligible\": false } } }"));

            var diagnostic = PolicyTestFolder.Single(run, "CP3103");
            Assert.Equal("A test needs 'as_of': the evaluation date, yyyy-MM-dd", diagnostic.Message);
            Assert.Equal("$.tests[0]", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void A_file_without_a_policy_is_told_what_policy_is()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run("{ \"tests\": [ " + PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }") + " ] }");

            Assert.Equal("The policy test file needs 'policy': the policy under test, a .policy file or a folder of one policy, relative to the test file",
                PolicyTestFolder.Single(run, "CP3103").Message);
        }

        [Fact]
        public void A_complete_test_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
