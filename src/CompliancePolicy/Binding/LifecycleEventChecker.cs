using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// No event is dropped without a word: each event type of the history, in each reachable non-final state, is
    /// taken by a transition, restarts a deadline of the state (<c>since last E</c>), or is declared ignored with a
    /// reason (CP4009 otherwise); and each <c>ignore</c> declaration silences something (CP4012 otherwise).
    /// </summary>
    internal sealed class LifecycleEventChecker
    {
        private readonly LifecycleContext _context;

        public LifecycleEventChecker(LifecycleContext context) => _context = context;

        public void Check(HashSet<LifecycleState> reachable)
        {
            var eventTypes = _context.Symbols.History?.EventTypes ?? default;
            if (eventTypes.IsDefaultOrEmpty) return;
            foreach (var state in _context.LiveStates(reachable))
            {
                var declaration = _context.StateDeclaration(state);
                foreach (var eventType in eventTypes)
                {
                    if (TakenBy(state, eventType) != null || Restarts(state, eventType) || _context.Lifecycle.IgnoreOf(state, eventType) != null) continue;
                    // The event's declaration is a related location: the place the message names, and where the fixes read its name.
                    _context.Report(declaration.Name.Span,
                        DiagnosticMessages.EventIgnored(eventType.Name, state.Name, _context.Lifecycle.Name, _context.Symbols.TypeLocations.TryGetValue(eventType.Name, out var location) ? location : null));
                }
            }
            CheckIgnores();
        }

        /// <summary>The first transition that fires on the event in the state (whether its condition holds or not), or null.</summary>
        public static LifecycleTransition? TakenBy(LifecycleSymbol lifecycle, LifecycleState state, RecordType eventType) =>
            lifecycle.Transitions.FirstOrDefault(t => t.EventType == eventType && t.Leaves(state));

        private LifecycleTransition? TakenBy(LifecycleState state, RecordType eventType) => TakenBy(_context.Lifecycle, state, eventType);

        /// <summary>Whether a deadline of the state, or a deadline transition leaving it, is measured from the last such event.</summary>
        private bool Restarts(LifecycleState state, RecordType eventType) =>
            _context.Lifecycle.Transitions.Any(t => t.IsDeadline && t.Leaves(state) && t.AnchorEvents.Contains(eventType))
            || _context.Lifecycle.Deadlines.Any(d => d.State == state && d.AnchorEvents.Contains(eventType));

        private void CheckIgnores()
        {
            var declared = new Dictionary<(LifecycleState, object), IgnoreSyntax>();
            foreach (var ignore in _context.Lifecycle.Ignores)
            {
                var syntax = ignore.Syntax;
                foreach (var eventType in ignore.EventTypes)
                {
                    var subject = Subject(syntax, eventType.Name);
                    var effective = ignore.States.Where(s => !s.IsFinal && TakenBy(s, eventType) == null).ToList();
                    if (syntax.States.IsAny)
                    {
                        if (effective.Count == 0) NoEffect(subject, syntax.States.Describe(), $"a transition takes {eventType.Name} in every state 'any' names");
                        continue;
                    }
                    foreach (var state in ignore.States)
                    {
                        if (TakenBy(state, eventType) is { } transition)
                            NoEffect(subject, state.Name, $"transition '{transition.Id}' takes {eventType.Name} in '{state.Name}'");
                        else if (!state.IsFinal)
                            Once(declared, (state, eventType), syntax, subject, state.Name);
                    }
                }
                foreach (var deadline in ignore.Deadlines)
                {
                    var subject = Subject(syntax, deadline.Id);
                    if (syntax.States.IsAny)
                    {
                        if (ignore.States.All(deadline.Leaves)) NoEffect(subject, syntax.States.Describe(), $"'{deadline.Id}' applies in every state 'any' names");
                        continue;
                    }
                    foreach (var state in ignore.States)
                    {
                        if (deadline.Leaves(state)) NoEffect(subject, state.Name, $"'{deadline.Id}' applies in '{state.Name}'");
                        else if (!state.IsFinal) Once(declared, (state, deadline), syntax, subject, state.Name);
                    }
                }
                if (!syntax.States.IsAny)
                {
                    foreach (var state in ignore.States.Where(s => s.IsFinal))
                    {
                        var name = syntax.States.States.First(n => n.Text == state.Name);
                        _context.Report(name.Span,
                            DiagnosticMessages.IgnoreWithoutEffect(Subjects(syntax), state.Name, $"'{state.Name}' is a final state: every event is ignored there and no deadline applies"));
                    }
                }
            }
        }

        /// <summary>A pair said twice by explicit declarations: the later one is reported.</summary>
        private void Once(Dictionary<(LifecycleState, object), IgnoreSyntax> declared, (LifecycleState State, object Subject) pair, IgnoreSyntax syntax,
            NameSyntax subject, string state)
        {
            if (declared.TryGetValue(pair, out var first))
            {
                if (!ReferenceEquals(first, syntax))
                    NoEffect(subject, state, $"it is already declared on line {_context.Source.GetPosition(first.Span.Start).Line}");
                return;
            }
            declared[pair] = syntax;
        }

        private void NoEffect(NameSyntax subject, string state, string reason) =>
            _context.Report(subject.Span, DiagnosticMessages.IgnoreWithoutEffect(subject.Text, state, reason));

        private static NameSyntax Subject(IgnoreSyntax syntax, string name) => syntax.Subjects.First(s => s.Text == name);

        private static string Subjects(IgnoreSyntax syntax) => string.Join(", ", syntax.Subjects.Select(s => s.Text));
    }
}
