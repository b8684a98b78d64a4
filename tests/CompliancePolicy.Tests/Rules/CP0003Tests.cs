using CompliancePolicy.Diagnostics;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>CP0003 Invalid literal: a literal that has the right shape but no value (an impossible date, a fractional duration).</summary>
    public class CP0003InvalidLiteralTests
    {
        [Fact]
        public void An_impossible_date_is_reported_at_the_date()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                }

                clause ELIG-2 "The SMS was established before the scheme started"
                  cites "RD-2.2"
                  require sms_established < [|2026-02-30|]
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0003", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal("'2026-02-30' is not a valid date; write dates as yyyy-MM-dd", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_fractional_duration_is_reported_at_its_count_and_unit()
        {
            var policy = AnnotatedText.Parse("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + [|0.25 years|] <= audit_date
                """);

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0003", diagnostic.Id);
            Assert.Equal("a duration counts whole years: '0.25' is not a whole number", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Real_dates_and_whole_durations_are_not_reported()
        {
            var compilation = PolicyCompiler.Compile("""
                policy "ISO/IEC 20000 eligibility"

                schema Organisation key id {
                  id: text
                  sms_established: date
                  audit_date: date
                }

                clause ELIG-2 "The SMS has operated for at least 3 months"
                  cites "RD-2.2"
                  require sms_established + 3 months <= audit_date and sms_established < 2026-02-28
                """, "test.policy");

            Assert.Empty(compilation.Diagnostics);
        }
    }
}
