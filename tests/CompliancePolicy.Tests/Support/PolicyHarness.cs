using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Support
{
    /// <summary>Compiles a policy that must be free of errors, and evaluates JSON records against it.</summary>
    internal static class PolicyHarness
    {
        public static Policy Compile(string text)
        {
            var compilation = PolicyCompiler.Compile(text, "test.policy");
            Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics));
            return compilation.Policies.Single();
        }

        public static RecordValue Record(Policy policy, string json)
        {
            var result = RecordReader.ReadString(json, "record.json", policy.Schema).Single();
            Assert.True(result.IsValid, string.Join("\n", result.Diagnostics));
            return result.Record!;
        }

        public static RecordEvaluation Evaluate(Policy policy, string json, string asOf = "2026-11-23", ParameterValues? parameters = null) =>
            policy.Evaluate(Record(policy, json), Date(asOf), parameters);

        public static ClauseResult Clause(this RecordEvaluation evaluation, string id) =>
            evaluation.Clauses.Single(c => c.Clause.Id == id);

        public static object? Decision(this RecordEvaluation evaluation, string name)
        {
            var decision = evaluation.Decisions.Single(d => d.Name == name);
            Assert.False(decision.IsError, decision.Error);
            return decision.Value;
        }

        public static CalendarDate Date(string text)
        {
            Assert.True(CalendarDate.TryParse(text, out var date), text);
            return date;
        }
    }
}
