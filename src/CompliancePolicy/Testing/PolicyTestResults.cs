using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Testing
{
    /// <summary>The outcome of running policy test files: each test, the clause coverage per policy, and the problems found in the files.</summary>
    public sealed class PolicyTestRun
    {
        internal PolicyTestRun(IReadOnlyList<string> files, IReadOnlyList<PolicyTestResult> results, IReadOnlyList<PolicyCoverage> coverage, IReadOnlyList<Diagnostic> diagnostics)
        {
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

        public int Passed => Results.Count(r => r.Passed);
        public int Failed => Results.Count(r => !r.Passed);
        public bool HasErrors => Diagnostics.Any(d => d.IsError);

        /// <summary>Every test passed and no test file, policy or record had an error.</summary>
        public bool Succeeded => Failed == 0 && !HasErrors;
    }

    /// <summary>One test: where it is, the policy it ran against, and every expectation it missed.</summary>
    public sealed class PolicyTestResult
    {
        internal PolicyTestResult(string file, string name, SourceLocation location, string? policy, IReadOnlyList<ExpectationFailure> failures, bool hasErrors)
        {
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

        public bool Passed => Failures.Count == 0 && !HasErrors;
    }

    /// <summary>One expectation that did not hold: what was expected, what happened, and where the expectation is written.</summary>
    public sealed class ExpectationFailure
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

        /// <summary><c>clause</c>, <c>decision</c> or <c>message</c>.</summary>
        public string Kind { get; }

        /// <summary>The clause ID or decision name.</summary>
        public string Subject { get; }

        /// <summary>The record the expectation failed for.</summary>
        public string? RecordId { get; }

        public string Expected { get; }
        public string Actual { get; }
        public SourceLocation Location { get; }

        public override string ToString() =>
            $"{Location}: {Kind} {Subject}{(RecordId is null ? string.Empty : " for record " + RecordId)}: expected {Expected}, actual {Actual}";
    }

    /// <summary>Which clauses of one policy the tests check: a clause is covered when some test states an expectation about it.</summary>
    public sealed class PolicyCoverage
    {
        internal PolicyCoverage(Policy policy, IReadOnlyList<ClauseCoverage> clauses)
        {
            Policy = policy;
            Clauses = clauses;
        }

        public Policy Policy { get; }
        public IReadOnlyList<ClauseCoverage> Clauses { get; }
        public int Covered => Clauses.Count(c => c.HasExpectation);

        /// <summary>Clauses with an expectation / all clauses (1 for a policy without clauses).</summary>
        public double Ratio => Clauses.Count == 0 ? 1 : (double)Covered / Clauses.Count;

        public IEnumerable<ClauseSymbol> Uncovered => Clauses.Where(c => !c.HasExpectation).Select(c => c.Clause);
    }

    /// <summary>One clause's coverage: whether any test expects an outcome or message of it, and which outcomes the tests produced.</summary>
    public sealed class ClauseCoverage
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
}
