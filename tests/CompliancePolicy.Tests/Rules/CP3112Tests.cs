using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3112 Policy test file without tests: an empty 'tests' array checks nothing.</summary>
    public class CP3112TestFileWithoutTestsTests
    {
        [Fact]
        public void An_empty_tests_array_is_an_error()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run("{ \"policy\": \"eligibility.policy\", \"tests\": [] }");

            var diagnostic = PolicyTestFolder.Single(run, "CP3112");
            Assert.Equal("'tests' is empty; add at least one test", diagnostic.Message);
            Assert.Equal("$.tests", diagnostic.Location!.JsonPath);
            Assert.Equal(2, run.ExitCode);
        }

        [Fact]
        public void A_file_with_a_test_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
