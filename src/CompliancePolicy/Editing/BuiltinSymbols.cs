using System;
using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// The language's built-in names as editor symbols: functions with their signatures and a line of documentation,
    /// rounding modes, primitive types and <c>as_of</c>.
    /// </summary>
    public static class BuiltinSymbols
    {
        /// <summary>The built-in functions, in the order completion lists them.</summary>
        public static IReadOnlyList<BuiltinFunctionInfo> Functions { get; } = new[]
        {
            new BuiltinFunctionInfo("count", new[] { "items: list of T" }, "int", "How many items the list holds."),
            new BuiltinFunctionInfo("sum", new[] { "numbers: list of int|decimal" }, "int|decimal", "The sum of a list of numbers (0 for an empty list)."),
            new BuiltinFunctionInfo("min", new[] { "a: T", "b: T" }, "T", "The smaller of two numbers, dates or durations; min(list) is the smallest item of a list."),
            new BuiltinFunctionInfo("max", new[] { "a: T", "b: T" }, "T", "The larger of two numbers, dates or durations; max(list) is the largest item of a list."),
            new BuiltinFunctionInfo("earliest", new[] { "dates: list of date" }, "date", "The earliest date of a list; an error when the list is empty."),
            new BuiltinFunctionInfo("latest", new[] { "dates: list of date" }, "date", "The latest date of a list; an error when the list is empty."),
            new BuiltinFunctionInfo("round", new[] { "value: decimal", "places: int", "mode: half_up|half_even|away_from_zero|toward_zero|ceiling|floor" }, "decimal", "Rounds to a number of decimal places with an explicit rounding mode."),
            new BuiltinFunctionInfo("abs", new[] { "value: decimal" }, "int|decimal", "The absolute value of a number."),
            new BuiltinFunctionInfo("days_between", new[] { "from: date", "to: date" }, "int", "The number of days from the first date to the second (negative when the second is earlier)."),
            new BuiltinFunctionInfo("elapsed", new[] { "from: date", "to: date" }, "duration", "The calendar duration from the first date to the second, in years, months and days."),
            new BuiltinFunctionInfo("contains", new[] { "items: list of T", "item: T" }, "bool", "Whether the list holds the item."),
            new BuiltinFunctionInfo("length", new[] { "value: text" }, "int", "The number of characters of a text."),
            new BuiltinFunctionInfo("history", new[] { "event: EventType" }, "list of EventType", "The record's events of a type so far (up to the as-of date), in date order."),
            new BuiltinFunctionInfo("streak", new[] { "event: EventType", "reset: EventType" }, "int", "How many events of the first type came after the last event of the second type, so far."),
        };

        /// <summary>The modes <c>round</c> takes as its third argument.</summary>
        public static IReadOnlyList<string> RoundingModes { get; } = new[] { "half_up", "half_even", "away_from_zero", "toward_zero", "ceiling", "floor" };

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

    /// <summary>A built-in function: its name, parameters, result and what it does.</summary>
    public sealed class BuiltinFunctionInfo
    {
        internal BuiltinFunctionInfo(string name, IReadOnlyList<string> parameters, string returns, string documentation)
        {
            Name = name;
            Parameters = parameters;
            Returns = returns;
            Documentation = documentation;
        }

        public string Name { get; }
        public IReadOnlyList<string> Parameters { get; }
        public string Returns { get; }
        public string Documentation { get; }

        /// <summary>The signature as shown in hovers and signature help: <c>elapsed(from: date, to: date) -&gt; duration</c>.</summary>
        public string Signature => $"{Name}({string.Join(", ", Parameters)}) -> {Returns}";

        /// <summary>The result type when it does not depend on the arguments.</summary>
        internal EditorType? ReturnType => Returns.IndexOf('|') < 0 && Returns.IndexOf('T') < 0 ? new EditorType(Returns) : null;
    }
}
