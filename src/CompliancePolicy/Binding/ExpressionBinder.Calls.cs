using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Binding
{
    internal sealed partial class ExpressionBinder
    {
        private static readonly string[] FunctionNames =
        {
            "count", "sum", "min", "max", "earliest", "latest", "round", "abs", "days_between", "elapsed", "contains", "length",
            "history", "streak",
        };

        private static readonly Dictionary<string, RoundingMode> RoundingModes = new Dictionary<string, RoundingMode>(StringComparer.Ordinal)
        {
            ["half_up"] = RoundingMode.HalfUp,
            ["half_even"] = RoundingMode.HalfEven,
            ["away_from_zero"] = RoundingMode.AwayFromZero,
            ["toward_zero"] = RoundingMode.TowardZero,
            ["ceiling"] = RoundingMode.Ceiling,
            ["floor"] = RoundingMode.Floor,
        };

        private BoundExpression BindCall(CallExpressionSyntax syntax)
        {
            var name = syntax.Function.Text;
            if (_declarations.Values.TryGetValue(name, out var declaration) && declaration is LookupSymbol lookup)
                return BindLookup(syntax, lookup);

            if (Array.IndexOf(FunctionNames, name) < 0)
            {
                var candidates = FunctionNames.Concat(_declarations.Lookups.Select(l => l.Name));
                Report(DiagnosticRules.UnknownFunction, syntax.Function.Span, name, Suggestions.For(name, candidates));
                return new BoundError(syntax);
            }

            if (name == "round") return BindRound(syntax);
            if (name == "history" || name == "streak") return BindHistoryCall(syntax);

            var arguments = syntax.Arguments.Select(a => Required(Bind(a))).ToImmutableArray();
            if (arguments.Any(a => a.Type == TypeSymbol.Error)) return new BoundError(syntax);

            switch (name)
            {
                case "count":
                    return ExpectList(syntax, arguments, 1, "a list", _ => true) is { }
                        ? new BoundCall(syntax, BuiltinFunction.Count, arguments, TypeSymbol.Int) : Fail(syntax);
                case "sum":
                    return ExpectList(syntax, arguments, 1, "a list of numbers", e => e.IsNumeric || e == TypeSymbol.Nothing) is { } sumList
                        ? new BoundCall(syntax, BuiltinFunction.Sum, arguments, sumList.Element == TypeSymbol.Int ? TypeSymbol.Int : TypeSymbol.Decimal)
                        : Fail(syntax);
                case "min":
                case "max":
                    return BindMinMax(syntax, name == "min", arguments);
                case "earliest":
                case "latest":
                    return ExpectList(syntax, arguments, 1, "a list of dates", e => e == TypeSymbol.Date) is { }
                        ? new BoundCall(syntax, name == "earliest" ? BuiltinFunction.Earliest : BuiltinFunction.Latest, arguments, TypeSymbol.Date)
                        : Fail(syntax);
                case "abs":
                    return ExpectArguments(syntax, arguments, TypeSymbol.Decimal)
                        ? new BoundCall(syntax, BuiltinFunction.Abs, arguments, arguments[0].Type) : Fail(syntax);
                case "days_between":
                    return ExpectArguments(syntax, arguments, TypeSymbol.Date, TypeSymbol.Date)
                        ? new BoundCall(syntax, BuiltinFunction.DaysBetween, arguments, TypeSymbol.Int) : Fail(syntax);
                case "elapsed":
                    return ExpectArguments(syntax, arguments, TypeSymbol.Date, TypeSymbol.Date)
                        ? new BoundCall(syntax, BuiltinFunction.Elapsed, arguments, TypeSymbol.Duration) : Fail(syntax);
                case "length":
                    return ExpectArguments(syntax, arguments, TypeSymbol.Text)
                        ? new BoundCall(syntax, BuiltinFunction.Length, arguments, TypeSymbol.Int) : Fail(syntax);
                default:
                    return BindContains(syntax, arguments);
            }
        }

        private static BoundExpression Fail(ExpressionSyntax syntax) => new BoundError(syntax);

        private BoundExpression BindLookup(CallExpressionSyntax syntax, LookupSymbol lookup)
        {
            Dependencies.Add(lookup);
            if (syntax.Arguments.Length != 1)
            {
                Report(DiagnosticRules.WrongArgumentCount, syntax.Span, lookup.Name, "1 argument", syntax.Arguments.Length);
                return new BoundError(syntax);
            }
            var argument = BindExpecting(syntax.Arguments[0], lookup.KeyType);
            if (argument is BoundError || lookup.ResultType == TypeSymbol.Error) return new BoundError(syntax);
            return new BoundLookup(syntax, lookup, argument);
        }

        private BoundExpression BindRound(CallExpressionSyntax syntax)
        {
            if (syntax.Arguments.Length != 3)
            {
                Report(DiagnosticRules.WrongArgumentCount, syntax.Span, "round", "3 arguments (value, decimal places, mode)", syntax.Arguments.Length);
                return new BoundError(syntax);
            }
            var value = BindExpecting(syntax.Arguments[0], TypeSymbol.Decimal);
            var places = BindExpecting(syntax.Arguments[1], TypeSymbol.Int);
            var modeSyntax = syntax.Arguments[2];
            if (!(modeSyntax is NameExpressionSyntax modeName) || !RoundingModes.TryGetValue(modeName.Name.Text, out var mode))
            {
                var written = modeSyntax is NameExpressionSyntax n ? n.Name.Text : _source.ToString(modeSyntax.Span);
                Report(DiagnosticRules.TypeMismatch, modeSyntax.Span, "a rounding mode (" + string.Join(", ", RoundingModes.Keys) + ")",
                    "'" + written + "'" + Suggestions.DidYouMean(written, RoundingModes.Keys));
                return new BoundError(syntax);
            }
            if (value is BoundError || places is BoundError) return new BoundError(syntax);
            var modeLiteral = new BoundLiteral(modeSyntax, TypeSymbol.Int, mode);
            return new BoundCall(syntax, BuiltinFunction.Round, ImmutableArray.Create(value, places, (BoundExpression)modeLiteral), TypeSymbol.Decimal);
        }

        private BoundExpression BindMinMax(CallExpressionSyntax syntax, bool isMin, ImmutableArray<BoundExpression> arguments)
        {
            var name = isMin ? "min" : "max";
            if (arguments.Length == 1)
            {
                return ExpectList(syntax, arguments, 1, "a list of numbers, dates or durations", e => TypeRules.IsOrdered(e)) is { } list
                    ? new BoundCall(syntax, isMin ? BuiltinFunction.MinOfList : BuiltinFunction.MaxOfList, arguments, list.Element)
                    : Fail(syntax);
            }
            if (arguments.Length != 2)
            {
                Report(DiagnosticRules.WrongArgumentCount, syntax.Span, name, "2 arguments (or 1 list)", arguments.Length);
                return new BoundError(syntax);
            }
            var type = TypeRules.Unify(arguments[0].Type, arguments[1].Type);
            if (type is null || !TypeRules.IsOrdered(type))
            {
                Report(DiagnosticRules.OperatorTypeMismatch, syntax.Function.Span, name, arguments[0].Type.Describe(), arguments[1].Type.Describe());
                return new BoundError(syntax);
            }
            return new BoundCall(syntax, isMin ? BuiltinFunction.Min : BuiltinFunction.Max, arguments, type);
        }

        private BoundExpression BindContains(CallExpressionSyntax syntax, ImmutableArray<BoundExpression> arguments)
        {
            if (!(ExpectList(syntax, arguments, 2, "a list", _ => true) is { } list)) return new BoundError(syntax);
            if (list.Element != TypeSymbol.Nothing && TypeRules.Unify(list.Element, arguments[1].Type) is null)
            {
                Report(DiagnosticRules.TypeMismatch, syntax.Arguments[1].Span, list.Element.Describe(), arguments[1].Type.Describe());
                return new BoundError(syntax);
            }
            return new BoundCall(syntax, BuiltinFunction.Contains, arguments, TypeSymbol.Bool);
        }

        /// <summary>Checks the argument count and that the first argument is a list whose elements pass the test.</summary>
        private ListType? ExpectList(CallExpressionSyntax syntax, ImmutableArray<BoundExpression> arguments, int count, string expected, Func<TypeSymbol, bool> elementOk)
        {
            if (arguments.Length != count)
            {
                Report(DiagnosticRules.WrongArgumentCount, syntax.Span, syntax.Function.Text, count == 1 ? "1 argument" : $"{count} arguments", arguments.Length);
                return null;
            }
            if (arguments[0].Type is ListType list && (list.Element == TypeSymbol.Nothing || elementOk(list.Element))) return list;
            Report(DiagnosticRules.TypeMismatch, syntax.Arguments[0].Span, expected, arguments[0].Type.Describe());
            return null;
        }

        private bool ExpectArguments(CallExpressionSyntax syntax, ImmutableArray<BoundExpression> arguments, params TypeSymbol[] expected)
        {
            if (arguments.Length != expected.Length)
            {
                var takes = expected.Length == 1 ? "1 argument" : $"{expected.Length} arguments";
                Report(DiagnosticRules.WrongArgumentCount, syntax.Span, syntax.Function.Text, takes, arguments.Length);
                return false;
            }
            var ok = true;
            for (var i = 0; i < expected.Length; i++)
            {
                if (TypeRules.IsAssignable(arguments[i].Type, expected[i])) continue;
                Report(DiagnosticRules.TypeMismatch, syntax.Arguments[i].Span, expected[i].Describe(), arguments[i].Type.Describe());
                ok = false;
            }
            return ok;
        }
    }
}
