using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3105 Field given twice in a policy test: only one of the two values would count, silently.</summary>
    public class CP3105TestFieldRepeatedTests
    {
        [Fact]
        public void A_parameter_given_twice_is_reported_at_the_second_with_the_line_of_the_first()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": true } }",
                "\"parameters\": { \"minimum_operation\": \"2 months\",\n \"minimum_operation\": \"4 months\" }, ")));

            var diagnostic = PolicyTestFolder.Single(run, "CP3105");
            Assert.Equal("'minimum_operation' is given twice in 'parameters' (first on line 2); give it once", diagnostic.Message);
            Assert.Equal(3, diagnostic.Location!.Start.Line);
            Assert.True(Assert.Single(run.Results).HasErrors);
        }

        [Fact]
        public void A_clause_expected_twice_is_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\", \"ELIG-2\": \"pass\" } }")));

            Assert.Equal("'ELIG-2' is given twice in 'clauses' (first on line 2); give it once", PolicyTestFolder.Single(run, "CP3105").Message);
        }

        [Fact]
        public void Different_names_are_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\" }, \"decisions\": { \"eligible\": false } }")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
