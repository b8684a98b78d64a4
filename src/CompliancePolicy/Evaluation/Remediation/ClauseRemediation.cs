using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// What the engine can say about changing one clause's verdict for one record: for a failure, the remedy derived from
    /// the requirement; for a pass or a failure that time alone changes, the outlook. Both are computed when first asked for.
    /// </summary>
    public sealed class ClauseRemediation
    {
        private readonly Frame _frame;
        private Remedy? _remedy;
        private bool _outlookFound;
        private ClauseOutlook? _outlook;

        internal ClauseRemediation(Frame frame, ClauseSymbol clause, ClauseOutcome outcome)
        {
            _frame = frame;
            Clause = clause;
            Outcome = outcome;
        }

        public ClauseSymbol Clause { get; }
        public ClauseOutcome Outcome { get; }

        /// <summary>For a failing clause, what would make it pass; null for any other outcome.</summary>
        internal Remedy? Remedy => Outcome != ClauseOutcome.Fail ? null : _remedy ??= RemedyFinder.ForRequirement(_frame, Clause);

        /// <summary>For a failing clause, what would make it pass on one line, as the reports say it
        /// (<c>score needs +1 (69 → 70)</c>, or why the engine has no remedy); null for any other outcome.</summary>
        public string? RemedyDescription => Remedy is { } remedy ? RemedyText.Describe(remedy) : null;

        /// <summary>For a clause that passes or fails and reads the date, a lifecycle or the history: when time alone changes its verdict; null otherwise.</summary>
        public ClauseOutlook? Outlook
        {
            get
            {
                if (!_outlookFound)
                {
                    _outlook = OutlookFinder.Find(_frame, Clause, Outcome);
                    _outlookFound = true;
                }
                return _outlook;
            }
        }
    }
}
