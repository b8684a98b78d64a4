using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Binding;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Evaluation.Remediation
{
    internal sealed partial class RemedyFinder
    {
        /// <summary>
        /// <c>any</c>, <c>all</c> and <c>none</c>: an item that must change (the first few are listed), items the list must
        /// drop, or an item the list must gain, as the quantifier asks.
        /// </summary>
        private Remedy? Quantifier(BoundQuantifier node, bool wanted)
        {
            if (_time) return null;
            if (!TryValue(node.Collection, out var value, out var problem)) return problem;
            var items = (object?[])value!;
            var input = new RemedyInput(TextOf(node.Collection), RemedyInputKind.Count);
            var listPath = AdjustableList(node.Collection);
            var changeable = listPath != null || ReadsInput(node.Collection);
            if (node.Condition is null)
            {
                // 'any x in xs' asks for an item, nothing more.
                return wanted ? new CountRemedy(input, 0, 1, null) : TakeOut(new CountedItems(input.Text, node.Collection, _source, null, null, null));
            }
            var condition = node.Condition;
            var conditionText = TextOf(condition);
            var meets = items.Select(item => HoldsFor(node.Variable, item, condition)).ToArray();
            var matching = items.Where((_, i) => meets[i]).ToArray();
            var itemsMustMeet = (node.Kind == QuantifierKind.All) == wanted;
            if (node.Kind == QuantifierKind.Any ? wanted : node.Kind == QuantifierKind.None ? !wanted : false)
            {
                // One item must meet the condition: change one, or add one.
                var changes = items.Take(MaxItems).Select((item, i) => ChangeItem(node, input, i, item, changeable, true));
                return Remedies.Any(changes.Concat(new[] { new CountRemedy(input, 0, 1, conditionText) }));
            }
            if (!itemsMustMeet)
            {
                // No item may meet it ('none', or 'any' made false): drop those that do.
                return listPath != null
                    ? new MembershipRemedy(InputOf(node.Collection, listPath), new string[0], matching.Select(Show).ToArray())
                    : new CountRemedy(input, matching.Length, 0, conditionText);
            }
            if (wanted)
            {
                // 'all': every item that fails must change, or go.
                var failing = items.Select((item, i) => (item, i)).Where(p => !meets[p.i]).ToArray();
                var change = Remedies.All(failing.Select(p => ChangeItem(node, input, p.i, p.item, changeable, true)));
                var drop = listPath is null ? null : new MembershipRemedy(InputOf(node.Collection, listPath), new string[0], failing.Select(p => Show(p.item)).ToArray());
                return Remedies.Any(change, drop);
            }
            // 'all' made false: one item must fail the condition.
            return Remedies.Any(items.Take(MaxItems).Select((item, i) => ChangeItem(node, input, i, item, changeable, false))
                .Concat(new[] { new CountRemedy(input, 0, 1, $"not ({conditionText})") }));
        }

        private bool HoldsFor(VariableSymbol variable, object? item, BoundExpression condition)
        {
            var outer = _frame.Variables[variable.Slot];
            _frame.Variables[variable.Slot] = item;
            try
            {
                return TryValue(condition, out var holds, out _) && holds is true;
            }
            finally
            {
                _frame.Variables[variable.Slot] = outer;
            }
        }

        /// <summary>What would give one item the wanted value of the quantifier's condition, stated on that item.</summary>
        private Remedy? ChangeItem(BoundQuantifier node, RemedyInput list, int index, object? item, bool changeable, bool wanted)
        {
            var change = ForItem(node.Variable, item, changeable, () => Want(node.Condition!, wanted));
            return change is null ? null : new ItemRemedy(list, index + 1, Show(item), change);
        }
    }
}
