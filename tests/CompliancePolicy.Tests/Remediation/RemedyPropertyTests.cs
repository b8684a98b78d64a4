using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Remediation
{
    /// <summary>
    /// Random records (with a fixed seed): every number, date or duration the engine says a field needs, once applied to the
    /// record, makes the clause pass (each alternative on its own, every part of a conjunction together).
    /// </summary>
    public class RemedyPropertyTests
    {
        private const string Policy = @"
policy ""P""
schema R { score: int, ratio: decimal, a: int, b: int, established: date, audit: date, signed: date, deadline: date, cure: duration, x: int }
param threshold: int = 70
clause C-1 ""Score"" require score >= threshold
clause C-2 ""Ratio"" require ratio * 2 > 1.5
clause C-3 ""Operated"" require established + 3 months <= audit
clause C-4 ""Small sum"" require a + b <= 10
clause C-5 ""Cured"" require signed + cure <= deadline
clause C-6 ""Both"" require x >= 3 and audit - 1 month >= established
clause C-7 ""Days"" require days_between(signed, deadline) >= 30
clause C-8 ""Ratio of scores"" require score - 2 * a < 40 or ratio >= 0.9
";

        [Fact]
        public void Applying_a_computed_number_or_date_remedy_makes_the_clause_pass()
        {
            var policy = Compile(Policy);
            var random = new Random(20261123);
            var applied = 0;
            for (var i = 0; i < 400; i++)
            {
                var json = Generate(random);
                var record = Record(policy, json);
                var evaluation = policy.Evaluate(record, Date("2026-11-23"));
                foreach (var clause in evaluation.Clauses.Where(c => c.Outcome == ClauseOutcome.Fail))
                {
                    foreach (var changes in Options(clause.Remediation.Remedy!))
                    {
                        var changed = Apply(record, changes);
                        var after = policy.Evaluate(changed, Date("2026-11-23")).Clause(clause.Clause.Id);
                        Assert.True(after.Outcome == ClauseOutcome.Pass,
                            $"{clause.Clause.Id} for {json}: '{RemedyText.Describe(clause.Remediation.Remedy!)}' applied gives {after.Outcome}");
                        applied++;
                    }
                }
            }
            Assert.True(applied > 500, $"only {applied} remedies applied: the generator no longer exercises the engine");
        }

        /// <summary>Each way to pass: one alternative, or all the parts of a conjunction; only changes to the record's own fields.</summary>
        private static IEnumerable<IReadOnlyList<BoundRemedy>> Options(Remedy remedy)
        {
            switch (remedy)
            {
                case BoundRemedy bound when bound.Input.Kind == RemedyInputKind.Field && bound.Via is null:
                    return new[] { new[] { bound } };
                case AnyOfRemedy any:
                    return any.Alternatives.SelectMany(Options);
                case AllOfRemedy all:
                    var each = all.Parts.Select(p => Options(p).ToList()).ToList();
                    if (each.Any(options => options.Count == 0)) return Enumerable.Empty<IReadOnlyList<BoundRemedy>>();
                    return new[] { each.SelectMany(options => options[0]).ToArray() };
                default:
                    return Enumerable.Empty<IReadOnlyList<BoundRemedy>>();
            }
        }

        private static RecordValue Apply(RecordValue record, IReadOnlyList<BoundRemedy> changes)
        {
            var fields = record.Fields.ToArray();
            foreach (var change in changes)
            {
                var target = change.Target;
                // Above and below name a bound that no value equals: take one just past it.
                if (change.Need == RemedyNeed.Above) target = (decimal)target + 0.0001m;
                if (change.Need == RemedyNeed.Below) target = (decimal)target - 0.0001m;
                fields[record.Type.Find(change.Input.Text)!.Index] = target;
            }
            return new RecordValue(record.Type, fields);
        }

        private static string Generate(Random random)
        {
            string Day(int from, int span) => new CalendarDate(2025, 1, 1).AddDays(from + random.Next(span)).ToString();
            var cure = random.Next(2) == 0 ? $"{random.Next(1, 90)} days" : $"{random.Next(1, 6)} months";
            return $@"{{""score"": {random.Next(40, 100)}, ""ratio"": {random.Next(0, 100) / 100m}, ""a"": {random.Next(0, 12)}, ""b"": {random.Next(0, 12)},
                ""established"": ""{Day(0, 700)}"", ""audit"": ""{Day(60, 700)}"", ""signed"": ""{Day(0, 400)}"", ""deadline"": ""{Day(0, 500)}"",
                ""cure"": ""{cure}"", ""x"": {random.Next(0, 6)}}}";
        }
    }
}
