using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3102 Wrong type in a policy test: a field holds another JSON type than the format asks for.</summary>
    public class CP3102TestValueWrongTypeTests
    {
        [Fact]
        public void A_date_written_as_a_number_is_named_with_what_it_should_be()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests("  { \"name\": \"t\", \"as_of\": 20261123, \"record\": " + PolicyTestFolder.Org7 + ", \"expect\": { \"decisions\": { \"eligible\": false } } }"));

            var diagnostic = PolicyTestFolder.Single(run, "CP3102");
            Assert.Equal("'as_of' must be a string but is a number", diagnostic.Message);
            Assert.Equal("$.tests[0].as_of", diagnostic.Location!.JsonPath);
            Assert.False(run.Succeeded);
        }

        [Fact]
        public void A_parameter_value_that_is_an_object_is_reported_and_the_test_does_not_run()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"fail\" } }", "\"parameters\": { \"minimum_operation\": { \"months\": 2 } }, ")));

            Assert.Equal("'minimum_operation' must be a string, number or boolean but is an object", PolicyTestFolder.Single(run, "CP3102").Message);
            Assert.True(Assert.Single(run.Results).HasErrors);
        }

        [Fact]
        public void Values_of_the_right_types_are_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"clauses\": { \"ELIG-2\": \"pass\" } }", "\"parameters\": { \"minimum_operation\": \"2 months\" }, ")));

            Assert.Empty(run.Diagnostics);
            Assert.True(run.Succeeded);
        }
    }
}
