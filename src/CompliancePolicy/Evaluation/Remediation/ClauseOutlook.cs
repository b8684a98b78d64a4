using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// When a clause's verdict changes if nothing but time does: the date from which a failing record passes ("compliant
    /// from 2026-11-23") or a passing one fails ("stops passing on 2027-03-10"), and what causes it.
    /// </summary>
    public sealed class ClauseOutlook
    {
        internal ClauseOutlook(ClauseOutcome now, ClauseOutcome then, CalendarDate date, string cause)
        {
            Now = now;
            Then = then;
            Date = date;
            Cause = cause;
        }

        /// <summary>The outcome at the as-of date: pass or fail.</summary>
        public ClauseOutcome Now { get; }

        /// <summary>The outcome from <see cref="Date"/> on: fail after a pass; pass or not applicable (the clause stops applying) after a failure.</summary>
        public ClauseOutcome Then { get; }

        public CalendarDate Date { get; }

        /// <summary>What changes on that date: a lifecycle's transition, an event the record holds, or a comparison with the date.</summary>
        public string Cause { get; }

        /// <summary>"compliant from 2026-11-23: ..." for a failing clause that will pass, "no longer applies from ...: ..." for
        /// one that will stop applying, "stops passing on 2027-03-10: ..." for a passing one.</summary>
        public string Describe()
        {
            var change = Now == ClauseOutcome.Pass ? "stops passing on " : Then == ClauseOutcome.Pass ? "compliant from " : "no longer applies from ";
            return change + Date + ": " + Cause;
        }

        public override string ToString() => Describe();
    }

    /// <summary>
    /// Finds a clause's outlook: the dates on which something the clause reads may change (a lifecycle's transition or an
    /// event dated after the as-of date, replayed up to a horizon; a comparison with <c>as_of</c> turning) are tried in
    /// order, and the clause is evaluated on each until its verdict changes.
    /// </summary>
    internal static class OutlookFinder
    {
        /// <summary>How far ahead an outlook looks.</summary>
        public const int HorizonYears = 100;

        private const int MaxDatesTried = 200;

        public static ClauseOutlook? Find(Frame frame, ClauseSymbol clause, ClauseOutcome now)
        {
            if ((now != ClauseOutcome.Pass && now != ClauseOutcome.Fail) || !frame.Program.ClausesReadTime[clause.Index]) return null;
            CalendarDate until;
            try
            {
                until = frame.AsOf.AddMonths(12 * HorizonYears);
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
            var candidates = new SortedDictionary<CalendarDate, string>();
            void Add(CalendarDate date, string cause)
            {
                if (date > frame.AsOf && date <= until && !candidates.ContainsKey(date)) candidates.Add(date, cause);
            }

            foreach (var change in LaterChanges(frame, until)) Add(change.Date, change.Describe());
            AddLaterEvents(frame, Add);
            // Without as_of in its conditions, no comparison of the clause turns on a date: no need to look for one.
            var comparesAsOf = frame.Program.RemediationCache.ComparesAsOf(clause);
            if (comparesAsOf) AddComparisons(frame, clause, now, Add);
            if (candidates.Count == 0) return null;

            var tried = new HashSet<CalendarDate>();
            while (tried.Count < MaxDatesTried)
            {
                var next = candidates.Keys.FirstOrDefault(d => !tried.Contains(d));
                if (!tried.Add(next) || next == default) return null;
                var later = At(frame, next);
                var then = later.GetOutcome(clause.Index);
                var changed = now == ClauseOutcome.Fail ? then == ClauseOutcome.Pass || then == ClauseOutcome.NotApplicable : then == ClauseOutcome.Fail;
                if (changed) return new ClauseOutlook(now, then, next, candidates[next]);
                // What the clause compares the date with may itself have moved (a state entered later, say).
                if (comparesAsOf) AddComparisons(later, clause, now, Add);
            }
            return null;
        }

        /// <summary>
        /// The lifecycles' state changes after the as-of date up to the horizon, from a replay to the horizon; a lifecycle
        /// that replays alike to any date and is in a state nothing leaves has none, and is not replayed again.
        /// </summary>
        private static IReadOnlyList<ProjectedChange> LaterChanges(Frame frame, CalendarDate until)
        {
            var shortcuts = frame.Program.RemediationCache;
            List<LifecycleSymbol>? moving = null;
            foreach (var lifecycle in frame.Program.Bound.Lifecycles)
            {
                var now = RecordEvaluation.Replay(frame, lifecycle).Result;
                if (now is null || !shortcuts.StaysIn(lifecycle, now.State)) (moving ??= new List<LifecycleSymbol>()).Add(lifecycle);
            }
            if (moving is null) return Array.Empty<ProjectedChange>();
            var later = At(frame, until);
            return LifecycleChanges.Changes(moving.Select(l => RecordEvaluation.Replay(later, l)), frame.AsOf);
        }

        private static Frame At(Frame frame, CalendarDate date) => new Frame(frame.Program, frame.Record, date, frame.Parameters);

        /// <summary>The dates on which a comparison of the clause's conditions with <c>as_of</c> turns the way that changes the verdict.</summary>
        private static void AddComparisons(Frame frame, ClauseSymbol clause, ClauseOutcome now, Action<CalendarDate, string> add)
        {
            var body = frame.Program.Bound.ClauseBodies[clause];
            var conditions = new List<(Binding.BoundExpression Condition, bool Wanted)> { (body.Requirement, now == ClauseOutcome.Fail) };
            if (now == ClauseOutcome.Fail)
            {
                if (body.AppliesWhen != null) conditions.Add((body.AppliesWhen, false));
                conditions.AddRange(body.Exceptions.Select(e => (e, true)));
            }
            foreach (var (condition, wanted) in conditions)
            {
                foreach (var (date, comparison, becomes) in RemedyFinder.TimeBoundaries(frame, clause.Source, condition, wanted))
                    add(date, $"'{comparison}' becomes {(becomes ? "true" : "false")}");
            }
        }

        /// <summary>The events the record holds dated after the as-of date, which count once the date reaches them.</summary>
        private static void AddLaterEvents(Frame frame, Action<CalendarDate, string> add)
        {
            foreach (var field in frame.Record.Type.Fields)
            {
                if (!(field.Type is HistoryType) || !(frame.Record[field.Index] is object?[] events)) continue;
                foreach (var item in events)
                {
                    if (!(item is RecordValue @event)) continue;
                    var date = CompiledLifecycle.EventDate(@event);
                    if (date > frame.AsOf) add(date, $"the {@event.Type.Name} event of {date} counts");
                }
            }
        }
    }
}
