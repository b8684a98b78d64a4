using System.Globalization;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    /// <summary>ClauseRemediation.RemedyDescription: the remedy as hosts read it, in the words of the reports.</summary>
    public class RemedyDescriptionTests
    {
        private const string Scores = @"
policy ""P""
schema R { score: int, staff: int }
clause C-1 ""Score"" require score >= 70
clause C-2 ""Staff"" require staff > 2
";

        private const string Record = @"{""score"": 69, ""staff"": 3}";

        [Fact]
        public void A_failing_clause_says_what_would_make_it_pass()
        {
            var result = Evaluate(Compile(Scores), Record, "2026-11-23").Clause("C-1");
            Assert.Equal(ClauseOutcome.Fail, result.Outcome);
            Assert.Equal("score needs +1 (69 → 70)", result.Remediation.RemedyDescription);
        }

        [Fact]
        public void A_passing_clause_has_no_remedy()
        {
            var result = Evaluate(Compile(Scores), Record, "2026-11-23").Clause("C-2");
            Assert.Equal(ClauseOutcome.Pass, result.Outcome);
            Assert.Null(result.Remediation.RemedyDescription);
        }
    
        [Theory]
        [InlineData("Audit", "an Audit event")]
        [InlineData("CertificateIssued", "a CertificateIssued event")]
        public void An_event_remedy_reads_with_the_article_its_name_takes(string eventType, string words)
        {
            var policy = Compile($@"
policy ""P""
event {eventType}
schema R {{ issued: date, events: history }}
lifecycle permit
  history events
  initial suspended on issued
  state suspended
  state valid
  transition R-1 suspended -> valid on {eventType}
clause C-1 ""Valid"" require permit.state = permit.valid
");
            var result = Evaluate(policy, @"{""issued"": ""2026-01-01"", ""events"": []}", "2026-11-23").Clause("C-1");

            Assert.Equal(ClauseOutcome.Fail, result.Outcome);
            Assert.Equal($"permit: {words} (transition R-1) moves it from suspended to valid", result.Remediation.RemedyDescription);
        }

        [Fact]
        public void Records_in_different_states_of_one_policy_each_get_the_events_of_their_own_state()
        {
            var policy = Compile(@"
policy ""P""
event Approved
event Withdrawn
schema R { issued: date, events: history }
lifecycle permit
  history events
  initial pending on issued
  state pending
  state valid
  final state withdrawn
  transition A-1 pending -> valid on Approved
  transition W-1 pending -> withdrawn on Withdrawn
clause C-1 ""Valid"" require permit.state = permit.valid
");
            string Said(string events) =>
                Evaluate(policy, $@"{{""issued"": ""2026-01-01"", ""events"": [{events}]}}").Clause("C-1").Remediation.RemedyDescription!;

            Assert.Equal("permit: an Approved event (transition A-1) moves it from pending to valid", Said(""));
            Assert.Equal("no remediation: permit is withdrawn, a final state: no event moves it out",
                Said(@"{""type"": ""Withdrawn"", ""date"": ""2026-02-01""}"));
            Assert.Equal("permit: an Approved event (transition A-1) moves it from pending to valid", Said(""));
        }

        [Theory]
        [InlineData("2.50", "2.5")]
        [InlineData("17.0", "17")]
        [InlineData("1000.000", "1000")]
        [InlineData("10700", "10700")]
        [InlineData("-6.375", "-6.375")]
        [InlineData("-0.00", "0")]
        [InlineData("0.0000000001", "0.0000000001")]
        [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
        [InlineData("-79228162514264337593543950335", "-79228162514264337593543950335")]
        public void A_number_in_a_remedy_reads_without_trailing_zeros(string value, string words) =>
            Assert.Equal(words, RemedyText.Number(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }
}
