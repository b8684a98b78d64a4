using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Tests.Support;
using CompliancePolicy.Tests.Syntax;

namespace CompliancePolicy.Tests.Rules
{
    /// <summary>
    /// CP1020 Optional value not proven present: a <c>T?</c> is used where a <c>T</c> is needed, and no condition
    /// around it proves it present. What compiles cannot fail at run time for a missing value.
    /// </summary>
    public class CP1020OptionalNotProvenPresentTests
    {
        private static string Eligibility(string clause, string declarations = "") => $$"""
            policy "ISO/IEC 20000 eligibility"

            record Contact { email: text?, phone: text }
            record Review { held: date? }

            schema Organisation key id {
              id: text
              sms_established: date
              audit_date: date?
              pilot: bool?
              contact: Contact?
              reviews: list of Review
            }
            {{declarations}}
            clause ELIG-2 "The SMS has operated for at least 3 months before the audit"
              cites "RD-2.2"
            {{clause}}
            """;

        private static IReadOnlyList<Diagnostic> Diagnostics(string text) => PolicyCompiler.Compile(text, "test.policy").Diagnostics;

        private static void AssertCompiles(string text) => Assert.True(Diagnostics(text).Count == 0, string.Join("\n", Diagnostics(text)));

        [Fact]
        public void An_optional_used_without_a_test_is_reported_where_it_is_used()
        {
            var policy = AnnotatedText.Parse(Eligibility("  require sms_established + 3 months <= [|audit_date|]"));

            var diagnostic = Assert.Single(Diagnostics(policy.Text));

            Assert.Equal("CP1020", diagnostic.Id);
            Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
            Assert.Equal(
                "'audit_date' is an optional date and may be missing here; test 'audit_date is present' first (in 'applies when', or before 'and'), " +
                "or give a fallback with '??'",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Theory]
        [InlineData("  applies when audit_date is present\n  require sms_established + 3 months <= audit_date\n  message \"operated {elapsed(sms_established, audit_date)}\"")]
        [InlineData("  require audit_date is present and sms_established + 3 months <= audit_date")]
        [InlineData("  require not (audit_date is missing) and sms_established + 3 months <= audit_date")]
        [InlineData("  require audit_date is missing or sms_established + 3 months <= audit_date")]
        [InlineData("  require if audit_date is present then sms_established + 3 months <= audit_date else false")]
        [InlineData("  require if audit_date is missing then false else sms_established + 3 months <= audit_date")]
        [InlineData("  require sms_established + 3 months <= (audit_date ?? as_of)")]
        [InlineData("  applies when audit_date is present and pilot is present\n  require sms_established + 3 months <= audit_date\n  unless pilot")]
        [InlineData("  require audit_date is missing\n  unless audit_date < 2026-01-01")]
        [InlineData("  require sms_established < as_of\n  unless pilot is missing\n  unless pilot")]
        public void A_condition_that_proves_the_value_present_lets_it_be_used(string clause)
        {
            AssertCompiles(Eligibility(clause));
        }

        [Theory]
        [InlineData("  require audit_date is present or sms_established + 3 months <= [|audit_date|]")]
        [InlineData("  require (audit_date is present or pilot is present) and sms_established + 3 months <= [|audit_date|]")]
        [InlineData("  require if audit_date is present then true else sms_established + 3 months <= [|audit_date|]")]
        [InlineData("  require any r in reviews where audit_date is present\n  message \"audited {elapsed(sms_established, [|audit_date|])} after\"")]
        public void A_test_proves_nothing_where_its_result_does_not_decide(string clause)
        {
            var policy = AnnotatedText.Parse(Eligibility(clause));

            var diagnostic = Assert.Single(Diagnostics(policy.Text));

            Assert.Equal("CP1020", diagnostic.Id);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void An_exception_cannot_guard_the_requirement_because_it_is_read_only_after_the_requirement_failed()
        {
            var policy = AnnotatedText.Parse(Eligibility("  require sms_established + 3 months <= [|audit_date|]\n  unless audit_date is missing"));

            Assert.Equal("CP1020", Assert.Single(Diagnostics(policy.Text)).Id);
        }

        [Fact]
        public void A_field_of_an_optional_record_is_optional_and_a_test_of_it_proves_the_record_present()
        {
            AssertCompiles(Eligibility("  require contact.email is present and length(contact.email) > 3 and contact.phone != \"\""));
            AssertCompiles(Eligibility("  require contact is present and contact.phone != \"\""));

            var policy = AnnotatedText.Parse(Eligibility("  require [|contact.phone|] != \"\""));
            var diagnostic = Assert.Single(Diagnostics(policy.Text));
            Assert.Equal("'contact.phone' is an optional text and may be missing here; test 'contact.phone is present' first (in 'applies when', or before 'and'), or give a fallback with '??'",
                diagnostic.Message);
            Assert.Equal(policy.Span, diagnostic.Location!.Span);
        }

        [Fact]
        public void Loop_variables_and_lets_are_proven_present_like_fields()
        {
            AssertCompiles(Eligibility("  require all r in reviews where r.held is missing or r.held <= as_of"));
            AssertCompiles(Eligibility("  require earliest([r.held for r in reviews where r.held is present]) >= sms_established"));
            AssertCompiles(Eligibility("  require last_audit is present and last_audit >= sms_established", "let last_audit = audit_date\n"));

            var declared = AnnotatedText.Parse(Eligibility("  require audit >= sms_established", "let audit: date = [|audit_date|]\n"));
            Assert.Equal("CP1020", Assert.Single(Diagnostics(declared.Text)).Id);
        }

        [Fact]
        public void A_value_proven_present_is_read_and_a_missing_one_takes_the_other_way()
        {
            var policy = PolicyHarness.Compile(Eligibility("  applies when audit_date is present\n  require sms_established + 3 months <= audit_date\n  message \"operated {elapsed(sms_established, audit_date)}\""));

            var audited = PolicyHarness.Evaluate(policy, """{"id": "o-1", "sms_established": "2026-01-10", "audit_date": "2026-03-01", "reviews": []}""").Clause("ELIG-2");
            var unaudited = PolicyHarness.Evaluate(policy, """{"id": "o-2", "sms_established": "2026-01-10", "reviews": []}""").Clause("ELIG-2");

            Assert.Equal((ClauseOutcome.Fail, "operated 1 month 19 days"), (audited.Outcome, audited.Message));
            Assert.Equal(ClauseOutcome.NotApplicable, unaudited.Outcome);
        }

        [Fact]
        public void An_explanation_reads_a_condition_apart_from_its_guard_and_shows_the_value_missing()
        {
            var policy = PolicyHarness.Compile(Eligibility("  applies when audit_date is present\n  require sms_established + 3 months <= audit_date"));

            var explanation = PolicyHarness.Evaluate(policy, """{"id": "o-2", "sms_established": "2026-01-10", "reviews": []}""").Explain("ELIG-2");

            Assert.Equal(new[] { "false", "error: 'audit_date' is missing" }, explanation.Steps.Select(s => s.Value));
        }
    }
}
