using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>Finds definitions that depend on themselves, and parameters or definitions nothing uses.</summary>
    internal sealed class DependencyChecker
    {
        private readonly PolicyDeclarations _symbols;
        private readonly Dictionary<object, HashSet<object>> _dependencies;
        private readonly DiagnosticBag _diagnostics;

        public DependencyChecker(
            PolicyDeclarations symbols,
            Dictionary<object, HashSet<object>> dependencies,
            DiagnosticBag diagnostics)
        {
            _symbols = symbols;
            _dependencies = dependencies;
            _diagnostics = diagnostics;
        }

        public void Check()
        {
            ReportCycles();
            ReportUnused();
        }

        private void ReportCycles()
        {
            var done = new HashSet<object>();
            var path = new List<object>();
            var onPath = new HashSet<object>();
            foreach (var start in _dependencies.Keys.OrderBy(Order)) Visit(start, done, path, onPath);
        }

        private void Visit(object node, HashSet<object> done, List<object> path, HashSet<object> onPath)
        {
            if (done.Contains(node)) return;
            if (onPath.Contains(node))
            {
                var cycle = path.Skip(path.IndexOf(node)).Concat(new[] { node }).Select(PolicyDeclarations.Describe).ToList();
                var first = cycle[0];
                _diagnostics.Report(first.Source, first.Location.Span,
                    DiagnosticMessages.CircularDefinition(first.Name, string.Join(" -> ", cycle.Select(s => s.Name))));
                return;
            }
            path.Add(node);
            onPath.Add(node);
            if (_dependencies.TryGetValue(node, out var next))
            {
                foreach (var dependency in next.OrderBy(Order)) Visit(dependency, done, path, onPath);
            }
            path.RemoveAt(path.Count - 1);
            onPath.Remove(node);
            done.Add(node);
        }

        private void ReportUnused()
        {
            var used = new HashSet<object>(_dependencies.Values.SelectMany(d => d));
            foreach (var parameter in _symbols.Parameters.Where(p => !used.Contains(p)))
                _diagnostics.Report(parameter.Source, parameter.Location.Span, DiagnosticMessages.UnusedParameter(parameter.Name));
            foreach (var let in _symbols.Lets.Where(l => !used.Contains(l)))
                _diagnostics.Report(let.Source, let.Location.Span, DiagnosticMessages.UnusedDefinition("Let", let.Name));
            foreach (var lookup in _symbols.Lookups.Where(l => !used.Contains(l)))
                _diagnostics.Report(lookup.Source, lookup.Location.Span, DiagnosticMessages.UnusedDefinition(lookup.IsTiers ? "Tiers" : "Table", lookup.Name));
        }

        // Visit in source order so that the reported cycle starts at the first declaration, whatever the hash order.
        private static string Order(object symbol)
        {
            var location = PolicyDeclarations.Describe(symbol).Location;
            return location.Path + "\0" + location.Span.Start.ToString("D10", CultureInfo.InvariantCulture);
        }
    }
}
