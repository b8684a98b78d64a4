using System;
using System.Linq;
using System.Threading;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Tests.Syntax
{
    /// <summary>
    /// The deepest policy the parser lets through (CP0002's limits) goes through every pass that recurses over trees:
    /// binding and its checks, compiling, evaluating, evidence, explaining and formatting, on a thread with half the
    /// stack of the smallest default (1 MB), so the limits leave room for whatever calls the library.
    /// </summary>
    public class DepthLimitTests
    {
        private const int SmallStack = 512 * 1024;
        private static readonly int Limit = NestingLimit.Operators.Max;

        public static TheoryData<string, string> DeepestPolicies => new TheoryData<string, string>
        {
            { "a chain of 'and'", Clause(string.Join(" and ", Enumerable.Repeat("licensed", Limit))) },
            { "a chain of 'or'", Clause(string.Join(" or ", Enumerable.Range(0, Limit - 1).Select(i => $"staff = {i}"))) },
            { "a chain of '+'", Clause(string.Join(" + ", Enumerable.Repeat("staff", Limit - 1)) + " > 0") },
            { "a chain of '??'", Clause("(" + string.Join(" ?? ", Enumerable.Repeat("deputy", Limit - 3)) + " ?? 0) >= 0") },
            { "brackets and prefix operators", Clause(string.Concat(Enumerable.Repeat("not (", 49)) + "licensed" + new string(')', 49)) },
            { "a chain of lets", Clause($"s{Limit / 2 - 2} > 0") + "let s0 = staff\n"
                + string.Concat(Enumerable.Range(1, Limit / 2 - 2).Select(i => $"let s{i} = s{i - 1} + 1\n")) },
        };

        [Theory]
        [MemberData(nameof(DeepestPolicies))]
        public void Every_pass_handles_the_deepest_policy_allowed(string shape, string text)
        {
            var done = RunOnSmallStack(() =>
            {
                var compilation = PolicyCompiler.Compile(text, "deep.policy");
                Assert.False(compilation.HasErrors, shape + ": " + string.Join("\n", compilation.Diagnostics));
                var policy = compilation.Policies.Single();
                var record = RecordReader.ReadString(@"{""id"":""A"",""staff"":1,""licensed"":true}", "r.json", policy.Schema).Single().Record!;
                var evaluation = policy.Evaluate(record, new CalendarDate(2026, 11, 23));
                var clause = evaluation.Clauses.Single();
                Assert.NotEqual(ClauseOutcome.Error, clause.Outcome);
                Assert.NotEmpty(clause.Evidence);
                Assert.NotEmpty(evaluation.Explain("D-1").Steps);
                Assert.Empty(PolicyFormatter.Format(new SourceText("deep.policy", text)).Diagnostics);
            });

            Assert.True(done, shape);
        }

        private static string Clause(string requirement) =>
            "policy \"Deep\"\nschema R key id {\n  id: text\n  staff: int\n  licensed: bool\n  deputy: int?\n}\n"
            + "clause D-1 \"deep\"\n  cites \"RD-1\"\n  require " + requirement + "\n  message \"{staff}\"\n";

        /// <summary>Runs the work on its own thread with a small stack; an overflow ends the whole test run, as it would
        /// end a compiler or a CLI.</summary>
        private static bool RunOnSmallStack(Action work)
        {
            Exception? failure = null;
            var thread = new Thread(() =>
            {
                try
                {
                    work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            }, SmallStack);
            thread.Start();
            thread.Join();
            if (failure != null) throw new Xunit.Sdk.XunitException(failure.ToString());
            return true;
        }
    }
}
