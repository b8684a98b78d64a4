namespace CompliancePolicy.Checking
{
    /// <summary>The outcome of <c>check</c>, <c>due</c> or <c>diff</c>: the run's summary, or the problem that stopped it
    /// before it wrote a report.</summary>
    public sealed class RunResult<TSummary> where TSummary : class
    {
        internal RunResult(RunProblem problem)
        {
            Problem = problem;
            ExitCode = 2;
        }

        internal RunResult(TSummary summary, int exitCode)
        {
            Summary = summary;
            ExitCode = exitCode;
        }

        /// <summary>Why nothing was checked and no report written (an output that is an input, or cannot be created, ...).</summary>
        public RunProblem? Problem { get; }

        public TSummary? Summary { get; }

        /// <summary>The summary's exit code, or 2 when a problem stopped the run.</summary>
        public int ExitCode { get; }
    }
}
