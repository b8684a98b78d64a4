using System;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    internal sealed partial class RemedyFinder
    {
        private static CalendarDate Same(CalendarDate date) => date;

        /// <summary>
        /// What would bring a date expression to the bound: <paramref name="map"/> takes the expression's value to the value
        /// compared (the identity, or the window's end for <c>within</c>); each step down (adding a duration) adds to it,
        /// and at an input the exact date is searched for, month-end clamping included.
        /// </summary>
        private Remedy? DateBound(BoundExpression side, RemedyNeed need, CalendarDate target, Func<CalendarDate, CalendarDate>? map = null)
        {
            // Strict bounds on dates are the next or previous day.
            if (need == RemedyNeed.Above) (need, target) = (RemedyNeed.AtLeast, target.AddDays(1));
            if (need == RemedyNeed.Below) (need, target) = (RemedyNeed.AtMost, target.AddDays(-1));
            try
            {
                return new DateInverter(this, need, target, map ?? Same).Visit(side);
            }
            catch (Exception e) when (e is OverflowException || e is ArgumentOutOfRangeException)
            {
                return new NoRemedy($"the date '{TextOf(side)}' needs is out of the calendar's range");
            }
        }

        private Remedy? DateLeaf(BoundExpression leaf, RemedyNeed need, CalendarDate target, Func<CalendarDate, CalendarDate> map)
        {
            var path = Adjustable(leaf);
            if (path is null) return null;
            TryValue(leaf, out var current, out _);
            var date = MonotoneSearch.Date(map, need, target, current as CalendarDate? ?? target);
            if (date is null) return new NoRemedy($"no date for {TextOf(leaf)} makes it hold");
            var remedy = Checked(path, date.Value, new BoundRemedy(InputOf(leaf, path), current, need, date.Value));
            if (path.IsTime && remedy is BoundRemedy) _timeBounds.Add((date.Value, _goal!.Value.Source.ToString(_goal.Value.Node.Syntax.Span), _goal.Value.Wanted));
            return remedy;
        }

        /// <summary>
        /// A duration the record carries, in the one unit it is written in: the number of months (or days) that brings the
        /// date it is added to (or subtracted from) to the bound. A duration of months and days has no such number.
        /// </summary>
        private Remedy? DurationLeaf(BoundExpression leaf, RemedyNeed need, CalendarDate target, Func<Duration, CalendarDate> map, bool adds)
        {
            var path = Adjustable(leaf);
            if (path is null) return null;
            if (!TryValue(leaf, out var value, out var problem)) return problem;
            var current = (Duration)value!;
            if ((current.Months != 0) == (current.Days != 0))
                return new NoRemedy($"{TextOf(leaf)} is {current}: without a single unit, the number of months or days it needs is not defined");
            var inMonths = current.Months != 0;
            Duration Of(long count) => inMonths ? Duration.FromMonths(checked((int)count)) : Duration.FromDays(checked((int)count));
            // Exactly is searched as at least, then checked: the least length reaching the date, if it lands on it.
            var atLeast = need != RemedyNeed.AtMost;
            bool Meets(long count) => atLeast ? map(Of(count)) >= target : map(Of(count)) <= target;
            // Adding more moves the date later, subtracting more earlier: which end of the lengths that work is nearest.
            var least = atLeast == adds;
            var guess = inMonths ? current.Months : current.Days;
            var found = least ? MonotoneSearch.Least(Meets, guess) : MonotoneSearch.Greatest(Meets, guess);
            if (found is null || (need == RemedyNeed.Exactly && map(Of(found.Value)) != target))
                return new NoRemedy($"no length of {TextOf(leaf)} makes it hold");
            var needed = Of(found.Value);
            var durationNeed = need == RemedyNeed.Exactly ? need : least ? RemedyNeed.AtLeast : RemedyNeed.AtMost;
            return Checked(path, needed, new BoundRemedy(InputOf(leaf, path), current, durationNeed, needed));
        }

        /// <summary>Follows a date expression down to the inputs it reads; the map grows by each duration added on the way.</summary>
        private sealed class DateInverter : BoundTreeVisitor<Remedy?>
        {
            private readonly RemedyFinder _finder;
            private readonly RemedyNeed _need;
            private readonly CalendarDate _target;
            private readonly Func<CalendarDate, CalendarDate> _map;

            public DateInverter(RemedyFinder finder, RemedyNeed need, CalendarDate target, Func<CalendarDate, CalendarDate> map)
            {
                _finder = finder;
                _need = need;
                _target = target;
                _map = map;
            }

            private Remedy? Mapped(Func<CalendarDate, CalendarDate> step, BoundExpression node) =>
                new DateInverter(_finder, _need, _target, d => _map(step(d))).Visit(node);

            protected override Remedy? DefaultVisit(BoundExpression node) => _finder.NotThrough(node, NotInverted);
            protected override Remedy? VisitLiteral(BoundLiteral node) => null;
            protected override Remedy? VisitNarrowed(BoundNarrowed node) => Visit(node.Operand);
            protected override Remedy? VisitFieldAccess(BoundFieldAccess node) => _finder.DateLeaf(node, _need, _target, _map);
            protected override Remedy? VisitVariable(BoundVariable node) => _finder.DateLeaf(node, _need, _target, _map);
            protected override Remedy? VisitAsOf(BoundAsOf node) => _finder.DateLeaf(node, _need, _target, _map);
            protected override Remedy? VisitConditional(BoundConditional node) => _finder.Branch(node, Visit);
            protected override Remedy? VisitLifecycleValue(BoundLifecycleValue node) =>
                _finder.NotThrough(node, "it depends on the lifecycle's replay of the record's events");

            protected override Remedy? VisitValueReference(BoundValueReference node)
            {
                if (node.Symbol is ParameterSymbol) return null;
                var via = _finder.Through(node.Symbol, Visit);
                if (via is null) return null;
                _finder.TryValue(node, out var current, out _);
                var needed = current is CalendarDate date ? MonotoneSearch.Date(_map, _need, _target, date) : null;
                return needed is null ? via : new BoundRemedy(new RemedyInput(node.Symbol.Name, RemedyInputKind.Let), current, _need, needed.Value, via);
            }

            protected override Remedy? VisitCoalesce(BoundCoalesce node)
            {
                if (!_finder.TryValue(node.Left, out var left, out var problem)) return problem;
                return left != null ? Visit(node.Left) : Remedies.Any(Visit(node.Right), Visit(node.Left));
            }

            protected override Remedy? VisitBinary(BoundBinary node)
            {
                var adds = node.Kind == BoundBinaryKind.DateAddDuration;
                if (!adds && node.Kind != BoundBinaryKind.DateSubtractDuration) return DefaultVisit(node);
                if (!_finder.TryValue(node.Left, out var start, out var problem) || !_finder.TryValue(node.Right, out var length, out problem)) return problem;
                var date = (CalendarDate)start!;
                var duration = (Duration)length!;
                return Remedies.Any(
                    Mapped(d => adds ? d.Add(duration) : d.Subtract(duration), node.Left),
                    _finder.DurationLeaf(node.Right, _need, _target, n => _map(adds ? date.Add(n) : date.Subtract(n)), adds));
            }
        }
    }
}
