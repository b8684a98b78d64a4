using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Remediation.RemedyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    public class DateRemedyTests
    {
        private const string Operation = @"
policy ""P""
schema R { sms_established: date, audit_date: date, signed: date, deadline: date, cure_period: duration, penalty: date }
param minimum_operation: duration = 3 months
clause C-1 ""Operated 3 months"" require sms_established + minimum_operation <= audit_date
clause C-2 ""Cured in time"" require signed + cure_period <= deadline
clause C-3 ""Penalty within a year before"" require penalty within 1 year before sms_established
clause C-4 ""Days"" require days_between(signed, deadline) >= 40
";

        private static string Record(string established, string audit, string cure = "10 days", string penalty = "2025-06-01") =>
            $@"{{""sms_established"": ""{established}"", ""audit_date"": ""{audit}"", ""signed"": ""2026-01-01"", ""deadline"": ""2026-02-01"", ""cure_period"": ""{cure}"", ""penalty"": ""{penalty}""}}";

        [Fact]
        public void Either_date_of_a_comparison_can_move_and_each_boundary_is_exact()
        {
            var remedy = Assert.IsType<AnyOfRemedy>(RemedyFor(Operation, Record("2026-05-21", "2026-08-20")));
            var established = Assert.IsType<BoundRemedy>(remedy.Alternatives[0]);
            Assert.Equal(new CalendarDate(2026, 5, 20), established.Target);
            Assert.Equal(RemedyNeed.AtMost, established.Need);
            Assert.Equal("sms_established on or before 2026-05-20 (now 2026-05-21), or audit_date on or after 2026-08-21 (now 2026-08-20)",
                RemedyText.Describe(remedy));
        }

        [Fact]
        public void Month_end_clamping_gives_the_last_day_that_still_counts()
        {
            // 2025-11-28, 29 and 30 plus 3 months all clamp to 2026-02-28: only 2025-11-27 and earlier reach 2026-02-27 in time.
            Assert.Equal("sms_established on or before 2025-11-27 (now 2025-11-30), or audit_date on or after 2026-02-28 (now 2026-02-27)",
                Said(Operation, Record("2025-11-30", "2026-02-27")));
        }

        [Fact]
        public void A_duration_the_record_carries_keeps_its_unit()
        {
            Assert.Equal("signed on or before 2025-12-18 (now 2026-01-01), or cure_period needs to be at most 31 days (now 45 days), or deadline on or after 2026-02-15 (now 2026-02-01)",
                Said(Operation, Record("2026-01-01", "2026-06-01", "45 days"), "C-2"));
            Assert.Equal("signed on or before 2025-11-01 (now 2026-01-01), or cure_period needs to be at most 1 month (now 3 months), or deadline on or after 2026-04-01 (now 2026-02-01)",
                Said(Operation, Record("2026-01-01", "2026-06-01", "3 months"), "C-2"));
        }

        [Fact]
        public void A_duration_of_months_and_days_has_no_single_unit_to_change() =>
            Assert.Equal("signed on or before 2025-11-22 (now 2026-01-01), or deadline on or after 2026-03-11 (now 2026-02-01)",
                Said(Operation, Record("2026-01-01", "2026-06-01", "2 months 10 days"), "C-2"));

        [Fact]
        public void A_date_outside_a_window_moves_to_its_nearer_end() =>
            Assert.Equal("penalty on or after 2025-06-10 (now 2025-06-01), or sms_established on or before 2026-06-01 (now 2026-06-10)",
                Said(Operation, Record("2026-06-10", "2026-09-10", penalty: "2025-06-01"), "C-3"));

        [Fact]
        public void Days_between_two_dates_moves_either_end() =>
            Assert.Equal("deadline on or after 2026-02-10 (now 2026-02-01), or signed on or before 2025-12-23 (now 2026-01-01)",
                Said(Operation, Record("2026-01-01", "2026-06-01"), "C-4"));
    }
}
