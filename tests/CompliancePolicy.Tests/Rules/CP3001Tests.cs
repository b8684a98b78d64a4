using System.Collections.Generic;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3001 Unknown parameter: an override (<c>name=value</c>) for a parameter the policy does not declare; it is not applied.</summary>
    public class CP3001UnknownParameterTests
    {
        private static readonly Policy Surveillance = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 surveillance"

            schema Certificate key number {
              number: text
              surveillance_failed: date?
              rectified: date?
            }

            param rectification_period: duration = 90 days "RD-2.8: time to rectify after a failed surveillance audit"

            clause SURV-1 "A failed surveillance audit is rectified in time"
              cites "RD-2.8"
              applies when surveillance_failed is present
              require rectified is present and rectified <= surveillance_failed + rectification_period
            """);

        [Fact]
        public void A_misspelled_parameter_is_reported_without_a_place_with_the_closest_name()
        {
            var parameters = Surveillance.WithParameters(
                new[] { KeyValuePair.Create("rectification_periods", "60 days") }, out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3001", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "Policy 'ISO/IEC 20000 surveillance' has no parameter 'rectification_periods'; did you mean 'rectification_period'?",
                diagnostic.Message);
            Assert.Null(diagnostic.Location);
            Assert.Empty(parameters.Overridden);
        }

        [Fact]
        public void A_declared_parameter_is_not_reported_and_is_applied()
        {
            var parameters = Surveillance.WithParameters(
                new[] { KeyValuePair.Create("rectification_period", "60 days") }, out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "rectification_period" }, parameters.Overridden);
        }
    }
}
