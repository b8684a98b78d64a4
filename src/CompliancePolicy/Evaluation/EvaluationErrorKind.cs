namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Why a clause, decision or lifecycle could not be evaluated for a record. Every kind but
    /// <see cref="Internal"/> is about the record, the as-of date or the parameters; <see cref="Internal"/> is a bug in
    /// the engine. Reports spell each kind in kebab case (docs/report-format.md).
    /// </summary>
    public enum EvaluationErrorKind
    {
        /// <summary>A band table's or tiers' key falls in no band, and its <c>otherwise</c> says <c>error</c>.</summary>
        OutsideEveryBand,

        /// <summary>A band table's key falls in a band whose result is <c>error "..."</c>.</summary>
        ErrorBand,

        /// <summary>An optional value is missing where it is read. The compiler rules this out for verdicts (CP1020): it
        /// shows only where a condition is evaluated apart from the one that guards it (explanations, evidence).</summary>
        MissingOptional,

        /// <summary>A division by zero.</summary>
        DivisionByZero,

        /// <summary>A number or a duration too large to compute (numbers reach 79,228,162,514,264,337,593,543,950,335).</summary>
        ArithmeticOverflow,

        /// <summary>Date arithmetic past the calendar, which runs from 0001-01-01 to 9999-12-31.</summary>
        DateOutOfRange,

        /// <summary><c>min</c>, <c>max</c>, <c>earliest</c> or <c>latest</c> of an empty list.</summary>
        EmptyList,

        /// <summary>A built-in function's argument out of its range, such as <c>round</c> to 40 places or a duration
        /// multiplied by 1.5.</summary>
        InvalidArgument,

        /// <summary>A value, clause or lifecycle that needs its own result for this record.</summary>
        CircularDependency,

        /// <summary>A lifecycle that keeps firing transitions (more than 10,000 in one replay).</summary>
        LifecycleDoesNotSettle,

        /// <summary>The engine failed: a bug in CompliancePolicy, not a problem with the record.</summary>
        Internal,
    }
}
