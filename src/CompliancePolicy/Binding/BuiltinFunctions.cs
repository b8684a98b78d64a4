using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Binding
{
    /// <summary>What a call to a built-in function computes; one per signature (min of two and min of a list differ).</summary>
    internal enum BuiltinFunction
    {
        Count,
        Sum,
        Min,
        Max,
        MinOfList,
        MaxOfList,
        Earliest,
        Latest,
        Round,
        Abs,
        DaysBetween,
        Elapsed,
        Contains,
        Length,
        History,
        Streak,
    }

    /// <summary>How <c>round(x, places, mode)</c> treats the discarded digits.</summary>
    internal enum RoundingMode
    {
        HalfUp,
        HalfEven,
        AwayFromZero,
        TowardZero,
        Ceiling,
        Floor,
    }

    /// <summary>What an argument is: a value, or a name the function reads itself (an event type, a rounding mode).</summary>
    internal enum ArgumentKind
    {
        Value,
        EventType,
        RoundingMode,
    }

    /// <summary>One parameter of a built-in function: its name, what it accepts, and how that reads in messages.</summary>
    internal sealed class BuiltinParameter
    {
        private readonly Func<TypeSymbol, ImmutableArray<TypeSymbol>, bool> _accepts;
        private readonly Func<ImmutableArray<TypeSymbol>, string> _expected;

        private BuiltinParameter(string name, ArgumentKind kind, Func<ImmutableArray<TypeSymbol>, string> expected, Func<TypeSymbol, ImmutableArray<TypeSymbol>, bool> accepts)
        {
            Name = name;
            Kind = kind;
            _expected = expected;
            _accepts = accepts;
        }

        public string Name { get; }
        public ArgumentKind Kind { get; }

        /// <summary>A value of the type, or one that converts to it (an int where a decimal is taken).</summary>
        public static BuiltinParameter Of(string name, TypeSymbol type) =>
            new BuiltinParameter(name, ArgumentKind.Value, _ => type.Describe(), (argument, _) => TypeRules.IsAssignable(argument, type));

        /// <summary>A list whose items pass <paramref name="item"/>; the empty list <c>[]</c> always does.</summary>
        public static BuiltinParameter ListOf(string name, string expected, Func<TypeSymbol, bool> item) =>
            new BuiltinParameter(name, ArgumentKind.Value, _ => expected,
                (argument, _) => argument is ListType list && (list.Element == TypeSymbol.Nothing || item(list.Element)));

        /// <summary>A value whose type depends on the arguments before it: <paramref name="expected"/> describes it from them.</summary>
        public static BuiltinParameter Matching(string name, Func<ImmutableArray<TypeSymbol>, string> expected, Func<TypeSymbol, ImmutableArray<TypeSymbol>, bool> accepts) =>
            new BuiltinParameter(name, ArgumentKind.Value, expected, accepts);

        /// <summary>A name the function reads itself.</summary>
        public static BuiltinParameter Named(string name, ArgumentKind kind, string expected) =>
            new BuiltinParameter(name, kind, _ => expected, (_, __) => true);

        public bool Accepts(TypeSymbol argument, ImmutableArray<TypeSymbol> earlier) => _accepts(argument, earlier);

        /// <summary>What the parameter takes, given the arguments before it: "a list of numbers", "a date".</summary>
        public string Expected(ImmutableArray<TypeSymbol> earlier) => _expected(earlier);
    }

    /// <summary>
    /// One signature of a built-in function: name, parameters, result type, and a one-line description that messages,
    /// hover, completion and signature help can all show.
    /// </summary>
    internal sealed class BuiltinSignature
    {
        private readonly Func<ImmutableArray<TypeSymbol>, TypeSymbol> _result;

        public BuiltinSignature(
            string name,
            BuiltinFunction function,
            string returns,
            string documentation,
            Func<ImmutableArray<TypeSymbol>, TypeSymbol> result,
            params BuiltinParameter[] parameters)
        {
            Name = name;
            Function = function;
            Returns = returns;
            Documentation = documentation;
            _result = result;
            Parameters = parameters.ToImmutableArray();
        }

        public string Name { get; }
        public BuiltinFunction Function { get; }
        public ImmutableArray<BuiltinParameter> Parameters { get; }

        /// <summary>The result type as it reads in documentation: "int", "the items' type".</summary>
        public string Returns { get; }

        public string Documentation { get; }

        /// <summary>How the signature reads: <c>round(value, places, mode) -&gt; decimal</c>.</summary>
        public string Display => $"{Name}({string.Join(", ", Parameters.Select(p => p.Name))}) -> {Returns}";

        /// <summary>The result type for arguments of these types (the parameters have accepted them).</summary>
        public TypeSymbol ResultType(ImmutableArray<TypeSymbol> arguments) => _result(arguments);
    }

    /// <summary>The built-in functions: the one table the binder checks calls against and the editor describes them from.</summary>
    internal static class BuiltinFunctions
    {
        private const string Ordered = "a number, date, duration, text or enumeration member";
        private const string OrderedList = "a list of numbers, dates, durations, texts or enumeration members";

        // Before the table, which names the modes in round's description.
        public static IReadOnlyDictionary<string, RoundingMode> RoundingModes { get; } = new Dictionary<string, RoundingMode>(StringComparer.Ordinal)
        {
            ["half_up"] = RoundingMode.HalfUp,
            ["half_even"] = RoundingMode.HalfEven,
            ["away_from_zero"] = RoundingMode.AwayFromZero,
            ["toward_zero"] = RoundingMode.TowardZero,
            ["ceiling"] = RoundingMode.Ceiling,
            ["floor"] = RoundingMode.Floor,
        };

        private static IEnumerable<string> RoundingModeNames => RoundingModes.Keys;

        public static ImmutableArray<BuiltinSignature> All { get; } = ImmutableArray.Create(
            new BuiltinSignature("count", BuiltinFunction.Count, "int", "How many items the list has.",
                _ => TypeSymbol.Int, BuiltinParameter.ListOf("list", "a list", _ => true)),
            new BuiltinSignature("sum", BuiltinFunction.Sum, "int or decimal", "The total of a list of numbers: an int when every item is an int; 0 for an empty list.",
                a => ((ListType)a[0]).Element == TypeSymbol.Int ? TypeSymbol.Int : TypeSymbol.Decimal,
                BuiltinParameter.ListOf("numbers", "a list of numbers", e => e.IsNumeric)),
            Pair("min", BuiltinFunction.Min, "The smaller of two numbers, dates, durations, texts or enumeration members."),
            Extreme("min", BuiltinFunction.MinOfList, "The smallest item of a list; an evaluation error when the list is empty."),
            Pair("max", BuiltinFunction.Max, "The larger of two numbers, dates, durations, texts or enumeration members."),
            Extreme("max", BuiltinFunction.MaxOfList, "The largest item of a list; an evaluation error when the list is empty."),
            new BuiltinSignature("earliest", BuiltinFunction.Earliest, "date", "The earliest date of a list; an evaluation error when the list is empty.",
                _ => TypeSymbol.Date, BuiltinParameter.ListOf("dates", "a list of dates", e => e == TypeSymbol.Date)),
            new BuiltinSignature("latest", BuiltinFunction.Latest, "date", "The latest date of a list; an evaluation error when the list is empty.",
                _ => TypeSymbol.Date, BuiltinParameter.ListOf("dates", "a list of dates", e => e == TypeSymbol.Date)),
            new BuiltinSignature("round", BuiltinFunction.Round, "decimal",
                "The value rounded to a number of decimal places; the mode says which way: " + string.Join(", ", RoundingModeNames) + ".",
                _ => TypeSymbol.Decimal,
                BuiltinParameter.Of("value", TypeSymbol.Decimal),
                BuiltinParameter.Of("decimal places", TypeSymbol.Int),
                BuiltinParameter.Named("mode", ArgumentKind.RoundingMode, "a rounding mode (" + string.Join(", ", RoundingModeNames) + ")")),
            new BuiltinSignature("abs", BuiltinFunction.Abs, "the argument's type", "The value without its sign.",
                a => a[0], BuiltinParameter.Of("value", TypeSymbol.Decimal)),
            new BuiltinSignature("days_between", BuiltinFunction.DaysBetween, "int", "The number of days from the first date to the second; negative when the second is earlier.",
                _ => TypeSymbol.Int, BuiltinParameter.Of("from", TypeSymbol.Date), BuiltinParameter.Of("to", TypeSymbol.Date)),
            new BuiltinSignature("elapsed", BuiltinFunction.Elapsed, "duration", "The time from the first date to the second, in whole months and then days.",
                _ => TypeSymbol.Duration, BuiltinParameter.Of("from", TypeSymbol.Date), BuiltinParameter.Of("to", TypeSymbol.Date)),
            new BuiltinSignature("contains", BuiltinFunction.Contains, "bool", "Whether the list has an item equal to the value.",
                _ => TypeSymbol.Bool,
                BuiltinParameter.ListOf("list", "a list", _ => true),
                BuiltinParameter.Matching("value", e => ((ListType)e[0]).Element.Describe(),
                    (value, e) => !(e[0] is ListType list) || list.Element == TypeSymbol.Nothing || TypeRules.Unify(list.Element, value) != null)),
            new BuiltinSignature("length", BuiltinFunction.Length, "int", "The number of characters of a text.",
                _ => TypeSymbol.Int, BuiltinParameter.Of("text", TypeSymbol.Text)),
            new BuiltinSignature("history", BuiltinFunction.History, "list of the event type", "The record's events of a type so far, in date order.",
                _ => TypeSymbol.Error, BuiltinParameter.Named("event", ArgumentKind.EventType, "an event type")),
            new BuiltinSignature("streak", BuiltinFunction.Streak, "int", "How many events of the first type came after the last event of the second type.",
                _ => TypeSymbol.Int, BuiltinParameter.Named("event", ArgumentKind.EventType, "an event type"), BuiltinParameter.Named("reset", ArgumentKind.EventType, "an event type")));

        private static readonly ILookup<string, BuiltinSignature> ByName = All.ToLookup(s => s.Name, StringComparer.Ordinal);

        /// <summary>Every function name, once, in table order.</summary>
        public static IEnumerable<string> Names => All.Select(s => s.Name).Distinct();

        /// <summary>The signatures of a name, or none.</summary>
        public static IEnumerable<BuiltinSignature> Named(string name) => ByName[name];

        /// <summary>What the function takes, for a call with the wrong number of arguments: "2 arguments (or 1 list)".</summary>
        public static string Takes(string name)
        {
            var signatures = ByName[name].ToList();
            var first = Takes(signatures[0]);
            return signatures.Count == 1 ? first : $"{first} (or {string.Join(", or ", signatures.Skip(1).Select(Alternative))})";
        }

        private static string Takes(BuiltinSignature signature)
        {
            var count = signature.Parameters.Length;
            if (signature.Parameters.All(p => p.Kind == ArgumentKind.EventType)) return count == 1 ? "1 event type" : $"{count} event types";
            var takes = count == 1 ? "1 argument" : $"{count} arguments";
            // Names are worth repeating only where an argument is not a value, as round's mode.
            return signature.Parameters.All(p => p.Kind == ArgumentKind.Value) ? takes : $"{takes} ({string.Join(", ", signature.Parameters.Select(p => p.Name))})";
        }

        /// <summary>Another signature of the same name differs by its one list argument (min and max of a list).</summary>
        private static string Alternative(BuiltinSignature signature) => signature.Parameters.Length == 1 ? "1 list" : Takes(signature);

        private static BuiltinSignature Pair(string name, BuiltinFunction function, string documentation) =>
            new BuiltinSignature(name, function, "the arguments' type", documentation,
                a => TypeRules.Unify(a[0], a[1])!,
                BuiltinParameter.Matching("a", _ => Ordered, (a, _) => TypeRules.IsOrdered(a)),
                BuiltinParameter.Matching("b", e => e[0].Describe(), (b, e) => TypeRules.Unify(e[0], b) is { } type && TypeRules.IsOrdered(type)));

        private static BuiltinSignature Extreme(string name, BuiltinFunction function, string documentation) =>
            new BuiltinSignature(name, function, "the items' type", documentation,
                a => ((ListType)a[0]).Element, BuiltinParameter.ListOf("list", OrderedList, TypeRules.IsOrdered));
    }
}
