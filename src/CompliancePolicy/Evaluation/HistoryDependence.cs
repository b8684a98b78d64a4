using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Which lets and decisions read the event history, directly or through other lets and decisions. While a
    /// lifecycle replays, <c>history(E)</c> means "the events so far", so such values must not be cached then.
    /// </summary>
    internal static class HistoryDependence
    {
        public static bool[] Of(IReadOnlyList<ValueSymbol> symbols) => symbols.Select(s => ReadsHistory(s, new HashSet<ValueSymbol>())).ToArray();

        private static bool ReadsHistory(ValueSymbol symbol, HashSet<ValueSymbol> visited)
        {
            if (!visited.Add(symbol)) return false;
            var value = symbol is LetSymbol let ? let.Value : symbol is DecisionSymbol decision ? decision.Value : null;
            return value != null && ReadsHistory(value, visited);
        }

        private static bool ReadsHistory(BoundExpression expression, HashSet<ValueSymbol> visited)
        {
            switch (expression)
            {
                case BoundHistory _:
                case BoundStreak _:
                    return true;
                case BoundValueReference reference:
                    return ReadsHistory(reference.Symbol, visited);
                default:
                    return BoundTree.Children(expression).Any(c => ReadsHistory(c, visited));
            }
        }
    }
}
