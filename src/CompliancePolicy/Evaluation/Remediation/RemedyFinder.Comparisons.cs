using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    internal sealed partial class RemedyFinder
    {
        /// <summary>
        /// A comparison made to hold (or not): each side is followed to the inputs it reads, with the other side's value
        /// fixed; numbers and dates are inverted, bools and enumeration members tried one by one, texts must equal the
        /// other side or differ from it.
        /// </summary>
        private Remedy? Compare(BoundBinary node, bool wanted)
        {
            var kind = wanted ? node.Kind : Negated(node.Kind);
            return Solving(node, wanted, () => CompareSides(node, kind)) ?? Unreachable(node);
        }

        private Remedy? Unreachable(BoundExpression node) =>
            _time ? null : NotThrough(node, NotInverted) ?? new NoRemedy($"'{TextOf(node)}' reads nothing the record carries, only constants and the policy's parameters");

        private Remedy? CompareSides(BoundBinary node, BoundBinaryKind kind)
        {
            var lifecycle = LifecycleState(node.Left, node.Right, kind) ?? LifecycleState(node.Right, node.Left, kind);
            if (lifecycle != null) return lifecycle;
            if (!TryValue(node.Left, out var left, out var problem) || !TryValue(node.Right, out var right, out problem)) return problem;
            var type = node.OperandType;
            if (kind == BoundBinaryKind.NotEqual)
                return Remedies.Any(ChooseValue(node.Left) ?? Differ(node.Left, right), ChooseValue(node.Right) ?? Differ(node.Right, left));
            if (type.IsNumeric)
                return Remedies.Any(Number(node.Left, Need(kind), (decimal)right!), Number(node.Right, Need(Mirrored(kind)), (decimal)left!));
            if (type == TypeSymbol.Date)
                return Remedies.Any(DateBound(node.Left, Need(kind), (CalendarDate)right!), DateBound(node.Right, Need(Mirrored(kind)), (CalendarDate)left!));
            return Remedies.Any(ChooseValue(node.Left) ?? Equal(node.Left, right), ChooseValue(node.Right) ?? Equal(node.Right, left));
        }

        /// <summary>An input that must take the other side's value (a text, a duration).</summary>
        private Remedy? Equal(BoundExpression side, object? other)
        {
            var path = Adjustable(side);
            if (path is null) return null;
            TryValue(side, out var current, out _);
            return Checked(path, other, new ChoiceRemedy(InputOf(side, path), Show(current), new[] { Show(other) }));
        }

        /// <summary>An input that must differ from the other side's value.</summary>
        private Remedy? Differ(BoundExpression side, object? other)
        {
            var path = Adjustable(side);
            if (path is null) return null;
            TryValue(side, out var current, out _);
            return new ChoiceRemedy(InputOf(side, path), Show(current), new[] { Show(other) }, excluding: true);
        }

        /// <summary>
        /// <c>lifecycle.state = lifecycle.s</c> (or <c>!=</c>): the events whose transitions lead from the state now into one
        /// the comparison accepts. Time is the outlook's business, so deadline transitions are left to it.
        /// </summary>
        private Remedy? LifecycleState(BoundExpression side, BoundExpression other, BoundBinaryKind kind)
        {
            if (!(side is BoundLifecycleValue value) || value.Kind != LifecycleValueKind.State || !(other is BoundLiteral literal)) return null;
            if (kind != BoundBinaryKind.Equal && kind != BoundBinaryKind.NotEqual) return null;
            if (_time) return null;
            if (!TryValue(side, out var now, out var problem)) return problem;
            var lifecycle = value.Lifecycle;
            var state = lifecycle.FindState(((EnumValue)now!).Name)!;
            var comparison = new StateComparison(lifecycle, ((EnumValue)literal.Value).Name, kind == BoundBinaryKind.Equal, state);
            return _frame.Program.RemediationCache.StateRemedy(comparison, (policy, c) => EventsInto(policy, c));
        }

        private static Remedy EventsInto(BoundPolicy policy, StateComparison comparison)
        {
            var (lifecycle, state) = (comparison.Lifecycle, comparison.Now);
            var accepted = lifecycle.States.Where(s => (s.Name == comparison.Named) == comparison.Equal).ToArray();
            var transitions = lifecycle.Transitions.Where(t => t.Leaves(state) && t.EventType != null && accepted.Contains(t.To)).ToArray();
            if (transitions.Length == 0)
            {
                return new NoRemedy(state.IsFinal
                    ? $"{lifecycle.Name} is {state.Name}, a final state: no event moves it out"
                    : $"no event moves {lifecycle.Name} from {state.Name} to {string.Join(" or ", accepted.Select(s => s.Name))} in one step");
            }
            var body = policy.LifecycleBodies[lifecycle];
            return Remedies.Any(transitions.Select(t => new EventRemedy(lifecycle.Name, state.Name, t.To.Name, t.EventType!.Name, t.Id, t.Title,
                body.Transitions[t].Condition is { } condition ? lifecycle.Source.ToString(condition.Syntax.Span) : null)))!;
        }

        /// <summary>
        /// <c>d within D before|after|of a</c>: to hold, a date outside the window moves to its nearer end (or the anchor moves
        /// to the date); not to hold, a date inside moves out past either end.
        /// </summary>
        private Remedy? Within(BoundWithin node, bool wanted) => Solving(node, wanted, () =>
        {
            if (!TryValue(node.Operand, out var operand, out var problem) || !TryValue(node.Anchor, out var anchorValue, out problem)
                || !TryValue(node.Distance, out var distanceValue, out problem)) return problem;
            var date = (CalendarDate)operand!;
            var anchor = (CalendarDate)anchorValue!;
            var distance = (Duration)distanceValue!;
            var before = node.Direction != WithinDirection.After;
            var after = node.Direction != WithinDirection.Before;
            CalendarDate Lower(CalendarDate a) => before ? a.Subtract(distance) : a;
            CalendarDate Upper(CalendarDate a) => after ? a.Add(distance) : a;
            if (!wanted)
            {
                return Remedies.Any(
                    DateBound(node.Operand, RemedyNeed.AtMost, Lower(anchor).AddDays(-1)),
                    DateBound(node.Operand, RemedyNeed.AtLeast, Upper(anchor).AddDays(1)));
            }
            return date < Lower(anchor)
                ? Remedies.Any(DateBound(node.Operand, RemedyNeed.AtLeast, Lower(anchor)), DateBound(node.Anchor, RemedyNeed.AtMost, date, Lower))
                : Remedies.Any(DateBound(node.Operand, RemedyNeed.AtMost, Upper(anchor)), DateBound(node.Anchor, RemedyNeed.AtLeast, date, Upper));
        }) ?? Unreachable(node);

        /// <summary>
        /// <c>x in xs</c>, <c>x not in xs</c>, <c>contains(xs, x)</c>: the input takes one of the list's values (or none of
        /// them), or the list the record carries gains (or loses) the value.
        /// </summary>
        private Remedy? Membership(BoundExpression node, BoundExpression operand, BoundExpression collection, bool member, bool wanted) =>
            Solving(node, wanted, () =>
            {
                if (!TryValue(operand, out var item, out var problem) || !TryValue(collection, out var list, out problem)) return problem;
                var items = ((object?[])list!).Select(Show).Distinct().ToArray();
                Remedy? choice = ChooseValue(operand);
                if (choice is null && Adjustable(operand) is { } path && items.Length > 0)
                    choice = new ChoiceRemedy(InputOf(operand, path), Show(item), items, excluding: !member);
                Remedy? change = null;
                if (AdjustableList(collection) is { } listPath)
                {
                    var shown = new[] { Show(item) };
                    var none = new string[0];
                    change = new MembershipRemedy(InputOf(collection, listPath), member ? shown : none, member ? none : shown);
                }
                return Remedies.Any(choice, change);
            }) ?? Unreachable(node);

        private static BoundBinaryKind Negated(BoundBinaryKind kind)
        {
            switch (kind)
            {
                case BoundBinaryKind.Equal: return BoundBinaryKind.NotEqual;
                case BoundBinaryKind.NotEqual: return BoundBinaryKind.Equal;
                case BoundBinaryKind.Less: return BoundBinaryKind.GreaterOrEqual;
                case BoundBinaryKind.LessOrEqual: return BoundBinaryKind.Greater;
                case BoundBinaryKind.Greater: return BoundBinaryKind.LessOrEqual;
                case BoundBinaryKind.GreaterOrEqual: return BoundBinaryKind.Less;
                default: throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Not a comparison.");
            }
        }

        /// <summary>The same comparison read from the right: <c>a &lt; b</c> is <c>b &gt; a</c>.</summary>
        private static BoundBinaryKind Mirrored(BoundBinaryKind kind)
        {
            switch (kind)
            {
                case BoundBinaryKind.Less: return BoundBinaryKind.Greater;
                case BoundBinaryKind.LessOrEqual: return BoundBinaryKind.GreaterOrEqual;
                case BoundBinaryKind.Greater: return BoundBinaryKind.Less;
                case BoundBinaryKind.GreaterOrEqual: return BoundBinaryKind.LessOrEqual;
                default: return kind;
            }
        }

        /// <summary>What the left side of a comparison needs to be, against the right side's value.</summary>
        private static RemedyNeed Need(BoundBinaryKind kind)
        {
            switch (kind)
            {
                case BoundBinaryKind.Less: return RemedyNeed.Below;
                case BoundBinaryKind.LessOrEqual: return RemedyNeed.AtMost;
                case BoundBinaryKind.Greater: return RemedyNeed.Above;
                case BoundBinaryKind.GreaterOrEqual: return RemedyNeed.AtLeast;
                case BoundBinaryKind.Equal: return RemedyNeed.Exactly;
                default: throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "Not an ordering or equality.");
            }
        }

        private static RemedyNeed Flipped(RemedyNeed need)
        {
            switch (need)
            {
                case RemedyNeed.AtLeast: return RemedyNeed.AtMost;
                case RemedyNeed.AtMost: return RemedyNeed.AtLeast;
                case RemedyNeed.Above: return RemedyNeed.Below;
                case RemedyNeed.Below: return RemedyNeed.Above;
                default: return need;
            }
        }
    }
}
