using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// The language's built-in names as editor symbols: the functions of the binder's signature table, rounding modes,
    /// primitive types, a lifecycle's values and <c>as_of</c>.
    /// </summary>
    internal static class BuiltinSymbols
    {
        /// <summary>The built-in functions, from the binder's signature table, in its order; a name may have several signatures.</summary>
        public static IReadOnlyList<BuiltinFunctionInfo> Functions { get; } = BuiltinFunctions.Names
            .Select(name => new BuiltinFunctionInfo(name, BuiltinFunctions.Named(name)
                .Select(s => new SignatureText(s.Display, s.Parameters.Select(p => p.Name).ToArray(), s.Documentation, s.Returns))
                .ToArray()))
            .ToArray();

        /// <summary>The modes <c>round</c> takes as its third argument.</summary>
        public static IReadOnlyList<string> RoundingModes { get; } = BuiltinFunctions.RoundingModes.Keys.ToArray();

        /// <summary>The primitive types and <c>history</c>.</summary>
        public static IReadOnlyList<string> TypeNames { get; } = new[] { "bool", "int", "decimal", "text", "date", "duration", "history" };

        private static readonly Dictionary<string, EditorSymbol> FunctionSymbols = Functions.ToDictionary(
            f => f.Name, f => new EditorSymbol(EditorSymbolKind.Function, f.Name, null, null, null, null, () => f.ReturnType), StringComparer.Ordinal);

        private static readonly Dictionary<string, EditorSymbol> ModeSymbols = RoundingModes.ToDictionary(
            m => m, m => new EditorSymbol(EditorSymbolKind.RoundingMode, m, "round", null, null, null), StringComparer.Ordinal);

        private static readonly Dictionary<string, EditorSymbol> TypeSymbols = TypeNames.ToDictionary(
            t => t, t => new EditorSymbol(EditorSymbolKind.BuiltinType, t, null, null, null, null), StringComparer.Ordinal);

        /// <summary><c>as_of</c>: the date the evaluation is for.</summary>
        public static EditorSymbol AsOf { get; } = new EditorSymbol(EditorSymbolKind.AsOf, "as_of", null, null, null, null, () => EditorType.Date);

        /// <summary>What <c>lifecycle.state</c>, <c>.since</c> and <c>.started</c> read, by member name.</summary>
        public static IReadOnlyDictionary<string, string> LifecycleValues { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["state"] = "The lifecycle's state as of the evaluation date.",
            ["since"] = "The day the lifecycle entered its current state.",
            ["started"] = "The day the lifecycle started (its initial state's date).",
        };

        private static readonly Dictionary<string, EditorSymbol> LifecycleValueSymbols = LifecycleValues.Keys.ToDictionary(
            v => v, v => new EditorSymbol(EditorSymbolKind.LifecycleValue, v, null, null, null, null, v == "state" ? null : () => EditorType.Date), StringComparer.Ordinal);

        public static BuiltinFunctionInfo? FindFunction(string name) => Functions.FirstOrDefault(f => f.Name == name);

        internal static EditorSymbol? Function(string name) => FunctionSymbols.TryGetValue(name, out var symbol) ? symbol : null;

        internal static EditorSymbol? RoundingMode(string name) => ModeSymbols.TryGetValue(name, out var symbol) ? symbol : null;

        internal static EditorSymbol? LifecycleValue(string name) => LifecycleValueSymbols.TryGetValue(name, out var symbol) ? symbol : null;

        internal static EditorSymbol? Type(string name) => TypeSymbols.TryGetValue(name, out var symbol) ? symbol : null;
    }

    /// <summary>A built-in function as the editor shows it: its name and its signatures (<c>min</c> of two values, or of a list).</summary>
    internal sealed class BuiltinFunctionInfo
    {
        internal BuiltinFunctionInfo(string name, IReadOnlyList<SignatureText> signatures)
        {
            Name = name;
            Signatures = signatures;
        }

        public string Name { get; }
        public IReadOnlyList<SignatureText> Signatures { get; }

        /// <summary>The result type when every signature gives the same primitive type (<c>int</c>, <c>date</c>...).</summary>
        internal EditorType? ReturnType
        {
            get
            {
                var returns = Signatures.Select(s => s.Returns).Distinct().ToArray();
                return returns.Length == 1 && BuiltinSymbols.TypeNames.Contains(returns[0]) ? new EditorType(returns[0]) : null;
            }
        }
    }

    /// <summary>One signature as text: <c>round(value, decimal places, mode) -&gt; decimal</c>, its parameters' names and what it does.</summary>
    internal sealed record SignatureText(string Label, IReadOnlyList<string> Parameters, string? Documentation, string Returns = "");
}
