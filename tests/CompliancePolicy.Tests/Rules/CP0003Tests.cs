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
        public void A_number_of_a_million_digits_is_quoted_shortened_with_its_length()
        {
            var digits = "1" + new string('0', 999_999);
            var policy = AnnotatedText.Parse("policy \"P\"\nschema Organisation key id {\n  id: text\n  it_staff: int\n}\n"
                + "clause ELIG-12 \"Staff\"\n  cites \"RD-2.12\"\n  require it_staff < [|" + digits + "|]\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0003", diagnostic.Id);
            Assert.Equal("the number '1" + new string('0', 38) + "…' (1,000,000 characters) is too large: "
                + "no number is larger than 79,228,162,514,264,337,593,543,950,335", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void A_duration_longer_than_the_calendar_is_reported()
        {
            var policy = AnnotatedText.Parse("policy \"P\"\nschema Certificate key id {\n  id: text\n  issued: date\n}\n"
                + "clause C-1 \"Valid\"\n  cites \"RD-3.6\"\n  require issued + [|1000000 years|] > issued\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("the duration '1000000 years' is too long: a duration can be at most 9999 years (119,988 months) " +
                "or 3,652,059 days, the length of the calendar", diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData("2147483648")]
        [InlineData("1.5")]
        [InlineData("-99999999999")]
        public void A_priority_that_is_not_a_whole_number_an_int_holds_is_reported(string priority)
        {
            var policy = AnnotatedText.Parse("policy \"P\"\nevent Audited\nschema Certificate key id {\n  id: text\n  issued: date\n  events: history\n}\n"
                + "lifecycle certificate\n  history events\n  initial active on issued\n  state active\n  final state suspended\n"
                + "  transition S-1 \"Not audited\" active -> suspended\n    after 1 year since last Audited\n    priority [|" + priority + "|]\n");

            var diagnostic = Assert.Single(PolicyCompiler.Compile(policy.Text, "test.policy").Diagnostics);

            Assert.Equal("CP0003", diagnostic.Id);
            Assert.Equal($"the priority '{priority}' is not a whole number from -2,147,483,648 to 2,147,483,647", diagnostic.Message);
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
