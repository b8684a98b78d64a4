using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Lifecycles
{
    /// <summary>
    /// The state changes a record's lifecycles will make after the as-of date if nothing else happens: the lifecycles
    /// replayed up to a later date, with the record's events (those dated after the as-of date too) and the deadlines that
    /// fall due on the way. Outlooks ("compliant from", "stops passing on") read them; <see cref="LifecycleProjection"/> is
    /// the deadline-by-deadline view that <c>compliance due</c> lists.
    /// </summary>
    internal static class LifecycleChanges
    {
        /// <summary>The state changes after <paramref name="asOf"/> up to <paramref name="until"/>, in date order.</summary>
        public static IReadOnlyList<ProjectedChange> Changes(Policy policy, RecordValue record, CalendarDate asOf, CalendarDate until, ParameterValues? parameters = null) =>
            Changes(policy.Evaluate(record, until, parameters).Lifecycles, asOf);

        /// <summary>The changes after <paramref name="asOf"/> in the lifecycles of a frame evaluated at a later date.</summary>
        internal static IReadOnlyList<ProjectedChange> Changes(Frame later, CalendarDate asOf) =>
            Changes(later.Program.Bound.Lifecycles.Select(l => RecordEvaluation.Replay(later, l)), asOf);

        /// <summary>The changes after <paramref name="asOf"/> in lifecycles replayed up to a later date; a lifecycle in error has none.</summary>
        internal static IReadOnlyList<ProjectedChange> Changes(IEnumerable<LifecycleOutcome> replayed, CalendarDate asOf)
        {
            var changes = new List<ProjectedChange>();
            foreach (var outcome in replayed)
            {
                if (outcome.Result is null) continue;
                var timeline = outcome.Result.Timeline;
                for (var i = 1; i < timeline.Count; i++)
                {
                    if (timeline[i].From <= asOf) continue;
                    changes.Add(new ProjectedChange(outcome.Lifecycle, timeline[i].From, timeline[i - 1].State, timeline[i]));
                }
            }
            return changes.OrderBy(c => c.Date).ToArray();
        }
    }

    /// <summary>A state change a lifecycle will make after the as-of date: when, from which state to which, and why.</summary>
    internal sealed class ProjectedChange
    {
        internal ProjectedChange(LifecycleSymbol lifecycle, CalendarDate date, LifecycleState from, TimelineEntry entry)
        {
            Lifecycle = lifecycle;
            Date = date;
            From = from;
            Entry = entry;
        }

        public LifecycleSymbol Lifecycle { get; }

        /// <summary>The day the new state is entered.</summary>
        public CalendarDate Date { get; }

        public LifecycleState From { get; }
        public LifecycleState To => Entry.State;

        /// <summary>The timeline entry of the new state: its transition, cause and citations.</summary>
        public TimelineEntry Entry { get; }

        /// <summary>"certificate becomes expired: Validity of 3 years over (E-1)", or the event or deadline that causes it.</summary>
        public string Describe()
        {
            var transition = Entry.Transition;
            var why = transition is null ? Entry.Cause : transition.Title is null ? transition.Id : $"{transition.Title} ({transition.Id})";
            return $"{Lifecycle.Name} becomes {To.Name}: {why}";
        }
    }
}
