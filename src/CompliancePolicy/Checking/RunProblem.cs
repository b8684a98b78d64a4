namespace CompliancePolicy.Checking
{
    /// <summary>A reason a verb stopped before producing its result, naming the input it is about so a host can say
    /// which option to fix ("--record: 'orgs.json' has no record with ID 'org-77'").</summary>
    public sealed class RunProblem
    {
        internal RunProblem(ProblemSubject subject, string message)
        {
            Subject = subject;
            Message = message;
        }

        public ProblemSubject Subject { get; }
        public string Message { get; }

        public override string ToString() => Message;
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
