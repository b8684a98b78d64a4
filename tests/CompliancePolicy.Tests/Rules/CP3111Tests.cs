using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3111 Test expects nothing: an 'expect' without any of its four parts would pass whatever happens.</summary>
    public class CP3111TestExpectsNothingTests
    {
        [Fact]
        public void An_empty_expect_is_reported_and_the_test_does_not_pass()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ }")));

            var diagnostic = PolicyTestFolder.Single(run, "CP3111");
            Assert.Equal("'expect' checks nothing; give 'clauses', 'decisions', 'messages' or 'lifecycles'", diagnostic.Message);
            Assert.Equal("$.tests[0].expect", diagnostic.Location!.JsonPath);
            Assert.Equal(0, run.Passed);
        }

        [Fact]
        public void An_expect_with_a_part_is_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"messages\": { \"ELIG-2\": \"\" } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
