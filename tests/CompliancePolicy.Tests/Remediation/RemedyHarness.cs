using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    /// <summary>A clause that fails for a record, and what the engine says would make it pass.</summary>
    internal static class RemedyHarness
    {
        public static Remedy RemedyFor(string policy, string record, string clause = "C-1", string asOf = "2026-11-23")
        {
            var result = Evaluate(Compile(policy), record, asOf).Clause(clause);
            Assert.Equal(ClauseOutcome.Fail, result.Outcome);
            return result.Remediation.Remedy!;
        }

        /// <summary>The remedy on one line, as reports write it.</summary>
        public static string Said(string policy, string record, string clause = "C-1", string asOf = "2026-11-23") =>
            RemedyText.Describe(RemedyFor(policy, record, clause, asOf));
    }
}
