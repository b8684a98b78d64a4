using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Which units a duration may hold: months (and years), days (and weeks), or both. A month has no fixed number of
    /// days, so two durations have an order only when together they use one unit (NodaTime's <c>Period</c> refuses to
    /// compare for the same reason).
    /// </summary>
    [Flags]
    internal enum DurationUnits
    {
        None = 0,
        Months = 1,
        Days = 2,

        /// <summary>Months and days, or not known before a record is read (a field, <c>elapsed</c>): either way, no order.</summary>
        Both = Months | Days,
    }

    internal static class DurationUnitsFacts
    {
        /// <summary>The units a value holds: a zero duration holds none, and is ordered with anything of one unit.</summary>
        public static DurationUnits Of(Duration value) =>
            (value.Months != 0 ? DurationUnits.Months : DurationUnits.None) | (value.Days != 0 ? DurationUnits.Days : DurationUnits.None);

        /// <summary>How the units read in messages.</summary>
        public static string Describe(this DurationUnits units) => units switch
        {
            DurationUnits.Months => "counts months",
            DurationUnits.Days => "counts days",
            DurationUnits.None => "is zero",
            _ => "may hold months and days",
        };

        /// <summary>The words a duration of these units is written in.</summary>
        public static string Spelling(this DurationUnits units) => units switch
        {
            DurationUnits.Months => "months or years",
            DurationUnits.Days => "days or weeks",
            DurationUnits.None => "no unit (zero)",
            _ => "months and days",
        };
    }

    /// <summary>
    /// Finds the units a duration expression may hold, as written: literals by their units, arithmetic by its operands,
    /// lets and decisions by their values, lookups by their arms, parameters by their defaults; record data and
    /// <c>elapsed</c> may hold both. For a list, the units of its items. Parameters met on the way are noted, since an
    /// override could change their units.
    /// </summary>
    internal sealed class DurationUnitsAnalysis
    {
        private readonly BoundDeclarations _declarations;
        private readonly Dictionary<object, (DurationUnits Units, ImmutableHashSet<ParameterSymbol> Parameters)> _done =
            new Dictionary<object, (DurationUnits, ImmutableHashSet<ParameterSymbol>)>();
        private readonly HashSet<object> _active = new HashSet<object>();

        public DurationUnitsAnalysis(BoundDeclarations declarations) => _declarations = declarations;

        /// <summary>The units of a duration (or of a list's items), and the parameters that decided them.</summary>
        public (DurationUnits Units, ImmutableHashSet<ParameterSymbol> Parameters) Of(BoundExpression expression)
        {
            var visitor = new UnitsVisitor(this);
            return (visitor.Visit(expression), visitor.Parameters);
        }

        /// <summary>A declaration's units, worked out once; one met again while being worked out (a cycle) may hold both.</summary>
        private (DurationUnits Units, ImmutableHashSet<ParameterSymbol> Parameters) OfDeclaration(object declaration, Func<DurationUnits> units, UnitsVisitor visitor)
        {
            if (_done.TryGetValue(declaration, out var known))
            {
                visitor.Parameters = visitor.Parameters.Union(known.Parameters);
                return known;
            }
            if (!_active.Add(declaration)) return (DurationUnits.Both, ImmutableHashSet<ParameterSymbol>.Empty);
            var before = visitor.Parameters;
            visitor.Parameters = ImmutableHashSet<ParameterSymbol>.Empty;
            var result = (units(), visitor.Parameters);
            visitor.Parameters = before.Union(result.Parameters);
            _active.Remove(declaration);
            _done[declaration] = result;
            return result;
        }

        private sealed class UnitsVisitor : BoundTreeVisitor<DurationUnits>
        {
            private readonly DurationUnitsAnalysis _analysis;

            public UnitsVisitor(DurationUnitsAnalysis analysis) => _analysis = analysis;

            public ImmutableHashSet<ParameterSymbol> Parameters { get; set; } = ImmutableHashSet<ParameterSymbol>.Empty;

            /// <summary>Values known only from the record (fields, loop variables, history) and anything else: both.</summary>
            protected override DurationUnits DefaultVisit(BoundExpression node) => DurationUnits.Both;

            /// <summary>A zero holds no unit: it is ordered with anything of one unit.</summary>
            protected override DurationUnits VisitLiteral(BoundLiteral node) => DurationUnitsFacts.Of((Duration)node.Value);

            protected override DurationUnits VisitValueReference(BoundValueReference node)
            {
                if (!(node.Symbol is ParameterSymbol parameter)) return Declared(node.Symbol, _analysis._declarations.Values[node.Symbol]);
                Parameters = Parameters.Add(parameter);
                var @default = _analysis._declarations.Defaults[parameter];
                var units = Declared(parameter, @default);
                // An override replaces the default, so a zero default ('0 days') stands for the unit it is written in.
                return units != DurationUnits.None ? units : Spelled(parameter.Source.ToString(@default.Syntax.Span));
            }

            protected override DurationUnits VisitLookup(BoundLookup node)
            {
                var body = _analysis._declarations.LookupBodies[node.Lookup];
                var results = body.Arms.Select(a => a.Result).Concat(body.Otherwise is null ? Enumerable.Empty<BoundArmResult>() : new[] { body.Otherwise });
                return _analysis.OfDeclaration(node.Lookup,
                    () => results.Where(r => r.Value != null).Aggregate(DurationUnits.None, (units, r) => units | Visit(r.Value!)), this).Units;
            }

            protected override DurationUnits VisitNarrowed(BoundNarrowed node) => Visit(node.Operand);
            protected override DurationUnits VisitUnary(BoundUnary node) => Visit(node.Operand);
            protected override DurationUnits VisitConditional(BoundConditional node) => Visit(node.WhenTrue) | Visit(node.WhenFalse);
            protected override DurationUnits VisitCoalesce(BoundCoalesce node) => Visit(node.Left) | Visit(node.Right);
            protected override DurationUnits VisitList(BoundList node) => node.Items.Aggregate(DurationUnits.None, (units, item) => units | Visit(item));
            protected override DurationUnits VisitComprehension(BoundComprehension node) => Visit(node.Projection);

            protected override DurationUnits VisitBinary(BoundBinary node) => node.Kind switch
            {
                BoundBinaryKind.DurationAdd => Visit(node.Left) | Visit(node.Right),
                BoundBinaryKind.DurationSubtract => Visit(node.Left) | Visit(node.Right),
                // The binder puts the duration on the left of 'n * d'.
                BoundBinaryKind.DurationTimesNumber => Visit(node.Left),
                _ => DurationUnits.Both,
            };

            protected override DurationUnits VisitCall(BoundCall node) => node.Function switch
            {
                BuiltinFunction.Min => Visit(node.Arguments[0]) | Visit(node.Arguments[1]),
                BuiltinFunction.Max => Visit(node.Arguments[0]) | Visit(node.Arguments[1]),
                BuiltinFunction.MinOfList => Visit(node.Arguments[0]),
                BuiltinFunction.MaxOfList => Visit(node.Arguments[0]),
                // elapsed counts whole months, then days.
                _ => DurationUnits.Both,
            };

            private DurationUnits Declared(DeclarationSymbol declaration, BoundExpression value) =>
                _analysis.OfDeclaration(declaration, () => Visit(value), this).Units;

            /// <summary>The units a literal is written in: '0 days' counts days.</summary>
            private static DurationUnits Spelled(string literal) =>
                literal.Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => Duration.TryUnit(word, out var months, out var days) ? DurationUnitsFacts.Of(new Duration(months, days)) : DurationUnits.None)
                    .Aggregate(DurationUnits.None, (units, unit) => units | unit);
        }
    }
}
