using System.Linq;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3107 Unknown clause outcome: an expected outcome that is not pass, fail, not-applicable or error.</summary>
    public class CP3107TestOutcomeUnknownTests
    {
        [Theory]
        [InlineData("\"passed\"", "\"passed\"")]
        [InlineData("true", "true")]
        public void The_outcome_is_quoted_with_the_four_there_are(string written, string shown)
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test($"{{ \"clauses\": {{ \"ELIG-2\": {written} }} }}")));

            var diagnostic = PolicyTestFolder.Single(run, "CP3107");
            Assert.Equal($"{shown} is not a clause outcome; write \"pass\", \"fail\", \"not-applicable\" or \"error\"", diagnostic.Message);
            Assert.Equal("$.tests[0].expect.clauses['ELIG-2']", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void Each_of_the_four_outcomes_is_accepted()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(string.Join(",\n",
                new[] { "pass", "fail", "not-applicable", "error" }.Select(o => PolicyTestFolder.Test($"{{ \"clauses\": {{ \"ELIG-2\": \"{o}\" }} }}")))));

            Assert.DoesNotContain(run.Diagnostics, d => d.Id == "CP3107");
            Assert.Equal(1, run.Passed); // org-7 fails ELIG-2: only "fail" holds
        }
    }
}
