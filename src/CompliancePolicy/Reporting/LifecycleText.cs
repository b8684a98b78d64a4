using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// How every report writes a lifecycle's result in a few words: the state and since when, and the next pending
    /// deadline with what happens if it is missed. One place, so the text, Markdown, JUnit and SARIF reports agree.
    /// </summary>
    internal static class LifecycleText
    {
        /// <summary>"terminated since 2026-10-02 (final)"; "error: ..." when the lifecycle could not be replayed.</summary>
        public static string State(LifecycleOutcome outcome)
        {
            if (outcome.Result is not { } result) return "error: " + (outcome.Error ?? "the lifecycle could not be replayed");
            return $"{result.State.Name} since {result.Since}{(result.State.IsFinal ? " (final)" : string.Empty)}";
        }

        /// <summary>The earliest pending deadline (an overdue one first), or null when there is none or the replay failed.</summary>
        public static PendingDeadline? Next(LifecycleOutcome outcome) => outcome.Result?.PendingDeadlines.FirstOrDefault();

        /// <summary>True for a deadline transition (the state changes the day after <see cref="PendingDeadline.Due"/>),
        /// false for a state's own deadline (it changes nothing by itself).</summary>
        public static bool IsTransition(LifecycleSymbol lifecycle, PendingDeadline deadline) =>
            lifecycle.Transitions.Any(t => t.IsDeadline && t.Id == deadline.Id);

        /// <summary>What happens when the deadline is missed: "suspended from 2027-02-02", or "nothing by itself (a
        /// deadline of the state)".</summary>
        public static string Consequence(LifecycleSymbol lifecycle, PendingDeadline deadline) =>
            IsTransition(lifecycle, deadline)
                ? $"{deadline.Effect} from {deadline.Due.AddDays(1)}"
                : "nothing by itself (a deadline of the state)";

        /// <summary>'E-1 Validity of 3 years over', or 'E-1' for a transition without a title.</summary>
        public static string Name(LifecycleTransition transition) => Name(transition.Id, transition.Title);

        /// <summary>'D-1 Next annual audit', or 'E-1' for an untitled deadline transition (never 'E-1 E-1').</summary>
        public static string Name(PendingDeadline deadline) => Name(deadline.Id, deadline.HasTitle ? deadline.Title : null);

        private static string Name(string id, string? title) => title is null ? id : $"{id} {title}";

        /// <summary>'A-1 "Annual audit not done in time" by 2027-02-01, else suspended from 2027-02-02', or
        /// 'D-1 "Next annual audit" due 2027-02-01 (overdue)'.</summary>
        public static string Deadline(LifecycleSymbol lifecycle, PendingDeadline deadline)
        {
            var name = deadline.HasTitle ? $"{deadline.Id} \"{deadline.Title}\"" : deadline.Id;
            if (IsTransition(lifecycle, deadline)) return $"{name} by {deadline.Due}, else {deadline.Effect} from {deadline.Due.AddDays(1)}";
            return $"{name} due {deadline.Due}{(deadline.IsOverdue ? " (overdue)" : string.Empty)}";
        }

        /// <summary>One line per lifecycle: 'certificate: active since 2026-02-01; next: D-1 "Next annual audit" due 2027-02-01',
        /// with '; 2 events ignored' when the replay ignored some.</summary>
        public static string Summary(LifecycleOutcome outcome)
        {
            var text = $"{outcome.Lifecycle.Name}: {State(outcome)}";
            if (outcome.IsError) return text;
            var next = Next(outcome);
            if (next != null) text = $"{text}; next: {Deadline(outcome.Lifecycle, next)}";
            else if (!outcome.Result!.State.IsFinal) text += "; no pending deadline";
            var ignored = outcome.Result!.IgnoredEvents.Count;
            return ignored == 0 ? text : $"{text}; {(ignored == 1 ? "1 event" : $"{ignored} events")} ignored";
        }

        /// <summary>'FeesUnpaid on 2026-03-01 in rectifying: declared: already suspended' (before the start: 'before the start').</summary>
        public static string Ignored(IgnoredEvent ignored)
        {
            var state = ignored.State is null ? "before the start" : "in " + ignored.State.Name;
            var restarts = ignored.Restarts.IsEmpty || ignored.Reason == IgnoredEventReason.RestartsDeadlines
                ? string.Empty
                : $" (restarted {string.Join(", ", ignored.Restarts)})";
            return $"{ignored.EventType.Name} on {ignored.Date} {state}: {ignored.Explanation}{restarts}";
        }

        /// <summary>The state an ignored event met, for a table cell: its name, or '(before the start)'.</summary>
        public static string StateMet(IgnoredEvent ignored) => ignored.State?.Name ?? "(before the start)";

        /// <summary>The name every report gives a reason: <c>no-transition</c>, <c>declared</c>, <c>restarts-deadlines</c>, <c>condition-false</c>, <c>final-state</c>, <c>before-start</c>.</summary>
        public static string ReasonName(IgnoredEventReason reason) => reason switch
        {
            IgnoredEventReason.NoTransition => "no-transition",
            IgnoredEventReason.Declared => "declared",
            IgnoredEventReason.RestartsDeadlines => "restarts-deadlines",
            IgnoredEventReason.ConditionFalse => "condition-false",
            IgnoredEventReason.FinalState => "final-state",
            IgnoredEventReason.BeforeStart => "before-start",
            _ => throw new System.ArgumentOutOfRangeException(nameof(reason), reason, "Unknown reason"),
        };

        /// <summary>The whole result as plain lines (for JUnit's system-out): the state, each stretch of the timeline with
        /// its cause, transition and citations, the events ignored, the pending deadlines and the notes.</summary>
        public static IEnumerable<string> Lines(LifecycleOutcome outcome)
        {
            var title = outcome.Lifecycle.Title is null ? string.Empty : $" \"{outcome.Lifecycle.Title}\"";
            yield return $"lifecycle {outcome.Lifecycle.Name}{title}: {State(outcome)}";
            if (outcome.Result is not { } result) yield break;
            foreach (var entry in result.Timeline)
            {
                var transition = entry.Transition is null ? string.Empty : entry.Transition.Id + " ";
                var citations = entry.Citations.Length == 0 ? string.Empty : $" [{string.Join("; ", entry.Citations)}]";
                yield return $"  {entry.State.Name} from {entry.From} to {(entry.To is { } to ? to.ToString() : "now")}: {transition}{entry.Cause}{citations}";
            }
            foreach (var ignored in result.IgnoredEvents) yield return "  ignored: " + Ignored(ignored);
            foreach (var deadline in result.PendingDeadlines)
            {
                var citations = deadline.Citations.Length == 0 ? string.Empty : $" [{string.Join("; ", deadline.Citations)}]";
                yield return $"  pending: {Deadline(outcome.Lifecycle, deadline)} ({deadline.MeasuredFrom}){citations}";
            }
            foreach (var note in result.Notes) yield return "  note: " + note;
        }
    }
}
