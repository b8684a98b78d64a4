using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    internal sealed partial class RemedyFinder
    {
        /// <summary>Tells a decimal bound above or below a value apart from the value itself when a remedy is checked.</summary>
        private const decimal Nudge = 0.0000000001m;

        /// <summary>What would bring a number expression to the bound, following it to each input it reads; null when it reads none.</summary>
        private Remedy? Number(BoundExpression side, RemedyNeed need, decimal target)
        {
            try
            {
                return new NumberInverter(this, need, target).Visit(side);
            }
            catch (OverflowException)
            {
                return new NoRemedy($"the value '{TextOf(side)}' needs is too large to compute");
            }
        }

        /// <summary>A whole-number bound: at least 2.4 is at least 3, above 2 is at least 3; null for exactly 2.5.</summary>
        private static (RemedyNeed Need, decimal Target)? Whole(RemedyNeed need, decimal target)
        {
            switch (need)
            {
                case RemedyNeed.AtLeast: return (need, decimal.Ceiling(target));
                case RemedyNeed.AtMost: return (need, decimal.Floor(target));
                case RemedyNeed.Above: return (RemedyNeed.AtLeast, decimal.Floor(target) + 1);
                case RemedyNeed.Below: return (RemedyNeed.AtMost, decimal.Ceiling(target) - 1);
                default: return target == decimal.Truncate(target) ? (need, target) : ((RemedyNeed, decimal)?)null;
            }
        }

        /// <summary>
        /// A number that is not negative is taken to count or measure something (sites, days, points): a remedy that
        /// would need it below zero is no remedy, whatever the arithmetic says.
        /// </summary>
        private static bool BelowZero(object? current, RemedyNeed need, decimal target) =>
            current is decimal now && now >= 0 && (need == RemedyNeed.Below ? target <= 0 : target < 0);

        private static bool Meets(decimal value, RemedyNeed need, decimal target)
        {
            switch (need)
            {
                case RemedyNeed.AtLeast: return value >= target;
                case RemedyNeed.AtMost: return value <= target;
                case RemedyNeed.Above: return value > target;
                case RemedyNeed.Below: return value < target;
                default: return value == target;
            }
        }

        private Remedy? NumberLeaf(BoundExpression leaf, RemedyNeed need, decimal target)
        {
            var path = Adjustable(leaf);
            if (path is null) return null;
            TryValue(leaf, out var current, out _);
            if (leaf.Type.NonOptional == TypeSymbol.Int)
            {
                if (!(Whole(need, target) is { } whole)) return new NoRemedy($"no whole number for {TextOf(leaf)} makes it hold");
                (need, target) = whole;
            }
            if (BelowZero(current, need, target)) return new NoRemedy($"{TextOf(leaf)} would have to go below 0");
            var probe = need == RemedyNeed.Above ? target + Nudge : need == RemedyNeed.Below ? target - Nudge : target;
            return Checked(path, probe, new BoundRemedy(InputOf(leaf, path), current, need, target));
        }

        /// <summary>A let (or decision) stated with its value, and how the record's inputs get it there.</summary>
        private Remedy? NumberThrough(BoundValueReference reference, RemedyNeed need, decimal target, Func<BoundExpression, Remedy?> derive)
        {
            if (reference.Symbol is ParameterSymbol) return null;
            var via = Through(reference.Symbol, derive);
            if (via is null) return null;
            TryValue(reference, out var current, out _);
            if (reference.Type.NonOptional == TypeSymbol.Int && Whole(need, target) is { } whole) (need, target) = whole;
            return new BoundRemedy(new RemedyInput(reference.Symbol.Name, RemedyInputKind.Let), current, need, target, via);
        }

        /// <summary><c>sum(xs)</c>: the total the list needs; which items to change is the record keeper's choice.</summary>
        private Remedy? Total(BoundCall call, RemedyNeed need, decimal target)
        {
            if (_time || !ReadsInput(call.Arguments[0])) return null;
            TryValue(call, out var current, out _);
            if (call.Type == TypeSymbol.Int && Whole(need, target) is { } whole) (need, target) = whole;
            if (BelowZero(current, need, target)) return new NoRemedy($"{TextOf(call)} would have to go below 0");
            return new BoundRemedy(new RemedyInput(TextOf(call), RemedyInputKind.Total), current, need, target);
        }

        /// <summary><c>days_between(a, b)</c> is <c>b - a</c> in whole days: a bound on it is a date bound on either end.</summary>
        private Remedy? DaysBetween(BoundCall call, RemedyNeed need, decimal target)
        {
            if (!(Whole(need, target) is { } whole)) return new NoRemedy("a number of days is a whole number");
            if (!TryValue(call.Arguments[0], out var fromValue, out var problem) || !TryValue(call.Arguments[1], out var toValue, out problem)) return problem;
            var (dayNeed, days) = whole;
            var from = (CalendarDate)fromValue!;
            var to = (CalendarDate)toValue!;
            return Remedies.Any(
                DateBound(call.Arguments[1], dayNeed, from.AddDays((int)days)),
                DateBound(call.Arguments[0], Flipped(dayNeed), to.AddDays(-(int)days)));
        }

        /// <summary>
        /// A count that must reach a bound: of a list, of a comprehension's items (through a let too), or of a quantifier's
        /// matching items. When none may remain, what takes each counted item out is given as well (the documents to add).
        /// </summary>
        private Remedy? Count(BoundExpression countNode, BoundExpression collection, BoundQuantifier? quantifier, RemedyNeed need, decimal target)
        {
            if (_time || (!ReadsInput(collection) && (quantifier?.Condition is null || !ReadsInput(quantifier.Condition)))) return null;
            if (!(Whole(need, target) is { } whole)) return new NoRemedy("a count is a whole number");
            if (!TryValue(countNode, out var value, out var problem)) return problem;
            var current = (int)(decimal)value!;
            var wanted = whole.Target;
            if (wanted < 0) return new NoRemedy($"'{TextOf(countNode)}' cannot go below 0");
            var counted = Counted(collection, quantifier);
            var via = wanted == 0 && current > 0 ? TakeOut(counted) : null;
            if (via is MembershipRemedy && counted.Condition is null) return via;
            return new CountRemedy(new RemedyInput(counted.Input, RemedyInputKind.Count), current, (int)wanted, counted.ConditionText, via);
        }

        /// <summary>What a count counts: the items of a list meeting a condition (null: every item).</summary>
        private sealed class CountedItems
        {
            public CountedItems(string input, BoundExpression list, Text.SourceText source, VariableSymbol? variable, BoundExpression? condition, string? conditionText)
            {
                Input = input;
                List = list;
                Source = source;
                Variable = variable;
                Condition = condition;
                ConditionText = conditionText;
            }

            public string Input { get; }
            public BoundExpression List { get; }
            public Text.SourceText Source { get; }
            public VariableSymbol? Variable { get; }
            public BoundExpression? Condition { get; }
            public string? ConditionText { get; }
        }

        /// <summary>
        /// The items counted, stated on the nearest list the record carries: <c>count(reviews_before_audit)</c> with
        /// <c>let reviews_before_audit = [r for r in management_reviews where ...]</c> counts the management reviews
        /// that meet the let's condition.
        /// </summary>
        private CountedItems Counted(BoundExpression collection, BoundQuantifier? quantifier)
        {
            if (quantifier?.Condition != null)
                return new CountedItems(TextOf(collection), collection, _source, quantifier.Variable, quantifier.Condition, TextOf(quantifier.Condition));
            var source = _source;
            var list = collection;
            while (true)
            {
                if (list is BoundNarrowed narrowed)
                {
                    list = narrowed.Operand;
                }
                else if (list is BoundValueReference reference && reference.Symbol is LetSymbol let)
                {
                    list = _frame.Program.Bound.Values[let];
                    source = let.Source;
                }
                else
                {
                    break;
                }
            }
            if (list is BoundComprehension comprehension && InSource(source, () => AdjustableList(comprehension.Collection)) != null)
            {
                var condition = comprehension.Condition;
                return InSource(source, () => new CountedItems(TextOf(comprehension.Collection), comprehension.Collection, source, comprehension.Variable,
                    condition, condition is null ? null : TextOf(condition)));
            }
            if (list is BoundComprehension filtered)
                return new CountedItems(TextOf(collection), filtered.Collection, source, filtered.Variable, filtered.Condition, null);
            return new CountedItems(TextOf(collection), list, source, null, null, null);
        }

        /// <summary>What takes every counted item out: the list the record carries loses it, or the item (or what its
        /// condition reads) changes so that it no longer counts.</summary>
        private Remedy? TakeOut(CountedItems counted) => InSource(counted.Source, () =>
        {
            if (!TryValue(counted.List, out var value, out var problem)) return problem;
            var items = (object?[])value!;
            var listPath = AdjustableList(counted.List);
            if (counted.Condition is null || counted.Variable is null)
            {
                return listPath is null ? null : new MembershipRemedy(InputOf(counted.List, listPath), new string[0], items.Select(Show).ToArray());
            }
            var parts = new List<Remedy?>();
            foreach (var item in items)
            {
                parts.Add(ForItem(counted.Variable, item, listPath != null || ReadsInput(counted.List), () => Want(counted.Condition, false)));
            }
            return Remedies.All(parts);
        });

        /// <summary>Derives with a loop variable bound to one item; the item's own fields may change only when <paramref name="changeable"/>.</summary>
        private Remedy? ForItem(VariableSymbol variable, object? item, bool changeable, Func<Remedy?> derive)
        {
            var outerItem = _item;
            var outerValue = _frame.Variables[variable.Slot];
            _frame.Variables[variable.Slot] = item;
            _item = changeable ? variable : null;
            try
            {
                return derive();
            }
            finally
            {
                _item = outerItem;
                _frame.Variables[variable.Slot] = outerValue;
            }
        }

        /// <summary>
        /// A table or tiers lookup: the key ranges whose result meets the bound are found arm by arm, and the key moves to
        /// the nearest of them (an arm whose result depends on the key is tried at its nearest end only).
        /// </summary>
        private Remedy? Lookup(BoundLookup lookup, RemedyNeed need, decimal target)
        {
            if (_time || !ReadsInput(lookup.Argument)) return null;
            if (!TryValue(lookup.Argument, out var keyValue, out var problem) || !TryValue(lookup, out var current, out problem)) return problem;
            var key = (decimal)keyValue!;
            var symbol = lookup.Lookup;
            var body = _frame.Program.Bound.LookupBodies[symbol];
            var armsReadingKey = _frame.Program.RemediationCache.ArmsReadingKey(body);
            decimal? below = null; // the greatest key under the current one whose result meets the bound
            var belowStrict = false;
            decimal? above = null; // the least key over it
            for (var i = 0; i < body.Arms.Length; i++)
            {
                var arm = body.Arms[i];
                var (low, high, highOpen) = symbol.IsTiers ? (arm.Low, i == 0 ? null : body.Arms[i - 1].Low, true) : (arm.Low, arm.High, false);
                if (arm.Result.Value is null) continue;
                if (armsReadingKey[i])
                {
                    // Only the end nearest the key is tried, as the single key it is.
                    decimal? end = low > key ? low : high < key && !highOpen ? high : null;
                    if (end is null || !ArmMeets(symbol, body, arm, end.Value, need, target)) continue;
                    (low, high, highOpen) = (end, end, false);
                }
                else if (!ArmMeets(symbol, body, arm, key, need, target))
                {
                    continue;
                }
                if (low > key && (above is null || low < above)) above = low;
                if (high is { } top && (highOpen ? top <= key : top < key) && (below is null || top > below || (top == below && !highOpen)))
                    (below, belowStrict) = (top, highOpen);
            }
            var keyRemedies = new List<Remedy?>();
            if (below is { } under) keyRemedies.Add(Number(lookup.Argument, belowStrict ? RemedyNeed.Below : RemedyNeed.AtMost, under));
            if (above is { } over) keyRemedies.Add(Number(lookup.Argument, RemedyNeed.AtLeast, over));
            var via = Remedies.Any(keyRemedies) ?? new NoRemedy($"no key of {symbol.Name} gives a result that makes it hold");
            if (symbol.ResultType == TypeSymbol.Int && Whole(need, target) is { } whole) (need, target) = whole;
            return new BoundRemedy(new RemedyInput(TextOf(lookup), RemedyInputKind.Lookup), current, need, target, via);
        }

        /// <summary>Whether the arm's result, for the key, meets the bound.</summary>
        private bool ArmMeets(LookupSymbol symbol, BoundLookupBody body, BoundLookupArm arm, decimal key, RemedyNeed need, decimal target)
        {
            var outer = _frame.Variables[body.Key.Slot];
            _frame.Variables[body.Key.Slot] = key;
            try
            {
                return InSource(symbol.Source, () => TryValue(arm.Result.Value!, out var result, out _) && result is decimal value && Meets(value, need, target));
            }
            finally
            {
                _frame.Variables[body.Key.Slot] = outer;
            }
        }

        /// <summary>Follows a number expression down to the inputs it reads, turning the bound on it into a bound on each.</summary>
        private sealed class NumberInverter : BoundTreeVisitor<Remedy?>
        {
            private readonly RemedyFinder _finder;
            private readonly RemedyNeed _need;
            private readonly decimal _target;

            public NumberInverter(RemedyFinder finder, RemedyNeed need, decimal target)
            {
                _finder = finder;
                _need = need;
                _target = target;
            }

            private Remedy? With(RemedyNeed need, decimal target, BoundExpression node) => new NumberInverter(_finder, need, target).Visit(node);

            private decimal? ValueOf(BoundExpression node) => _finder.TryValue(node, out var value, out _) ? (decimal?)value : null;

            protected override Remedy? DefaultVisit(BoundExpression node) => _finder.NotThrough(node, NotInverted);
            protected override Remedy? VisitLiteral(BoundLiteral node) => null;
            protected override Remedy? VisitNarrowed(BoundNarrowed node) => Visit(node.Operand);
            protected override Remedy? VisitFieldAccess(BoundFieldAccess node) => _finder.NumberLeaf(node, _need, _target);
            protected override Remedy? VisitVariable(BoundVariable node) => _finder.NumberLeaf(node, _need, _target);
            protected override Remedy? VisitValueReference(BoundValueReference node) => _finder.NumberThrough(node, _need, _target, Visit);
            protected override Remedy? VisitUnary(BoundUnary node) => With(Flipped(_need), -_target, node.Operand);
            protected override Remedy? VisitLookup(BoundLookup node) => _finder.Lookup(node, _need, _target);
            protected override Remedy? VisitConditional(BoundConditional node) => _finder.Branch(node, Visit);
            protected override Remedy? VisitQuantifier(BoundQuantifier node) => _finder.Count(node, node.Collection, node, _need, _target);
            protected override Remedy? VisitFailureCount(BoundFailureCount node) =>
                _finder.NotThrough(node, "it counts failing clauses: see each failing clause's remediation");
            protected override Remedy? VisitStreak(BoundStreak node) => _finder.NotThrough(node, "it counts the record's events");

            protected override Remedy? VisitCoalesce(BoundCoalesce node)
            {
                if (!_finder.TryValue(node.Left, out var left, out var problem)) return problem;
                return left != null ? Visit(node.Left) : Remedies.Any(Visit(node.Right), _finder.NumberLeaf(node.Left, _need, _target));
            }

            protected override Remedy? VisitBinary(BoundBinary node)
            {
                if (!BoundBinaryKinds.IsArithmetic(node.Kind)) return DefaultVisit(node);
                if (!(ValueOf(node.Left) is { } left) || !(ValueOf(node.Right) is { } right)) return DefaultVisit(node);
                switch (node.Kind)
                {
                    case BoundBinaryKind.NumberAdd:
                        return Remedies.Any(With(_need, _target - right, node.Left), With(_need, _target - left, node.Right));
                    case BoundBinaryKind.NumberSubtract:
                        return Remedies.Any(With(_need, _target + right, node.Left), With(Flipped(_need), left - _target, node.Right));
                    case BoundBinaryKind.NumberMultiply:
                        return Remedies.Any(Scaled(node.Left, right), Scaled(node.Right, left));
                    case BoundBinaryKind.NumberDivide:
                        // A divisor read from the record makes the quotient fall then jump at zero: not monotone.
                        var divisor = _finder.ReadsInput(node.Right) ? _finder.NotThrough(node.Right, NotMonotone) : null;
                        return Remedies.Any(right == 0 ? null : With(right > 0 ? _need : Flipped(_need), _target * right, node.Left), divisor);
                    default:
                        return DefaultVisit(node);
                }
            }

            /// <summary><c>x * k</c> with k fixed: x needs the bound divided by k (the other way round when k is negative).</summary>
            private Remedy? Scaled(BoundExpression operand, decimal factor) =>
                factor == 0 ? null : With(factor > 0 ? _need : Flipped(_need), _target / factor, operand);

            protected override Remedy? VisitCall(BoundCall node)
            {
                switch (node.Function)
                {
                    case BuiltinFunction.Sum: return _finder.Total(node, _need, _target);
                    case BuiltinFunction.Count: return _finder.Count(node, node.Arguments[0], null, _need, _target);
                    case BuiltinFunction.DaysBetween: return _finder.DaysBetween(node, _need, _target);
                    case BuiltinFunction.Abs: return _finder.NotThrough(node, NotMonotone);
                    default: return DefaultVisit(node);
                }
            }
        }
    }
}
