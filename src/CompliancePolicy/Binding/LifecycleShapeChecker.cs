using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Checks a lifecycle as a state machine: every state reachable, every non-final state has a way out, no
    /// transition that can never fire, and no two transitions competing for the same event or day without priorities.
    /// </summary>
    internal sealed class LifecycleShapeChecker
    {
        private readonly LifecycleSymbol _lifecycle;
        private readonly BoundLifecycleBody _body;
        private readonly DiagnosticBag _diagnostics;
        private readonly SourceText _source;

        public LifecycleShapeChecker(LifecycleSymbol lifecycle, BoundLifecycleBody body, DiagnosticBag diagnostics, SourceText source)
        {
            _lifecycle = lifecycle;
            _body = body;
            _diagnostics = diagnostics;
            _source = source;
        }

        public void Check()
        {
            if (_lifecycle.Initial is null) return;
            var reachable = Reachable();
            foreach (var state in _lifecycle.States)
            {
                var syntax = _lifecycle.Syntax.States.First(s => s.Name.Text == state.Name);
                if (!reachable.Contains(state))
                    _diagnostics.Report(_source, syntax.Name.Span, DiagnosticMessages.UnreachableState(state.Name, _lifecycle.Name));
                else if (!state.IsFinal && _lifecycle.Transitions.All(t => t.From != state))
                    _diagnostics.Report(_source, syntax.Name.Span, DiagnosticMessages.StateWithoutExit(state.Name, _lifecycle.Name));
            }

            foreach (var transition in _lifecycle.Transitions)
            {
                var reason = NeverFires(transition, reachable);
                if (reason != null)
                    _diagnostics.Report(_source, transition.Syntax.Id.Span, DiagnosticMessages.TransitionNeverFires(transition.Id, reason));
            }
            ReportCompetingTransitions();
        }

        private HashSet<LifecycleState> Reachable()
        {
            var reachable = new HashSet<LifecycleState> { _lifecycle.Initial! };
            var queue = new Queue<LifecycleState>(reachable);
            while (queue.Count > 0)
            {
                var state = queue.Dequeue();
                foreach (var transition in _lifecycle.Transitions.Where(t => t.From == state && NeverFires(t, null) is null))
                {
                    if (reachable.Add(transition.To)) queue.Enqueue(transition.To);
                }
            }
            return reachable;
        }

        /// <summary>Why a transition can never fire, or null. With no reachable set, only the local reasons are checked.</summary>
        private string? NeverFires(LifecycleTransition transition, HashSet<LifecycleState>? reachable)
        {
            if (transition.From.IsFinal) return $"it leaves '{transition.From.Name}', a final state";
            if (_body.Transitions[transition].Condition is BoundLiteral literal && literal.Value is bool holds && !holds) return "its condition is always false";
            if (reachable != null && !reachable.Contains(transition.From)) return $"its source state '{transition.From.Name}' can never be reached";
            return null;
        }

        private void ReportCompetingTransitions()
        {
            var groups = _lifecycle.Transitions
                .Where(t => !t.From.IsFinal)
                .GroupBy(t => (t.From, Trigger: t.EventType?.Name ?? "\0deadline"));
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
                        _diagnostics.Report(_source, b.Syntax.Id.Span, DiagnosticMessages.AmbiguousTransitions(a.Id, b.Id, a.From.Name, when));
                    }
                }
            }
        }
    }
}
