using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Finds every place durations are ordered (<c>&lt; &lt;= &gt; &gt;=</c>, <c>min</c>, <c>max</c>) and reports those
    /// whose durations may mix months and days (CP1021): <c>1 month &gt; 40 days</c> is true in some months and false
    /// in others. Notes which parameters an allowed ordering relies on, so an override cannot change their unit.
    /// </summary>
    internal sealed class DurationOrderChecker
    {
        private readonly BoundDeclarations _declarations;
        private readonly DiagnosticBag _diagnostics;
        private readonly DurationUnitsAnalysis _units;
        private readonly ImmutableDictionary<ParameterSymbol, DurationUnits>.Builder _ordered = ImmutableDictionary.CreateBuilder<ParameterSymbol, DurationUnits>();

        public DurationOrderChecker(BoundDeclarations declarations, DiagnosticBag diagnostics)
        {
            _declarations = declarations;
            _diagnostics = diagnostics;
            _units = new DurationUnitsAnalysis(declarations);
        }

        /// <summary>Reports what has no order; returns the duration parameters that are ordered, each with the one unit it is ordered in.</summary>
        public ImmutableDictionary<ParameterSymbol, DurationUnits> Check()
        {
            foreach (var (owner, root) in _declarations.Roots())
            {
                foreach (var node in BoundTree.DescendantsAndSelf(root))
                {
                    if (node is BoundBinary binary && BoundBinaryKinds.IsOrdering(binary.Kind) && binary.OperandType == TypeSymbol.Duration)
                        CheckPair(owner, node, binary.Left, binary.Right, Text(owner, ((BinaryExpressionSyntax)binary.Syntax).OperatorSpan));
                    else if (node is BoundCall call && node.Type == TypeSymbol.Duration)
                        CheckCall(owner, call);
                }
            }
            return _ordered.ToImmutable();
        }

        private void CheckCall(DeclarationSymbol owner, BoundCall call)
        {
            var name = ((CallExpressionSyntax)call.Syntax).Function.Text;
            switch (call.Function)
            {
                case BuiltinFunction.Min:
                case BuiltinFunction.Max:
                    CheckPair(owner, call, call.Arguments[0], call.Arguments[1], null);
                    break;
                case BuiltinFunction.MinOfList:
                case BuiltinFunction.MaxOfList:
                    var list = call.Arguments[0];
                    var (units, parameters) = _units.Of(list);
                    if (units == DurationUnits.Both)
                        Report(owner, call, $"the items of '{Text(owner, list)}' {units.Describe()}", $"{name}([start + x for x in {Text(owner, list)}])");
                    else
                        Note(parameters, units);
                    break;
            }
        }

        /// <summary><paramref name="op"/> is the operator of a comparison, or null for <c>min(a, b)</c> and <c>max(a, b)</c>.</summary>
        private void CheckPair(DeclarationSymbol owner, BoundExpression ordering, BoundExpression left, BoundExpression right, string? op)
        {
            var (leftUnits, leftParameters) = _units.Of(left);
            var (rightUnits, rightParameters) = _units.Of(right);
            var units = leftUnits | rightUnits;
            if (units != DurationUnits.Both)
            {
                Note(leftParameters.Union(rightParameters), units);
                return;
            }

            var (a, b) = (Text(owner, left), Text(owner, right));
            var reason = leftUnits != DurationUnits.Both && rightUnits != DurationUnits.Both
                ? $"'{a}' {leftUnits.Describe()} and '{b}' {rightUnits.Describe()}"
                : string.Join(" and ", new[] { (a, leftUnits), (b, rightUnits) }.Where(s => s.Item2 == DurationUnits.Both).Select(s => $"'{s.Item1}' {s.Item2.Describe()}"));
            var (startA, startB) = ("start + " + Operand(owner, left), "start + " + Operand(owner, right));
            var instead = op != null ? $"{startA} {op} {startB}" : $"{((CallExpressionSyntax)ordering.Syntax).Function.Text}({startA}, {startB})";
            Report(owner, ordering, reason, instead);
        }

        private void Note(ImmutableHashSet<ParameterSymbol> parameters, DurationUnits units)
        {
            foreach (var parameter in parameters)
                _ordered[parameter] = _ordered.TryGetValue(parameter, out var earlier) ? earlier | units : units;
        }

        private void Report(DeclarationSymbol owner, BoundExpression ordering, string reason, string instead) =>
            _diagnostics.Report(owner.Source, ordering.Syntax.Span, DiagnosticMessages.DurationsWithoutOrder(Text(owner, ordering), reason, instead));

        /// <summary>An operand as it reads after <c>start +</c>: in brackets unless it is a single term.</summary>
        private static string Operand(DeclarationSymbol owner, BoundExpression operand) =>
            operand.Syntax is BinaryExpressionSyntax || operand.Syntax is ConditionalExpressionSyntax ? $"({Text(owner, operand)})" : Text(owner, operand);

        private static string Text(DeclarationSymbol owner, BoundExpression expression) => Text(owner, expression.Syntax.Span);

        private static string Text(DeclarationSymbol owner, TextSpan span) => owner.Source.ToString(span);
    }
}
