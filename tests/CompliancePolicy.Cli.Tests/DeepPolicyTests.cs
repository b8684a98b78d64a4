using System.Linq;
using CompliancePolicy.Cli.Tests.Support;

namespace CompliancePolicy.Cli.Tests
{
    /// <summary>
    /// Issue 16, item 4: a clause whose requirement is a flat chain of 100,000 terms, or 20,000 lets that each read the
    /// one before, once overflowed the stack (the process aborted). Every command now reports CP0002 and exits 2. These
    /// run in the test process: a stack overflow here would end the whole test run.
    /// </summary>
    public class DeepPolicyTests
    {
        private const string Header = "policy \"Deep\"\nschema R key id {\n  id: text\n  licensed: bool\n  staff: int\n}\n";

        /// <summary>Each shape, and whether the formatter refuses it too: it works on one declaration at a time and never
        /// follows a name, so a chain of definitions is no deeper for it than any one of them.</summary>
        public static TheoryData<string, string, bool> DeepPolicies => new TheoryData<string, string, bool>
        {
            { "100,000 'and'", Header + "clause D-1 \"deep\"\n  cites \"RD-1\"\n  require " + string.Join(" and ", Enumerable.Repeat("licensed", 100_000)) + "\n", true },
            { "100,000 '+'", Header + "let q = " + string.Join(" + ", Enumerable.Repeat("1", 100_000)) + "\n"
                + "clause D-1 \"deep\"\n  cites \"RD-1\"\n  require staff > q\n", true },
            { "20,000 lets", Header + "clause D-1 \"deep\"\n  cites \"RD-1\"\n  require s19999 > 0\nlet s0 = staff\n"
                + string.Concat(Enumerable.Range(1, 19_999).Select(i => $"let s{i} = s{i - 1} + 1\n")), false },
        };

        [Theory]
        [MemberData(nameof(DeepPolicies))]
        public void Every_command_reports_CP0002_and_exits_2(string shape, string policy, bool unformattable)
        {
            using var folder = Fixtures.Temp();
            var path = folder.Write("deep.policy", policy);
            var records = folder.Write("records.jsonl", "{\"id\":\"A\",\"licensed\":true,\"staff\":3}\n");
            folder.Write("deep.policytest.json", """
                {"policy": "deep.policy", "tests": [{"name": "t", "as_of": "2026-11-23", "records": "records.jsonl#A", "expect": {"clauses": {"D-1": "pass"}}}]}
                """);

            var format = Tool.Run("fmt", path, "--check");
            Assert.True(unformattable ? format.ExitCode == 2 && format.Error.Contains("error CP0002:") : format.ExitCode <= 1, shape + ": " + format);
            var runs = new[]
            {
                Tool.Run("lint", path),
                Tool.Run("check", path, "--records", records, "--as-of", "2026-11-23"),
                Tool.Run("check", path, "--records", records, "--as-of", "2026-11-23", "--format", "json"),
                Tool.Run("explain", path, "--record", records + "#A", "--as-of", "2026-11-23"),
                Tool.Run("test", folder.Path),
            };

            Assert.All(runs, run =>
            {
                Assert.True(run.ExitCode == 2, shape + ": " + run);
                Assert.Contains("error CP0002:", run.Output + run.Error);
                Assert.DoesNotContain("internal error", run.Output + run.Error);
            });
        }
    }
}
