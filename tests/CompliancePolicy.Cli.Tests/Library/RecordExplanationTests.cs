using CompliancePolicy.Checking;
using CompliancePolicy.Cli.Tests.Support;
using CompliancePolicy.Values;

namespace CompliancePolicy.Cli.Tests.Library
{
    /// <summary><c>explain</c> as a library call: a clause that is not found is a run problem whose "did you mean" is data.</summary>
    public class RecordExplanationTests
    {
        [Fact]
        public void An_unknown_clause_is_a_problem_that_carries_the_closest_clause_as_a_suggestion()
        {
            var result = RecordExplanation.Explain(new[] { Fixtures.Policy }, Fixtures.Records("one-org.json"), "ELIG-22",
                new RunOptions(new CalendarDate(2026, 11, 23)), SilentRunListener.Instance);

            Assert.Equal(ProblemSubject.Clause, result.Problem!.Subject);
            Assert.Equal("no clause has the ID 'ELIG-22'", result.Problem.Message);
            Assert.Equal(new[] { "ELIG-2" }, result.Problem.Suggestions);
            Assert.Equal("no clause has the ID 'ELIG-22'; did you mean 'ELIG-2'?", result.Problem.ToString());
        }

        [Fact]
        public void A_clause_nothing_resembles_has_no_suggestion()
        {
            var result = RecordExplanation.Explain(new[] { Fixtures.Policy }, Fixtures.Records("one-org.json"), "SOMETHING-ELSE-ENTIRELY",
                new RunOptions(new CalendarDate(2026, 11, 23)), SilentRunListener.Instance);

            Assert.Equal("no clause has the ID 'SOMETHING-ELSE-ENTIRELY'", result.Problem!.Message);
            Assert.Empty(result.Problem.Suggestions);
        }
    }
}
