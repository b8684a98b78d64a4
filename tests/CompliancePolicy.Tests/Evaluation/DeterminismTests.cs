using System.Linq;
using System.Threading.Tasks;
using CompliancePolicy.Evaluation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    public class DeterminismTests
    {
        private static readonly Policy Policy = Compile(@"
policy ""P""
schema R { id: int, score: decimal, reviews: list of date }
let recent = [d for d in reviews where d within 1 year before as_of]
clause S-1 ""score"" cites ""RD-4.8"" require score >= 70
clause S-2 ""recent review"" cites ""RD-2.3"" require count(recent) >= 1
decision summary = failures(major)
");

        [Fact]
        public void One_compiled_policy_evaluates_many_records_in_parallel_with_the_same_results_as_in_sequence()
        {
            var records = Enumerable.Range(0, 2000)
                .Select(i => Record(Policy, $@"{{""id"":{i},""score"":{i % 100},""reviews"":[""2026-0{1 + i % 9}-01"",""2025-0{1 + i % 9}-15""]}}"))
                .ToArray();
            var asOf = Date("2026-06-30");

            string Verdicts(RecordEvaluation e) =>
                string.Join(",", e.Clauses.Select(c => c.Outcome)) + "|" + e.Decisions[0].Value;

            var sequential = records.Select(r => Verdicts(Policy.Evaluate(r, asOf))).ToArray();
            var parallel = new string[records.Length];
            Parallel.For(0, records.Length, i => parallel[i] = Verdicts(Policy.Evaluate(records[i], asOf)));

            Assert.Equal(sequential, parallel);
            Assert.Contains(sequential, v => v.StartsWith("Fail"));
            Assert.Contains(sequential, v => v.StartsWith("Pass"));
        }

        [Fact]
        public void The_as_of_date_is_an_input_so_the_same_record_can_be_replayed()
        {
            var record = Record(Policy, @"{""id"":1,""score"":80,""reviews"":[""2025-03-01""]}");

            Assert.Equal(ClauseOutcome.Pass, Policy.Evaluate(record, Date("2026-03-01")).Clause("S-2").Outcome);
            Assert.Equal(ClauseOutcome.Fail, Policy.Evaluate(record, Date("2026-03-02")).Clause("S-2").Outcome);
        }
    }
}
