using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Syntax;
using CompliancePolicy.Tests.Support;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>RD-2.2: the SMS has operated at least 3 months before the certification audit.</summary>
    public class ClauseOutcomeTests
    {
        private static readonly Policy Operation = Compile(@"
policy ""ISO/IEC 20000 eligibility""
schema Organisation key id {
  id: text
  sms_established: date
  audit_date: date?
  pilot: bool
}
clause ELIG-2 ""The SMS has operated at least 3 months before the audit""
  cites ""RD-2.2""
  severity blocker
  applies when audit_date is present
  require sms_established + 3 months <= audit_date
  unless pilot
  message ""operated {elapsed(sms_established, audit_date)} since {sms_established}; needs 3 months""
decision eligible = failures(blocker) = 0
");

        [Theory]
        [InlineData("2026-08-24", "2026-11-25", ClauseOutcome.Pass)]
        [InlineData("2026-08-24", "2026-11-24", ClauseOutcome.Pass)]  // exactly 3 months
        [InlineData("2026-08-24", "2026-11-23", ClauseOutcome.Fail)]  // one day short
        [InlineData("2026-05-31", "2026-08-31", ClauseOutcome.Pass)]
        [InlineData("2026-05-31", "2026-08-30", ClauseOutcome.Fail)]
        public void Operation_of_three_months_is_measured_on_the_calendar(string established, string audit, ClauseOutcome expected)
        {
            var evaluation = Evaluate(Operation, $@"{{""id"":""org-1"",""sms_established"":""{established}"",""audit_date"":""{audit}"",""pilot"":false}}");

            Assert.Equal(expected, evaluation.Clause("ELIG-2").Outcome);
            Assert.Equal(expected == ClauseOutcome.Pass, evaluation.Decision("eligible"));
        }

        [Fact]
        public void The_message_shows_the_values_that_decided()
        {
            var evaluation = Evaluate(Operation, @"{""id"":""org-1"",""sms_established"":""2026-08-24"",""audit_date"":""2026-11-22"",""pilot"":false}");

            Assert.Equal("operated 2 months 29 days since 2026-08-24; needs 3 months", evaluation.Clause("ELIG-2").Message);
        }

        [Fact]
        public void Evidence_lists_the_values_the_conditions_read()
        {
            var evaluation = Evaluate(Operation, @"{""id"":""org-1"",""sms_established"":""2026-08-24"",""audit_date"":""2026-11-22"",""pilot"":false}");

            var evidence = evaluation.Clause("ELIG-2").Evidence;
            Assert.Contains(evidence, e => e.Expression == "sms_established" && e.Value == "2026-08-24");
            Assert.Contains(evidence, e => e.Expression == "audit_date" && e.Value == "2026-11-22");
        }

        [Fact]
        public void A_clause_whose_applicability_is_false_does_not_apply()
        {
            var evaluation = Evaluate(Operation, @"{""id"":""org-1"",""sms_established"":""2026-08-24"",""pilot"":false}");

            var clause = evaluation.Clause("ELIG-2");
            Assert.Equal(ClauseOutcome.NotApplicable, clause.Outcome);
            Assert.Equal("does not apply: audit_date is present is false", clause.Message);
            Assert.True((bool)evaluation.Decision("eligible")!);
        }

        [Fact]
        public void An_exception_that_holds_exempts_a_failing_record()
        {
            var evaluation = Evaluate(Operation, @"{""id"":""org-1"",""sms_established"":""2026-10-01"",""audit_date"":""2026-11-01"",""pilot"":true}");

            var clause = evaluation.Clause("ELIG-2");
            Assert.Equal(ClauseOutcome.NotApplicable, clause.Outcome);
            Assert.Equal("exempt: unless pilot", clause.Message);
        }

        [Fact]
        public void A_missing_optional_tested_before_it_is_used_fails_the_requirement_instead_of_an_error()
        {
            // Used without the test, the policy does not compile (CP1020): a missing value cannot put a clause in error.
            var policy = Compile(@"
policy ""P""
schema R { audit_date: date? }
clause C-1 ""audit this year"" cites ""RD-2.7""
  require audit_date is present and audit_date >= 2026-01-01
");
            var evaluation = Evaluate(policy, "{}");

            var clause = evaluation.Clause("C-1");
            Assert.Equal(ClauseOutcome.Fail, clause.Outcome);
            Assert.Equal("not met: audit_date is present and audit_date >= 2026-01-01", clause.Message);
            Assert.Equal(RecordOutcome.Compliant, evaluation.OutcomeAt(Severity.Blocker));
            Assert.Equal(RecordOutcome.NonCompliant, evaluation.OutcomeAt(Severity.Major));
        }

        [Fact]
        public void A_fallback_supplies_the_missing_value()
        {
            var policy = Compile(@"
policy ""P""
schema R { audit_date: date? }
clause C-1 ""audit this year"" cites ""RD-2.7""
  require (audit_date ?? 2000-01-01) >= 2026-01-01
");
            Assert.Equal(ClauseOutcome.Fail, Evaluate(policy, "{}").Clause("C-1").Outcome);
            Assert.Equal(ClauseOutcome.Pass, Evaluate(policy, @"{""audit_date"":""2026-03-01""}").Clause("C-1").Outcome);
        }

        [Fact]
        public void A_clause_can_depend_on_another_clause()
        {
            var policy = Compile(@"
policy ""P""
schema R { licensed: bool, operated_months: int }
clause A-1 ""licensed"" cites ""RD-2.1"" severity blocker
  require licensed
clause A-2 ""operated"" cites ""RD-2.2""
  applies when passed(A-1)
  require operated_months >= 3
");
            var unlicensed = Evaluate(policy, @"{""licensed"":false,""operated_months"":5}");
            Assert.Equal(ClauseOutcome.Fail, unlicensed.Clause("A-1").Outcome);
            Assert.Equal(ClauseOutcome.NotApplicable, unlicensed.Clause("A-2").Outcome);

            var licensed = Evaluate(policy, @"{""licensed"":true,""operated_months"":2}");
            Assert.Equal(ClauseOutcome.Fail, licensed.Clause("A-2").Outcome);
            Assert.Equal(RecordOutcome.Compliant, licensed.OutcomeAt(Severity.Blocker));
            Assert.Equal(RecordOutcome.NonCompliant, licensed.OutcomeAt(Severity.Major));
        }

        [Fact]
        public void Division_by_zero_is_an_error_of_that_clause_only()
        {
            var policy = Compile(@"
policy ""P""
schema R { a: decimal, b: decimal }
clause D-1 ""ratio"" cites ""x"" require a / b > 1
clause D-2 ""plain"" cites ""x"" require a > 1
");
            var evaluation = Evaluate(policy, @"{""a"":5,""b"":0}");

            Assert.Equal(ClauseOutcome.Error, evaluation.Clause("D-1").Outcome);
            Assert.Equal("division by zero in 'a / b'", evaluation.Clause("D-1").Message);
            Assert.Equal(ClauseOutcome.Pass, evaluation.Clause("D-2").Outcome);
        }
    }
}
