using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3113 Unknown name in an expectation: an expected clause, decision or lifecycle the policy does not have.</summary>
    public class CP3113TestSubjectUnknownTests
    {
        [Theory]
        [InlineData("{ \"clauses\": { \"ELIG-22\": \"fail\" } }", "clause 'ELIG-22'; did you mean 'ELIG-2'?")]
        [InlineData("{ \"decisions\": { \"eligibel\": false } }", "decision 'eligibel'; did you mean 'eligible'?")]
        [InlineData("{ \"lifecycles\": { \"certificate\": \"active\" } }", "lifecycle 'certificate' (it declares no lifecycle)")]
        public void The_name_is_reported_with_the_closest_one_the_policy_has(string expect, string what)
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test(expect)));

            Assert.Equal("Policy 'ISO/IEC 20000 eligibility' has no " + what, PolicyTestFolder.Single(run, "CP3113").Message);
            Assert.Equal(0, run.Passed);
        }

        [Fact]
        public void Names_the_policy_has_are_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\" }, \"decisions\": { \"eligible\": false } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
