using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3114 Unknown state in an expectation: a lifecycle expectation names a state the lifecycle does not have.</summary>
    public class CP3114TestStateUnknownTests
    {
        private const string Certificate = """
            policy "Certificate status"

            event Suspended { reason: text }

            schema Certificate key id {
              id: text
              issued: date
              events: history
            }

            lifecycle certificate "Certificate status"
              history events
              initial active on issued
              state active
              final state suspended

              transition S-1 "Suspended by the body" active -> suspended
                on Suspended
                cites "RD-3.6"

            clause VALID-1 "The certificate is active"
              cites "RD-3.6"
              require certificate.state = certificate.active
            """;

        private static string Test(string state) =>
            "{ \"policy\": \"certificate.policy\", \"tests\": [ { \"name\": \"t\", \"as_of\": \"2026-11-23\", " +
            "\"record\": { \"id\": \"C-1\", \"issued\": \"2026-01-01\", \"events\": [] }, " +
            $"\"expect\": {{ \"lifecycles\": {{ \"certificate\": \"{state}\" }} }} }} ] }}";

        [Fact]
        public void A_misspelt_state_is_reported_with_the_closest_one()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("certificate.policy", Certificate);

            var run = folder.Run(Test("activ"));

            var diagnostic = PolicyTestFolder.Single(run, "CP3114");
            Assert.Equal("Lifecycle 'certificate' has no state 'activ'; did you mean 'active'?", diagnostic.Message);
            Assert.Equal("$.tests[0].expect.lifecycles.certificate", diagnostic.Location!.JsonPath);
        }

        [Fact]
        public void A_state_the_lifecycle_has_is_not_reported()
        {
            using var folder = new PolicyTestFolder();
            folder.Write("certificate.policy", Certificate);

            var run = folder.Run(Test("active"));

            Assert.Empty(run.Diagnostics);
            Assert.True(run.Succeeded);
        }
    }
}
