using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>
    /// Runs policy tests (<c>*.policytest.json</c>, docs/policy-tests.md) in the spirit of <c>opa test</c>: each test
    /// evaluates records against a policy as of a date and compares clause outcomes, messages, decisions and lifecycle
    /// states with what it expects, and the run measures clause and transition coverage. Reading a test file is
    /// <see cref="TestFileReader"/>, comparing is <see cref="ExpectationMatcher"/>, coverage is <see cref="CoverageTracker"/>.
    /// </summary>
    internal static class PolicyTestRunner
    {
        /// <summary>The file name pattern of test files, for searching folders.</summary>
        public const string FilePattern = RunInputs.PolicyTestPattern;

        /// <summary>
        /// Runs the test files under <paramref name="paths"/> (files as given, folders searched recursively). A path that
        /// does not exist, or paths that hold no test file, are <see cref="PolicyTestRun.Problems"/> and nothing runs.
        /// </summary>
        public static PolicyTestRun Run(IEnumerable<string> paths, CancellationToken cancellationToken = default)
        {
            var given = paths.ToArray();
            var problems = new List<InputProblem>();
            var files = PolicySources.Find(given, new[] { FilePattern }, problems);
            if (problems.Count == 0 && files.Count == 0) problems.Add(new InputProblem(string.Join(", ", given), $"no {FilePattern} files found"));
            var diagnostics = new List<Diagnostic>();
            var policies = new TestedPolicies(diagnostics, cancellationToken);
            var results = new List<PolicyTestResult>();
            foreach (var file in problems.Count == 0 ? files : new string[0])
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunFile(file, policies, diagnostics, results, cancellationToken);
            }
            var sorted = new DiagnosticBag();
            sorted.AddRange(diagnostics);
            return new PolicyTestRun(files, results, policies.Coverage.Select(c => c.ToResult()).ToArray(), sorted.ToSortedList(), problems);
        }

        private static void RunFile(string path, TestedPolicies policies, List<Diagnostic> diagnostics, List<PolicyTestResult> results, CancellationToken cancellationToken)
        {
            var tree = TestFileReader.Load(path, diagnostics);
            if (tree is null) return;
            var file = new TestFileContext(tree, diagnostics);
            var (policyNode, tests) = TestFileReader.ReadRoot(file);
            var tested = policyNode is null ? null : policies.Load(file, policyNode);
            foreach (var test in tests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                results.Add(RunTest(file, test, tested, cancellationToken));
            }
        }

        /// <summary>Reads one test and, when it reads without errors, evaluates its records and compares; a test with a
        /// problem does not run and counts as failed, and the next test runs.</summary>
        private static PolicyTestResult RunTest(TestFileContext file, JsonNode node, TestedPolicy? tested, CancellationToken cancellationToken)
        {
            var errorsBefore = file.ErrorCount;
            var policy = tested?.Policy;
            var test = TestFileReader.ReadTest(file, node, policy, cancellationToken);
            var failures = new List<ExpectationFailure>();
            var internalErrors = false;
            var expect = test.Expectations;
            if (policy != null && test.AsOf is { } asOf && test.Parameters != null && expect != null && file.ErrorCount == errorsBefore)
            {
                foreach (var record in test.Records)
                {
                    var evaluation = policy.Evaluate(record.Record!, asOf, test.Parameters);
                    tested!.Coverage!.Saw(evaluation, expect.LifecyclesExpected);
                    internalErrors |= evaluation.HasInternalErrors;
                    failures.AddRange(ExpectationMatcher.Misses(file.Tree, expect, evaluation, record.Id));
                }
            }
            if (expect != null) tested?.Coverage?.Expect(expect.ClausesExpected, expect.LifecyclesExpected);
            var hasErrors = file.ErrorCount > errorsBefore || policy is null;
            return new PolicyTestResult(file.Tree.Path, test.Name, test.Location, policy?.Name, failures, hasErrors, internalErrors);
        }
    }
}
