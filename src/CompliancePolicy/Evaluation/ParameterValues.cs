using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Evaluation
{
    /// <summary>The parameter values of one evaluation run: the policy's defaults, with any overrides applied.</summary>
    public sealed class ParameterValues
    {
        internal ParameterValues(IReadOnlyList<ParameterSymbol> parameters, object?[] values, IReadOnlyCollection<string> overridden)
        {
            Parameters = parameters;
            Values = values;
            Overridden = overridden;
        }

        public IReadOnlyList<ParameterSymbol> Parameters { get; }
        internal object?[] Values { get; }

        /// <summary>The names of the parameters whose default was overridden.</summary>
        public IReadOnlyCollection<string> Overridden { get; }

        public object? this[string name] => Parameters.FirstOrDefault(p => p.Name == name) is { } p ? Values[p.Index] : null;

        /// <summary>Each parameter with its value, in declaration order.</summary>
        public IEnumerable<KeyValuePair<ParameterSymbol, object?>> Entries =>
            Parameters.Select(p => new KeyValuePair<ParameterSymbol, object?>(p, Values[p.Index]));
    }
}
