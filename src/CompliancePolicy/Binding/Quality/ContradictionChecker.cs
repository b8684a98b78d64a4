using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding.Quality
{
    /// <summary>
    /// Finds conditions that can never be true (CP1110) and clauses whose <c>applies when</c> can never be true
    /// (CP1111): an <c>and</c> of comparisons of one term with constants whose ranges do not meet, such as
    /// <c>x &gt;= 5 and x &lt; 3</c> or <c>x = 1 and x = 2</c>. Runs after binding, over every bound expression.
    /// </summary>
    internal sealed class ContradictionChecker
    {
        private readonly BoundDeclarations _declarations;
        private readonly DiagnosticBag _diagnostics;

        public ContradictionChecker(BoundDeclarations declarations, DiagnosticBag diagnostics)
        {
            _declarations = declarations;
            _diagnostics = diagnostics;
        }

        /// <summary>Checks the conditions of lets, lookups, clauses and decisions (defaults are constants; lifecycles are checked by their shape).</summary>
        public void Check()
        {
            foreach (var (owner, root) in _declarations.Roots())
            {
                if (owner is ParameterSymbol || owner is LifecycleSymbol) continue;
                var appliesTo = owner is ClauseSymbol clause && _declarations.ClauseBodies[clause].AppliesWhen == root ? clause : null;
                Walk(root, owner.Source, appliesTo);
            }
        }

        /// <summary>
        /// Visits every sub-expression (iteratively: an <c>and</c> chain of thousands of terms is a deep tree).
        /// <paramref name="appliesTo"/> is the clause whose whole applicability condition <paramref name="root"/> is.
        /// </summary>
        private void Walk(BoundExpression root, SourceText source, ClauseSymbol? appliesTo)
        {
            if (appliesTo != null && root is BoundLiteral literal && literal.Value is bool value && !value)
            {
                _diagnostics.Report(source, root.Syntax.Span, DiagnosticMessages.ClauseNeverApplies(appliesTo.Id, "its condition is the constant 'false'"));
                return;
            }

            var stack = new Stack<(BoundExpression Node, bool CheckedAsConjunct)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, checkedAsConjunct) = stack.Pop();
                if (IsAnd(node))
                {
                    var conjuncts = Flatten(node);
                    CheckConjunction(conjuncts, source, node == root ? appliesTo : null);
                    for (var i = conjuncts.Count - 1; i >= 0; i--) stack.Push((conjuncts[i], true));
                    continue;
                }
                if (!checkedAsConjunct) CheckConjunction(new[] { node }, source, node == root ? appliesTo : null);
                foreach (var child in BoundTree.Children(node).Reverse()) stack.Push((child, false));
            }
        }

        private static bool IsAnd(BoundExpression node) => node is BoundBinary binary && binary.Kind == BoundBinaryKind.And;

        /// <summary>The operands of a chain of <c>and</c>, left to right.</summary>
        private static List<BoundExpression> Flatten(BoundExpression node)
        {
            var result = new List<BoundExpression>();
            var stack = new Stack<BoundExpression>();
            stack.Push(node);
            while (stack.Count > 0)
            {
                var current = stack.Pop();
                if (current is BoundBinary binary && binary.Kind == BoundBinaryKind.And)
                {
                    stack.Push(binary.Right);
                    stack.Push(binary.Left);
                }
                else
                {
                    result.Add(current);
                }
            }
            return result;
        }

        private void CheckConjunction(IReadOnlyList<BoundExpression> conjuncts, SourceText source, ClauseSymbol? appliesTo)
        {
            string TextOf(Syntax.ExpressionSyntax syntax) => source.ToString(syntax.Span);
            var atoms = conjuncts.Select(c => ComparisonAtom.From(c, TextOf)).Where(a => a != null).Select(a => a!).ToList();
            foreach (var group in atoms.GroupBy(a => a.TermKey))
            {
                var conflict = FindConflict(group.ToList());
                if (conflict is null) continue;
                Report(conflict, source, appliesTo);
                return; // one report per condition: the first contradiction is the one to fix
            }
        }

        /// <summary>The fewest atoms that cannot hold together: one, a pair, or the whole group; null when they can.</summary>
        private static IReadOnlyList<ComparisonAtom>? FindConflict(IReadOnlyList<ComparisonAtom> atoms)
        {
            if (ValueRange.Satisfiable(atoms, atoms[0].Discrete)) return null;
            foreach (var atom in atoms)
            {
                if (!ValueRange.Satisfiable(new[] { atom }, atom.Discrete)) return new[] { atom };
            }
            for (var i = 0; i < atoms.Count; i++)
            {
                for (var j = i + 1; j < atoms.Count; j++)
                {
                    var pair = new[] { atoms[i], atoms[j] };
                    if (!ValueRange.Satisfiable(pair, pair[0].Discrete)) return pair;
                }
            }
            return atoms;
        }

        private void Report(IReadOnlyList<ComparisonAtom> conflict, SourceText source, ClauseSymbol? appliesTo)
        {
            var span = TextSpan.FromBounds(conflict.Min(a => a.Syntax.Span.Start), conflict.Max(a => a.Syntax.Span.End));
            var condition = string.Join(" and ", conflict.Select(a => source.ToString(a.Syntax.Span)));
            var first = conflict[0];
            var reason = $"'{first.TermText}' would have to be {JoinAll(conflict.Select(a => a.Describe()).ToList())}";
            if (first.Discrete && ValueRange.Satisfiable(conflict, discrete: false)) reason += $", which no {first.ValueKind} is";
            if (appliesTo != null) _diagnostics.Report(source, span, DiagnosticMessages.ClauseNeverApplies(appliesTo.Id, reason));
            else _diagnostics.Report(source, span, DiagnosticMessages.ConditionNeverTrue(condition, reason));
        }

        private static string JoinAll(IReadOnlyList<string> parts) =>
            parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[parts.Count - 1];
    }
}
