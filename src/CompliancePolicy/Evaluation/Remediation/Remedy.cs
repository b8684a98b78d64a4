using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// What would make a failing requirement hold, derived from the bound requirement and the record's values: a change
    /// to one input, several changes together, alternatives, or why none can be derived. <see cref="RemedyText"/> says it
    /// in words; reports also write its parts.
    /// </summary>
    internal abstract class Remedy
    {
        // The words are built once: alternatives are told apart by them, and a JSON report writes them at every level of
        // a nested remedy, so building them on each use made long chains of "through" quadratic. A remedy is immutable:
        // two threads that race here build the same string.
        private string? _words;
        private string? _nestedWords;

        private protected Remedy()
        {
        }

        /// <summary>What kind of remedy this is, as reports name it ("bound", "choice", "count", ...).</summary>
        public abstract string Kind { get; }

        /// <summary>The remedy on one line (<see cref="RemedyText.Describe(Remedy)"/>); <paramref name="nested"/> inside a combination.</summary>
        internal string Words(bool nested) =>
            nested ? _nestedWords ??= RemedyText.Compose(this, nested: true) : _words ??= RemedyText.Compose(this, nested: false);

        public override string ToString() => Words(nested: false);
    }

    /// <summary>What a remedy changes: a record field, a let or table lookup (stated with its value), a list's total or count, an item of a list.</summary>
    internal enum RemedyInputKind
    {
        /// <summary>A field of the record (<c>audit_date</c>, <c>contact.email</c>), or of a list's item in an item remedy.</summary>
        Field,

        /// <summary>A <c>let</c>: the remedy says the value it needs, and how the record's inputs get it there.</summary>
        Let,

        /// <summary>A table or tiers lookup (<c>initial_person_days(effective_headcount)</c>).</summary>
        Lookup,

        /// <summary>The total of a list of numbers (<c>sum(special_deductions)</c>).</summary>
        Total,

        /// <summary>The number of items of a list.</summary>
        Count,

        /// <summary>The evaluation date: only time changes it.</summary>
        Time,
    }

    /// <summary>The input a remedy is about, as the policy writes it.</summary>
    internal sealed class RemedyInput
    {
        internal RemedyInput(string text, RemedyInputKind kind)
        {
            Text = text;
            Kind = kind;
        }

        /// <summary>The expression as written in the policy: <c>score</c>, <c>sum(special_deductions)</c>, <c>r.date</c>.</summary>
        public string Text { get; }

        public RemedyInputKind Kind { get; }

        public override string ToString() => Text;
    }

    /// <summary>How a bound remedy's value must relate to its target.</summary>
    internal enum RemedyNeed
    {
        AtLeast,
        AtMost,

        /// <summary>Strictly more: only for decimals (an int or a date needing more than N needs N + 1).</summary>
        Above,

        /// <summary>Strictly less: only for decimals.</summary>
        Below,
        Exactly,
    }

    /// <summary>
    /// A number, date or duration that must reach a bound: <c>score needs +1 (69 → 70)</c>, <c>audit_date on or after
    /// 2026-08-21</c>. For a let or lookup, <see cref="Via"/> says how the record's inputs get it there.
    /// </summary>
    internal sealed class BoundRemedy : Remedy
    {
        internal BoundRemedy(RemedyInput input, object? current, RemedyNeed need, object target, Remedy? via = null)
        {
            Input = input;
            Current = current;
            Need = need;
            Target = target;
            Via = via;
        }

        public override string Kind => "bound";
        public RemedyInput Input { get; }

        /// <summary>The value now: a decimal, a <see cref="Values.CalendarDate"/> or a <see cref="Values.Duration"/>; null when an optional input is missing.</summary>
        public object? Current { get; }

        public RemedyNeed Need { get; }

        /// <summary>The nearest value that meets the requirement (the bound itself for <see cref="RemedyNeed.Above"/> and <see cref="RemedyNeed.Below"/>).</summary>
        public object Target { get; }

        /// <summary>For a let or a lookup: the changes to the record's inputs that give it the value it needs; null for a field.</summary>
        public Remedy? Via { get; }
    }

    /// <summary>An input that must take one of some values: an enumeration member, true or false, a text, or a value present or missing.</summary>
    internal sealed class ChoiceRemedy : Remedy
    {
        internal ChoiceRemedy(RemedyInput input, string current, IReadOnlyList<string> allowed, bool excluding = false)
        {
            Input = input;
            Current = current;
            Allowed = allowed;
            Excluding = excluding;
        }

        public override string Kind => "choice";
        public RemedyInput Input { get; }

        /// <summary>The value now, as the language writes it.</summary>
        public string Current { get; }

        /// <summary>The values that meet the requirement (or, when <see cref="Excluding"/>, the ones that do not).</summary>
        public IReadOnlyList<string> Allowed { get; }

        /// <summary>Any value but those of <see cref="Allowed"/> (a text that must differ from another).</summary>
        public bool Excluding { get; }
    }

    /// <summary>A list that needs more or fewer items (that meet <see cref="Condition"/>, when given): <c>special_deductions needs 1 item fewer (5 → 4)</c>.</summary>
    internal sealed class CountRemedy : Remedy
    {
        internal CountRemedy(RemedyInput input, int current, int target, string? condition, Remedy? via = null)
        {
            Input = input;
            Current = current;
            Target = target;
            Condition = condition;
            Via = via;
        }

        public override string Kind => "count";
        public RemedyInput Input { get; }
        public int Current { get; }
        public int Target { get; }

        /// <summary>The condition the counted items meet, as written (<c>r.date &lt; audit_date</c>); null when every item counts.</summary>
        public string? Condition { get; }

        /// <summary>When no counted item may remain: what takes each one out (the documents to add, say); null otherwise.</summary>
        public Remedy? Via { get; }
    }

    /// <summary>Items a list must gain or lose, by value: the missing documents by name, the penalties to take off.</summary>
    internal sealed class MembershipRemedy : Remedy
    {
        internal MembershipRemedy(RemedyInput input, IReadOnlyList<string> add, IReadOnlyList<string> remove)
        {
            Input = input;
            Add = add;
            Remove = remove;
        }

        public override string Kind => "membership";
        public RemedyInput Input { get; }

        /// <summary>Items to add, as the language writes them.</summary>
        public IReadOnlyList<string> Add { get; }

        /// <summary>Items to remove, as the language writes them.</summary>
        public IReadOnlyList<string> Remove { get; }
    }

    /// <summary>One item of a list that must change: <c>management_reviews item 1: r.top_management_present needs to be true</c>.</summary>
    internal sealed class ItemRemedy : Remedy
    {
        internal ItemRemedy(RemedyInput list, int position, string item, Remedy change)
        {
            List = list;
            Position = position;
            Item = item;
            Change = change;
        }

        public override string Kind => "item";
        public RemedyInput List { get; }

        /// <summary>The item's 1-based position in the list.</summary>
        public int Position { get; }

        /// <summary>The item as the language writes it.</summary>
        public string Item { get; }

        public Remedy Change { get; }
    }

    /// <summary>An event that would move a lifecycle into a state the requirement accepts.</summary>
    internal sealed class EventRemedy : Remedy
    {
        internal EventRemedy(string lifecycle, string from, string to, string eventType, string transition, string? title, string? condition)
        {
            Lifecycle = lifecycle;
            From = from;
            To = to;
            EventType = eventType;
            Transition = transition;
            Title = title;
            Condition = condition;
        }

        public override string Kind => "event";
        public string Lifecycle { get; }
        public string From { get; }
        public string To { get; }
        public string EventType { get; }

        /// <summary>The transition's ID.</summary>
        public string Transition { get; }

        public string? Title { get; }

        /// <summary>The transition's <c>when</c> condition as written, which the event must meet; null without one.</summary>
        public string? Condition { get; }
    }

    /// <summary>Every part is needed.</summary>
    internal sealed class AllOfRemedy : Remedy
    {
        internal AllOfRemedy(IReadOnlyList<Remedy> parts) => Parts = parts;
        public override string Kind => "all";
        public IReadOnlyList<Remedy> Parts { get; }
    }

    /// <summary>Any one of the alternatives is enough.</summary>
    internal sealed class AnyOfRemedy : Remedy
    {
        internal AnyOfRemedy(IReadOnlyList<Remedy> alternatives) => Alternatives = alternatives;
        public override string Kind => "any";
        public IReadOnlyList<Remedy> Alternatives { get; }
    }

    /// <summary>No remedy can be derived, and why (never a guess): "the requirement is not monotone in its inputs".</summary>
    internal sealed class NoRemedy : Remedy
    {
        internal NoRemedy(string reason) => Reason = reason;
        public override string Kind => "none";
        public string Reason { get; }
    }

    /// <summary>Builds combined remedies in their simplest form: nothing for no parts, the part itself for one.</summary>
    internal static class Remedies
    {
        /// <summary>All the parts; parts that change one list's items are merged into one.</summary>
        public static Remedy? All(IEnumerable<Remedy?> parts)
        {
            var merged = new List<Remedy>();
            foreach (var part in Flatten<AllOfRemedy>(parts, r => r.Parts)) AddMerged(merged, part);
            return merged.Count == 0 ? null : merged.Count == 1 ? merged[0] : new AllOfRemedy(merged);
        }

        /// <summary>Any of the alternatives; those that cannot be derived are dropped while one can (an alternative that is no option is no help).</summary>
        public static Remedy? Any(IEnumerable<Remedy?> alternatives)
        {
            var kept = new Alternatives();
            foreach (var alternative in alternatives) kept.Add(alternative);
            return kept.Result();
        }

        /// <summary>Either of two alternatives, as <see cref="Any(IEnumerable{Remedy?})"/> (most comparisons have two sides).</summary>
        public static Remedy? Any(Remedy? first, Remedy? second)
        {
            var kept = new Alternatives();
            kept.Add(first);
            kept.Add(second);
            return kept.Result();
        }

        /// <summary>
        /// The alternatives kept so far: the first that cannot be derived, in case none can; and those that can, the first
        /// of those that say the same. A list is made only for a second alternative: most remedies have one.
        /// </summary>
        private struct Alternatives
        {
            private Remedy? _firstUnusable;
            private Remedy? _only;
            private List<Remedy>? _several;

            public void Add(Remedy? alternative)
            {
                if (alternative is AnyOfRemedy any)
                {
                    foreach (var nested in any.Alternatives) Keep(nested);
                }
                else if (alternative != null)
                {
                    Keep(alternative);
                }
            }

            public Remedy? Result() => _several != null ? new AnyOfRemedy(_several) : _only ?? _firstUnusable;

            private void Keep(Remedy alternative)
            {
                if (alternative is NoRemedy)
                {
                    _firstUnusable ??= alternative;
                }
                else if (_only is null)
                {
                    _only = alternative;
                }
                else if (_several is null)
                {
                    if (RemedyText.Describe(_only) != RemedyText.Describe(alternative)) _several = new List<Remedy> { _only, alternative };
                }
                else if (!SaidAlready(_several, alternative))
                {
                    _several.Add(alternative);
                }
            }
        }

        private static bool SaidAlready(List<Remedy> kept, Remedy alternative)
        {
            var words = RemedyText.Describe(alternative);
            foreach (var remedy in kept)
            {
                if (RemedyText.Describe(remedy) == words) return true;
            }
            return false;
        }

        private static IEnumerable<Remedy> Flatten<T>(IEnumerable<Remedy?> parts, System.Func<T, IReadOnlyList<Remedy>> children)
            where T : Remedy
        {
            foreach (var part in parts)
            {
                if (part is null) continue;
                if (part is T same)
                {
                    foreach (var child in children(same)) yield return child;
                }
                else
                {
                    yield return part;
                }
            }
        }

        /// <summary>Adds a part, merged into an earlier one that changes the same list's items.</summary>
        private static void AddMerged(List<Remedy> merged, Remedy part)
        {
            var index = part is MembershipRemedy m ? merged.FindIndex(r => r is MembershipRemedy o && o.Input.Text == m.Input.Text) : -1;
            if (index < 0)
            {
                merged.Add(part);
                return;
            }
            var earlier = (MembershipRemedy)merged[index];
            var membership = (MembershipRemedy)part;
            merged[index] = new MembershipRemedy(earlier.Input, earlier.Add.Union(membership.Add).ToArray(), earlier.Remove.Union(membership.Remove).ToArray());
        }
    }
}
