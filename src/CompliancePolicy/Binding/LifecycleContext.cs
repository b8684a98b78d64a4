using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// What the checks of one lifecycle share (<see cref="LifecycleShapeChecker"/>, <see cref="LifecycleEventChecker"/>,
    /// <see cref="LifecycleDeadlineChecker"/>): the lifecycle, its bound body, the policy's declarations, and where
    /// problems are reported.
    /// </summary>
    internal sealed class LifecycleContext
    {
        private readonly DiagnosticBag _diagnostics;

        public LifecycleContext(LifecycleSymbol lifecycle, BoundLifecycleBody body, PolicyDeclarations symbols, DiagnosticBag diagnostics, SourceText source)
        {
            Lifecycle = lifecycle;
            Body = body;
            Symbols = symbols;
            _diagnostics = diagnostics;
            Source = source;
        }

        public LifecycleSymbol Lifecycle { get; }
        public BoundLifecycleBody Body { get; }
        public PolicyDeclarations Symbols { get; }
        public SourceText Source { get; }

        public void Report(TextSpan span, DiagnosticMessage message) => _diagnostics.Report(Source, span, message);

        /// <summary>The states a record can reach and stay in (not final): where events and deadlines matter.</summary>
        public IEnumerable<LifecycleState> LiveStates(HashSet<LifecycleState> reachable) => Lifecycle.States.Where(s => !s.IsFinal && reachable.Contains(s));

        /// <summary>Where a state is declared.</summary>
        public StateSyntax StateDeclaration(LifecycleState state) => Lifecycle.Syntax.States.First(s => s.Name.Text == state.Name);

        /// <summary>Where a transition names a source state: the name in its list, or its ID when the state comes from <c>any</c>.</summary>
        public static TextSpan SourceSpan(LifecycleTransition transition, LifecycleState state) =>
            transition.Syntax.Sources.States.FirstOrDefault(n => n.Text == state.Name)?.Span ?? transition.Syntax.Id.Span;
    }
}
