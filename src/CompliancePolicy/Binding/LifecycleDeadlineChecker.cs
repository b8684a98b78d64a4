using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// What can be decided about deadline transitions before any record is read: one that a shorter one always beats
    /// in a state (CP4010), and a validity end that a state can outlive (CP4011). Only durations written as literals
    /// are compared: a parameter may be overridden for a run (<c>--param</c>), so a comparison with one is not decided.
    /// </summary>
    internal sealed class LifecycleDeadlineChecker
    {
        private readonly LifecycleContext _context;

        public LifecycleDeadlineChecker(LifecycleContext context) => _context = context;

        public void Check(HashSet<LifecycleState> reachable)
        {
            var deadlines = _context.Lifecycle.Transitions.Where(t => t.IsDeadline).ToList();
            foreach (var state in _context.LiveStates(reachable))
            {
                var leaving = deadlines.Where(t => t.Leaves(state)).ToList();
                foreach (var transition in leaving)
                {
                    var first = leaving.FirstOrDefault(other => other != transition && AlwaysFiresFirst(other, transition));
                    if (first is null) continue;
                    _context.Report(LifecycleContext.SourceSpan(transition, state),
                        DiagnosticMessages.DeadlinePreempted(transition.Id, state.Name, first.Id, Describe(first), _context.Source.GetLocation(first.Syntax.Id.Span)));
                }
            }
            foreach (var validity in deadlines.Where(IsValidityEnd)) ReportOutlivingStates(validity, reachable);
        }

        /// <summary>
        /// A validity end: a deadline transition into a final state measured from <c>start</c> or from the last of some
        /// events, a date that does not move when the record changes state.
        /// </summary>
        public static bool IsValidityEnd(LifecycleTransition transition) =>
            transition.IsDeadline && transition.To.IsFinal && transition.Anchor != AnchorKind.Entering;

        /// <summary>
        /// Every non-final state a record can enter after one of the validity's states (following any transition) that
        /// is not among them, unless an <c>ignore</c> declaration says so on purpose.
        /// </summary>
        private void ReportOutlivingStates(LifecycleTransition validity, HashSet<LifecycleState> reachable)
        {
            var enteredFrom = new Dictionary<LifecycleState, LifecycleState>();
            var queue = new Queue<LifecycleState>(validity.Sources.Where(s => !s.IsFinal));
            var seen = new HashSet<LifecycleState>(queue);
            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                foreach (var next in _context.Lifecycle.Transitions.Where(t => t.Leaves(state)).Select(t => t.To))
                {
                    if (next.IsFinal || !seen.Add(next)) continue;
                    enteredFrom[next] = state;
                    queue.Enqueue(next);
                }
            }
            foreach (var state in _context.Lifecycle.States.Where(s => enteredFrom.ContainsKey(s) && reachable.Contains(s) && !validity.Leaves(s)))
            {
                if (_context.Lifecycle.Ignores.Any(i => i.States.Contains(state) && i.Deadlines.Contains(validity))) continue;
                var declaration = _context.StateDeclaration(state);
                _context.Report(declaration.Name.Span,
                    DiagnosticMessages.ValidityOutlived(state.Name, validity.Id, Describe(validity), enteredFrom[state].Name, _context.Source.GetLocation(validity.Syntax.Id.Span)));
            }
        }

        /// <summary>
        /// Whether <paramref name="first"/> (with no condition) always fires before <paramref name="later"/> in a state
        /// both leave: both measured from the same fixed date, or <paramref name="first"/> from the start and
        /// <paramref name="later"/> from entering, with a strictly shorter literal duration. Measured from a fixed date,
        /// both may already have passed on entering, when they tie and the order of firing decides.
        /// </summary>
        private bool AlwaysFiresFirst(LifecycleTransition first, LifecycleTransition later)
        {
            if (_context.Body.Transitions[first].Condition != null) return false;
            if (!(Literal(first) is { } a) || !(Literal(later) is { } b) || !IsShorter(a, b)) return false;
            if (first.Anchor == AnchorKind.Entering && later.Anchor == AnchorKind.Entering) return true;
            if (first.Anchor == AnchorKind.Start && later.Anchor == AnchorKind.Entering) return true;
            var sameFixedDate = first.Anchor == later.Anchor
                && (first.Anchor == AnchorKind.Start || new HashSet<RecordType>(first.AnchorEvents).SetEquals(later.AnchorEvents));
            return sameFixedDate && FiresFirstOnTies(first, later);
        }

        /// <summary>The replay's order among transitions due the same day: lower priority number, then declaration order.</summary>
        private static bool FiresFirstOnTies(LifecycleTransition first, LifecycleTransition later) =>
            (first.Priority ?? int.MaxValue, first.Order).CompareTo((later.Priority ?? int.MaxValue, later.Order)) < 0;

        private Duration? Literal(LifecycleTransition transition) =>
            _context.Body.Transitions[transition].Duration is BoundLiteral literal && literal.Value is Duration duration ? duration : (Duration?)null;

        /// <summary>Strictly shorter, for two non-negative durations counted in one unit (months, or days).</summary>
        private static bool IsShorter(Duration a, Duration b)
        {
            if (a.Months < 0 || a.Days < 0 || b.Months < 0 || b.Days < 0) return false;
            var oneUnit = (a.Months == 0 && b.Months == 0) || (a.Days == 0 && b.Days == 0);
            return oneUnit && a.CompareInOneUnit(b) < 0;
        }

        /// <summary>"after 3 years since start", as the transition says it.</summary>
        private string Describe(LifecycleTransition transition)
        {
            var trigger = (DeadlineTriggerSyntax)transition.Syntax.Trigger;
            return "after " + _context.Source.ToString(trigger.Duration.Span) + " since " + _context.Source.ToString(trigger.Anchor.Span);
        }
    }
}
