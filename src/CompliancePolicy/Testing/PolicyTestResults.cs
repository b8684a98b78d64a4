using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Checking;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>The outcome of running policy test files: each test, the clause and transition coverage per policy, and the problems found in the files.</summary>
    internal sealed class PolicyTestRun
    {
        internal PolicyTestRun(IReadOnlyList<string> files, IReadOnlyList<PolicyTestResult> results, IReadOnlyList<PolicyCoverage> coverage,
            IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<InputProblem> problems)
        {
            Problems = problems;
            Files = files;
            Results = results;
            Coverage = coverage;
            Diagnostics = diagnostics;
        }

        public IReadOnlyList<string> Files { get; }
        public IReadOnlyList<PolicyTestResult> Results { get; }
        public IReadOnlyList<PolicyCoverage> Coverage { get; }

        /// <summary>Problems in test files, in the policies they name, or in the records they use; sorted by file and position.</summary>
        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>Paths that do not exist, or hold no test file: then nothing ran.</summary>
        public IReadOnlyList<InputProblem> Problems { get; }

        public int Passed => Results.Count(r => r.Passed);
        public int Failed => Results.Count(r => !r.Passed);
        public bool HasErrors => Problems.Count > 0 || Diagnostics.Any(d => d.IsError);

        /// <summary>The engine failed on a record of some test (a bug, <see cref="EvaluationErrorKind.Internal"/>).</summary>
        public bool HasInternalErrors => Results.Any(r => r.HasInternalErrors);

        /// <summary>Every test passed and no test file, policy or record had an error.</summary>
        public bool Succeeded => Failed == 0 && !HasErrors;

        /// <summary>0 every test passed; 1 a test failed; 2 a path, test file, policy or record could not be used; 3 the
        /// engine failed on a record (a bug). Coverage is reported, never enforced.</summary>
        public int ExitCode => HasInternalErrors ? 3 : HasErrors ? 2 : Failed > 0 ? 1 : 0;
    }

    /// <summary>One test: where it is, the policy it ran against, and every expectation it missed.</summary>
    internal sealed class PolicyTestResult
    {
        internal PolicyTestResult(string file, string name, SourceLocation location, string? policy, IReadOnlyList<ExpectationFailure> failures, bool hasErrors,
            bool hasInternalErrors = false)
        {
            HasInternalErrors = hasInternalErrors;
            File = file;
            Name = name;
            Location = location;
            Policy = policy;
            Failures = failures;
            HasErrors = hasErrors;
        }

        public string File { get; }
        public string Name { get; }

        /// <summary>Where the test is in its file.</summary>
        public SourceLocation Location { get; }

        /// <summary>The name of the policy the test ran against, or null when it could not be compiled.</summary>
        public string? Policy { get; }

        public IReadOnlyList<ExpectationFailure> Failures { get; }

        /// <summary>The test could not run as written (see the run's diagnostics).</summary>
        public bool HasErrors { get; }

        /// <summary>The engine failed on one of the test's records: a bug, whatever the test expected.</summary>
        public bool HasInternalErrors { get; }

        public bool Passed => Failures.Count == 0 && !HasErrors;
    }

    /// <summary>One expectation that did not hold: what was expected, what happened, and where the expectation is written.</summary>
    internal sealed class ExpectationFailure
    {
        internal ExpectationFailure(string kind, string subject, string? recordId, string expected, string actual, SourceLocation location)
        {
            Kind = kind;
            Subject = subject;
            RecordId = recordId;
            Expected = expected;
            Actual = actual;
            Location = location;
        }

        /// <summary><c>clause</c>, <c>decision</c>, <c>message</c> or <c>lifecycle</c>.</summary>
        public string Kind { get; }

        /// <summary>The clause ID, decision name or lifecycle name.</summary>
        public string Subject { get; }

        /// <summary>The record the expectation failed for.</summary>
        public string? RecordId { get; }

        public string Expected { get; }
        public string Actual { get; }
        public SourceLocation Location { get; }

        public override string ToString() =>
            $"{Location}: {Kind} {Subject}{(RecordId is null ? string.Empty : " for record " + RecordId)}: expected {Expected}, actual {Actual}";
    }

    /// <summary>Which clauses and transitions of one policy the tests check: a clause is covered when some test states an
    /// expectation about it; a transition when it fires in a test that states an expectation about its lifecycle.</summary>
    internal sealed class PolicyCoverage
    {
        internal PolicyCoverage(Policy policy, IReadOnlyList<ClauseCoverage> clauses, IReadOnlyList<LifecycleCoverage> lifecycles)
        {
            Policy = policy;
            Clauses = clauses;
            Lifecycles = lifecycles;
        }

        public Policy Policy { get; }
        public IReadOnlyList<ClauseCoverage> Clauses { get; }
        public int Covered => Clauses.Count(c => c.HasExpectation);

        /// <summary>Clauses with an expectation / all clauses (1 for a policy without clauses).</summary>
        public double Ratio => CoverageRatio.Of(Covered, Clauses.Count);

        public IEnumerable<ClauseSymbol> Uncovered => Clauses.Where(c => !c.HasExpectation).Select(c => c.Clause);

        /// <summary>Transition coverage per lifecycle, in declaration order; empty for a policy without lifecycles.</summary>
        public IReadOnlyList<LifecycleCoverage> Lifecycles { get; }

        /// <summary>The transitions of every lifecycle of the policy.</summary>
        public int Transitions => Lifecycles.Sum(l => l.Transitions.Count);

        public int TransitionsCovered => Lifecycles.Sum(l => l.Covered);

        /// <summary>Covered transitions / all transitions (1 for a policy without transitions).</summary>
        public double TransitionRatio => CoverageRatio.Of(TransitionsCovered, Transitions);
    }

    /// <summary>One lifecycle's transition coverage: which transitions fired in tests that check the lifecycle's state.</summary>
    internal sealed class LifecycleCoverage
    {
        internal LifecycleCoverage(LifecycleSymbol lifecycle, bool hasExpectation, IReadOnlyList<TransitionCoverage> transitions)
        {
            Lifecycle = lifecycle;
            HasExpectation = hasExpectation;
            Transitions = transitions;
        }

        public LifecycleSymbol Lifecycle { get; }

        /// <summary>Some test states an expectation about the lifecycle (<c>expect.lifecycles</c>).</summary>
        public bool HasExpectation { get; }

        public IReadOnlyList<TransitionCoverage> Transitions { get; }
        public int Covered => Transitions.Count(t => t.Covered);

        /// <summary>Covered transitions / all transitions (1 for a lifecycle without transitions).</summary>
        public double Ratio => CoverageRatio.Of(Covered, Transitions.Count);

        public IEnumerable<TransitionCoverage> Uncovered => Transitions.Where(t => !t.Covered);
    }

    /// <summary>One transition's coverage: whether it fired in a test that checks its lifecycle, and whether it fired at all.</summary>
    internal sealed class TransitionCoverage
    {
        internal TransitionCoverage(LifecycleTransition transition, bool covered, bool fired)
        {
            Transition = transition;
            Covered = covered;
            Fired = fired;
        }

        public LifecycleTransition Transition { get; }

        /// <summary>It fired for a record of a test whose <c>expect.lifecycles</c> names its lifecycle.</summary>
        public bool Covered { get; }

        /// <summary>It fired for a record of any test of the policy (covered, or exercised where no test checks the state).</summary>
        public bool Fired { get; }
    }

    /// <summary>One clause's coverage: whether any test expects an outcome or message of it, and which outcomes the tests produced.</summary>
    internal sealed class ClauseCoverage
    {
        internal ClauseCoverage(ClauseSymbol clause, bool hasExpectation, IReadOnlyCollection<ClauseOutcome> outcomesSeen)
        {
            Clause = clause;
            HasExpectation = hasExpectation;
            OutcomesSeen = outcomesSeen;
        }

        public ClauseSymbol Clause { get; }
        public bool HasExpectation { get; }

        /// <summary>The outcomes the clause had across all test records, in outcome order.</summary>
        public IReadOnlyCollection<ClauseOutcome> OutcomesSeen { get; }

        /// <summary>The clause applied (passed, failed or was in error) for at least one test record.</summary>
        public bool Exercised => OutcomesSeen.Any(o => o != ClauseOutcome.NotApplicable);
    }

    internal static class CoverageRatio
    {
        /// <summary>Covered / all, and 1 when there is nothing to cover: an empty policy or lifecycle is fully covered.</summary>
        public static double Of(int covered, int all) => all == 0 ? 1 : (double)covered / all;
    }
}
