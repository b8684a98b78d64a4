using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    /// <summary>RD-2.3 and RD-2.4: reviews and audits before the audit date; no penalty within the year before establishment.</summary>
    public class CollectionTests
    {
        private static readonly Policy Eligibility = Compile(@"
policy ""ISO/IEC 20000 eligibility""
record Review { date: date, top_management_present: bool }
record Penalty { date: date, authority: text }
schema Organisation {
  sms_established: date
  audit_date: date
  management_reviews: list of Review
  internal_audits: list of date
  penalties: list of Penalty
}

let reviews_before_audit = [r for r in management_reviews where r.date < audit_date]

clause ELIG-3a ""A management review before the audit"" cites ""RD-2.3""
  require any r in management_reviews where r.date < audit_date
clause ELIG-3b ""An internal audit before the audit"" cites ""RD-2.3""
  require (count a in internal_audits where a < audit_date) >= 1
  message ""first internal audit {earliest(internal_audits)}""
clause ELIG-4 ""No administrative penalty"" cites ""RD-2.4""
  require none p in penalties where p.date within 1 year before sms_established or p.date >= sms_established
clause ELIG-11 ""Top management took part in every review"" cites ""RD-2.11""
  applies when count(reviews_before_audit) > 0
  require all r in reviews_before_audit where r.top_management_present
");

        private const string Good = @"{
  ""sms_established"": ""2026-01-15"", ""audit_date"": ""2026-06-01"",
  ""management_reviews"": [ { ""date"": ""2026-05-10"", ""top_management_present"": true } ],
  ""internal_audits"": [ ""2026-05-02"", ""2026-04-20"" ],
  ""penalties"": [ { ""date"": ""2024-12-01"", ""authority"": ""SAMR"" } ]
}";

        [Fact]
        public void A_compliant_organisation_passes_every_clause()
        {
            var evaluation = Evaluate(Eligibility, Good);

            Assert.All(evaluation.Clauses, c => Assert.Equal(ClauseOutcome.Pass, c.Outcome));
            Assert.Equal("first internal audit 2026-04-20", evaluation.Clause("ELIG-3b").Message);
        }

        [Theory]
        [InlineData("2025-01-15", ClauseOutcome.Fail)]  // exactly one year before: inside the window
        [InlineData("2025-01-14", ClauseOutcome.Pass)]  // one year and a day before
        [InlineData("2026-03-01", ClauseOutcome.Fail)]  // during operation
        public void A_penalty_within_the_year_before_establishment_or_during_operation_fails(string penaltyDate, ClauseOutcome expected)
        {
            var json = Good.Replace("2024-12-01", penaltyDate);

            Assert.Equal(expected, Evaluate(Eligibility, json).Clause("ELIG-4").Outcome);
        }

        [Fact]
        public void Reviews_after_the_audit_do_not_count()
        {
            var json = Good.Replace("2026-05-10", "2026-06-02");
            var evaluation = Evaluate(Eligibility, json);

            Assert.Equal(ClauseOutcome.Fail, evaluation.Clause("ELIG-3a").Outcome);
            Assert.Equal(ClauseOutcome.NotApplicable, evaluation.Clause("ELIG-11").Outcome);
        }

        [Fact]
        public void All_requires_every_element()
        {
            var json = Good.Replace(@"""top_management_present"": true", @"""top_management_present"": false");

            Assert.Equal(ClauseOutcome.Fail, Evaluate(Eligibility, json).Clause("ELIG-11").Outcome);
        }

        [Fact]
        public void Earliest_of_an_empty_list_is_an_error_in_the_message_not_a_crash()
        {
            var json = Good.Replace(@"[ ""2026-05-02"", ""2026-04-20"" ]", "[]");
            var clause = Evaluate(Eligibility, json).Clause("ELIG-3b");

            Assert.Equal(ClauseOutcome.Fail, clause.Outcome);
            Assert.Contains("earliest(internal_audits): the list is empty", clause.Message);
        }
    }
}
