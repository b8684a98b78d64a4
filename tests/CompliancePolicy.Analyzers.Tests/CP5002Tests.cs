using System.Threading.Tasks;
using CompliancePolicy.Analyzers.Tests.Support;
using Microsoft.CodeAnalysis.Testing;

namespace CompliancePolicy.Analyzers.Tests
{
    /// <summary>CP5002: an evaluation whose result is thrown away.</summary>
    public class CP5002Tests
    {
        [Fact]
        public async Task An_evaluation_used_as_a_statement_is_reported()
        {
            const string Source = @"
using CompliancePolicy;
using CompliancePolicy.Values;

class Checker
{
    void Check(Policy policy, RecordValue record, CalendarDate asOf)
    {
        {|#0:policy.Evaluate(record, asOf)|};
    }
}";
            await new PolicyAnalyzerTest<DiscardedEvaluationAnalyzer>(Source)
                .Expect(new DiagnosticResult(HostRules.DiscardedEvaluation).WithLocation(0).WithArguments("Evaluate"))
                .RunAsync();
        }

        [Fact]
        public async Task Used_or_explicitly_discarded_results_are_not_reported()
        {
            const string Source = @"
using System.Linq;
using CompliancePolicy;
using CompliancePolicy.Values;

class Checker
{
    bool Check(Policy policy, RecordValue record, CalendarDate asOf)
    {
        var evaluation = policy.Evaluate(record, asOf);
        _ = policy.Evaluate(record, asOf);
        policy.Evaluate(record, asOf).Clauses.ToList();
        return evaluation.HasErrors;
    }
}";
            await new PolicyAnalyzerTest<DiscardedEvaluationAnalyzer>(Source).RunAsync();
        }
    }
}
