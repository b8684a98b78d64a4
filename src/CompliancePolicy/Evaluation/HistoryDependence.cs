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
        public static bool[] Of(IReadOnlyList<ValueSymbol> symbols, IReadOnlyDictionary<ValueSymbol, BoundExpression> values)
        {
            var reads = new ReadsHistory(values);
            return symbols.Select(reads.Value).ToArray();
        }

        /// <summary>Whether an expression reads the history, directly or through the lets and decisions it reads.</summary>
        private sealed class ReadsHistory : BoundTreeVisitor<bool>
        {
            private readonly IReadOnlyDictionary<ValueSymbol, BoundExpression> _values;
            private readonly HashSet<ValueSymbol> _visited = new HashSet<ValueSymbol>();

            public ReadsHistory(IReadOnlyDictionary<ValueSymbol, BoundExpression> values) => _values = values;

            /// <summary>A symbol met again (in a cycle, or already followed for this symbol) adds nothing new.</summary>
            public bool Value(ValueSymbol symbol)
            {
                _visited.Clear();
                return Reads(symbol);
            }

            protected override bool DefaultVisit(BoundExpression node) => BoundTree.Children(node).Any(Visit);
            protected override bool VisitHistory(BoundHistory node) => true;
            protected override bool VisitStreak(BoundStreak node) => true;
            protected override bool VisitValueReference(BoundValueReference node) => Reads(node.Symbol);

            private bool Reads(ValueSymbol symbol) => _visited.Add(symbol) && _values.TryGetValue(symbol, out var value) && Visit(value);
        }
    }
}
