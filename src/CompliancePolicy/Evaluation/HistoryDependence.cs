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
        /// <summary>For each symbol, whether its value reads the history; <paramref name="values"/> holds every let's and decision's value.</summary>
        public static bool[] Of(IReadOnlyList<ValueSymbol> symbols, IReadOnlyDictionary<ValueSymbol, BoundExpression> values) =>
            symbols.Select(s => ReadsHistory(s, values, new HashSet<ValueSymbol>())).ToArray();

        private static bool ReadsHistory(ValueSymbol symbol, IReadOnlyDictionary<ValueSymbol, BoundExpression> values, HashSet<ValueSymbol> visited) =>
            visited.Add(symbol) && values.TryGetValue(symbol, out var value) && ReadsHistory(value, values, visited);

        private static bool ReadsHistory(BoundExpression expression, IReadOnlyDictionary<ValueSymbol, BoundExpression> values, HashSet<ValueSymbol> visited)
        {
            switch (expression)
            {
                case BoundHistory _:
                case BoundStreak _:
                    return true;
                case BoundValueReference reference:
                    return ReadsHistory(reference.Symbol, values, visited);
                default:
                    return BoundTree.Children(expression).Any(c => ReadsHistory(c, values, visited));
            }
        }
    }
}
