using System.Collections.Generic;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>
    /// What a lifecycle says will happen to one record after the as-of date if nothing else happens (no event): the
    /// state now, then each deadline that falls due and each deadline transition that fires, in date order, up to a
    /// date. <c>compliance due</c> lists these over a register; the date a record's state changes is also the date from
    /// which a clause that reads the state may change its verdict.
    /// </summary>
    public sealed class LifecycleProjection
    {
        internal LifecycleProjection(LifecycleSymbol lifecycle, LifecycleResult now, CalendarDate until, IReadOnlyList<ProjectedStep> steps)
        {
            Lifecycle = lifecycle;
            Now = now;
            Until = until;
            Steps = steps;
        }

        public LifecycleSymbol Lifecycle { get; }

        /// <summary>The replay up to the as-of date, as <see cref="RecordEvaluation.Lifecycles"/> gives it.</summary>
        public LifecycleResult Now { get; }

        /// <summary>The last day projected.</summary>
        public CalendarDate Until { get; }

        /// <summary>Earliest first: overdue deadlines of the state now, then what happens up to <see cref="Until"/>.</summary>
        public IReadOnlyList<ProjectedStep> Steps { get; }
    }

    /// <summary>One thing that happens in a projection: a state's deadline falls due, or a deadline transition fires.</summary>
    public sealed class ProjectedStep
    {
        internal ProjectedStep(LifecycleState state, LifecycleState? enters, PendingDeadline deadline, CalendarDate date)
        {
            State = state;
            Enters = enters;
            Deadline = deadline;
            Date = date;
        }

        /// <summary>The state the record is in when it happens.</summary>
        public LifecycleState State { get; }

        /// <summary>The state a deadline transition enters; null for a state's own deadline, which changes nothing by itself.</summary>
        public LifecycleState? Enters { get; }

        public bool IsTransition => Enters != null;

        /// <summary>The deadline or transition: ID, title, last day to act (<see cref="PendingDeadline.Due"/>), how it was measured, citations.</summary>
        public PendingDeadline Deadline { get; }

        /// <summary>The day it happens: the day a transition fires (the day after its last day), or a deadline's last day.</summary>
        public CalendarDate Date { get; }
    }

    /// <summary>A lifecycle's projection for one record, or why it could not be replayed.</summary>
    public sealed class ProjectionOutcome
    {
        internal ProjectionOutcome(LifecycleSymbol lifecycle, LifecycleProjection? projection, string? error)
        {
            Lifecycle = lifecycle;
            Projection = projection;
            Error = error;
        }

        public LifecycleSymbol Lifecycle { get; }
        public LifecycleProjection? Projection { get; }
        public string? Error { get; }
    }
}
