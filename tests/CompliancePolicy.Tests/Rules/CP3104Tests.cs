using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3104 Unknown field in a policy test (warning): a field the format does not have would be silently ignored.</summary>
    public class CP3104TestFieldUnknownTests
    {
        [Fact]
        public void A_misspelt_field_is_a_warning_with_the_closest_known_one_and_the_test_still_runs()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }", "\"paramters\": {}, ")));

            var diagnostic = PolicyTestFolder.Single(run, "CP3104");
            Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
            Assert.Equal("A test has no field 'paramters'; it is ignored; did you mean 'parameters'?", diagnostic.Message);
            Assert.Equal(1, run.Passed);
        }

        [Fact]
        public void Known_fields_are_not_reported()
        {
            using var folder = new PolicyTestFolder();

            var run = folder.Run(PolicyTestFolder.Tests(PolicyTestFolder.Test("{ \"decisions\": { \"eligible\": false } }", "\"description\": \"why\", ")));

            Assert.Empty(run.Diagnostics);
        }
    }
}
