using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Checks a lifecycle as a state machine: every state reachable, every non-final state has a way out, no
    /// transition that can never fire, and no two transitions competing for the same event or day without priorities;
    /// then what happens to each event in each state (<see cref="LifecycleEventChecker"/>) and whether its deadlines can
    /// be met (<see cref="LifecycleDeadlineChecker"/>).
    /// </summary>
    internal sealed class LifecycleShapeChecker
    {
        private readonly LifecycleContext _context;

        public LifecycleShapeChecker(LifecycleContext context) => _context = context;

        public void Check()
        {
            if (_context.Lifecycle.Initial is null) return;
            var reachable = Reachable();
            foreach (var state in _context.Lifecycle.States)
            {
                var syntax = _context.StateDeclaration(state);
                if (!reachable.Contains(state))
                    _context.Report(syntax.Name.Span, DiagnosticMessages.UnreachableState(state.Name, _context.Lifecycle.Name));
                else if (!state.IsFinal && !_context.Lifecycle.Transitions.Any(t => t.Leaves(state)))
                    _context.Report(syntax.Name.Span, DiagnosticMessages.StateWithoutExit(state.Name, _context.Lifecycle.Name));
            }

            foreach (var transition in _context.Lifecycle.Transitions) ReportNeverFires(transition, reachable);
            ReportCompetingTransitions();
            new LifecycleEventChecker(_context).Check(reachable);
            new LifecycleDeadlineChecker(_context).Check(reachable);
        }

        private HashSet<LifecycleState> Reachable()
        {
            var reachable = new HashSet<LifecycleState> { _context.Lifecycle.Initial! };
            var queue = new Queue<LifecycleState>(reachable);
            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                foreach (var transition in _context.Lifecycle.Transitions.Where(t => t.Leaves(state) && !state.IsFinal && !IsAlwaysFalse(t)))
                {
                    if (reachable.Add(transition.To)) queue.Enqueue(transition.To);
                }
            }
            return reachable;
        }

        private bool IsAlwaysFalse(LifecycleTransition transition) =>
            _context.Body.Transitions[transition].Condition is BoundLiteral literal && literal.Value is bool holds && !holds;

        /// <summary>
        /// CP4003 for a transition that can fire in none of its states (at its ID), and for each final state it names
        /// (at the name: it may still fire in the others).
        /// </summary>
        private void ReportNeverFires(LifecycleTransition transition, HashSet<LifecycleState> reachable)
        {
            var sources = transition.Sources;
            string? reason = null;
            if (sources.IsEmpty && transition.Syntax.Sources.IsAny)
                reason = $"'any' names no state here: every state but '{transition.To.Name}' is final or excepted";
            else if (IsAlwaysFalse(transition))
                reason = "its condition is always false";
            else if (!sources.IsEmpty && sources.All(s => !s.IsFinal && !reachable.Contains(s)))
                reason = sources.Length == 1 ? $"its source state '{sources[0].Name}' can never be reached" : $"none of its states ({Names(sources)}) can ever be reached";
            if (reason != null)
            {
                _context.Report(transition.Syntax.Id.Span, DiagnosticMessages.TransitionNeverFires(transition.Id, reason));
                return;
            }
            foreach (var state in sources.Where(s => s.IsFinal))
                _context.Report(LifecycleContext.SourceSpan(transition, state), DiagnosticMessages.TransitionNeverFires(transition.Id, $"it leaves '{state.Name}', a final state"));
        }

        private void ReportCompetingTransitions()
        {
            foreach (var state in _context.Lifecycle.States.Where(s => !s.IsFinal))
            {
                var groups = _context.Lifecycle.Transitions.Where(t => t.Leaves(state)).GroupBy(t => t.EventType?.Name ?? "\0deadline");
                foreach (var group in groups)
                {
                    var list = group.ToList();
                    for (var i = 0; i < list.Count; i++)
                    {
                        for (var j = i + 1; j < list.Count; j++)
                        {
                            var (a, b) = (list[i], list[j]);
                            if (a.Priority != null && b.Priority != null && a.Priority != b.Priority) continue;
                            var when = a.EventType != null ? $"on the same {a.EventType.Name} event" : "on the same day";
                            _context.Report(b.Syntax.Id.Span, DiagnosticMessages.AmbiguousTransitions(a.Id, b.Id, state.Name, when));
                        }
                    }
                }
            }
        }

        public static string Names(IEnumerable<LifecycleState> states) => string.Join(", ", states.Select(s => s.Name));
    }
}
