using System.Collections.Generic;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Support;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP3002 Invalid parameter value: an override whose text is no value of the parameter's type; it is not applied.</summary>
    public class CP3002InvalidParameterValueTests
    {
        private static readonly Policy Surveillance = PolicyHarness.Compile("""
            policy "ISO/IEC 20000 surveillance"

            schema Certificate key number {
              number: text
              base_fee: decimal
              surveillance_failed: date?
              rectified: date?
            }

            param rectification_period: duration = 90 days "RD-2.8: time to rectify after a failed surveillance audit"
            param reassessment_rate: decimal = 30% "RD-2.8: re-assessment fee as a share of the base fee"

            clause SURV-1 "A failed surveillance audit is rectified in time"
              cites "RD-2.8"
              applies when surveillance_failed is present
              require rectified is present and rectified <= surveillance_failed + rectification_period

            decision reassessment_fee = round(base_fee * reassessment_rate, 2, half_up)
            """);

        [Fact]
        public void A_duration_without_a_unit_is_reported_with_the_expected_form()
        {
            var parameters = Surveillance.WithParameters(
                new[] { KeyValuePair.Create("rectification_period", "90") }, out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3002", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "Parameter 'rectification_period' is a duration; cannot use '90': expected a duration such as '30 days', '3 months' or '1 year'",
                diagnostic.Message);
            Assert.Null(diagnostic.Location);
            Assert.Empty(parameters.Overridden);
        }

        [Fact]
        public void A_rate_in_words_is_reported()
        {
            Surveillance.WithParameters(new[] { KeyValuePair.Create("reassessment_rate", "thirty percent") }, out var diagnostics);

            var diagnostic = Assert.Single(diagnostics);
            Assert.Equal("CP3002", diagnostic.Id);
            Assert.Equal("Parameter 'reassessment_rate' is a decimal; cannot use 'thirty percent': expected a number such as 0.3 or 30%", diagnostic.Message);
        }

        [Fact]
        public void Values_of_the_right_types_are_not_reported_and_are_applied()
        {
            var parameters = Surveillance.WithParameters(
                new[] { KeyValuePair.Create("rectification_period", "60 days"), KeyValuePair.Create("reassessment_rate", "25%") },
                out var diagnostics);

            Assert.Empty(diagnostics);
            Assert.Equal(new[] { "rectification_period", "reassessment_rate" }, parameters.Overridden);
            Assert.Equal(0.25m, parameters["reassessment_rate"]);
        }
    }
}
