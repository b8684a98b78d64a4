using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Checking
{
    /// <summary>A reason a verb stopped before producing its result, naming the input it is about so a host can say
    /// which option to fix ("--record: 'orgs.json' has no record with ID 'org-77'").</summary>
    public sealed class RunProblem
    {
        internal RunProblem(ProblemSubject subject, string message)
            : this(subject, message, ImmutableArray<string>.Empty)
        {
        }

        /// <summary>A problem about a name that was not found, with the closest names as <see cref="Suggestions"/>.</summary>
        internal RunProblem(ProblemSubject subject, string message, Suggestion suggestion)
            : this(subject, message, suggestion.Candidates)
        {
        }

        private RunProblem(ProblemSubject subject, string message, ImmutableArray<string> suggestions)
        {
            Subject = subject;
            Message = message;
            Suggestions = suggestions;
        }

        public ProblemSubject Subject { get; }

        /// <summary>The problem, without the "did you mean" (that is <see cref="Suggestions"/>).</summary>
        public string Message { get; }

        /// <summary>"Did you mean": the names closest to the one not found, as <see cref="Diagnostic.Suggestions"/>; empty when none is close.</summary>
        public ImmutableArray<string> Suggestions { get; }

        public override string ToString() => Message + Suggestion.Text(Suggestions);
    }

    /// <summary>The input a <see cref="RunProblem"/> is about.</summary>
    public enum ProblemSubject
    {
        /// <summary>The policies as a whole (e.g. none declares a lifecycle).</summary>
        Policies,

        /// <summary>The one record a verb was given.</summary>
        Record,

        /// <summary>The clause a verb was asked about.</summary>
        Clause,

        /// <summary>The file the report is written to.</summary>
        Output,

        /// <summary>The window a verb looks ahead over (<c>due --within</c>).</summary>
        Window,
    }
}
