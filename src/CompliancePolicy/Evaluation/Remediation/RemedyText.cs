using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// Says a remedy in words, in one place for every host and report: on one line
    /// (<c>score needs +1 (69 → 70)</c>), or as an indented list where remedies combine.
    /// </summary>
    internal static class RemedyText
    {
        private const string Indent = "  ";

        /// <summary>The remedy on one line: alternatives joined by "or", parts by "and", an alternative inside a part in parentheses.</summary>
        public static string Describe(Remedy remedy) => remedy.Words(nested: false);

        // Event names are identifiers (Audit, CertificateIssued): judged by the first letter, which is right for the names
        // the samples use; "an UnpaidFees event" reads better than "a Audit event" even where a vowel sounds otherwise.
        private static string Article(string name) => name.Length > 0 && "AEIOUaeiou".Contains(name[0]) ? "an" : "a";

        private static string Describe(Remedy remedy, bool nested) => remedy.Words(nested);

        /// <summary>
        /// The words of <see cref="Remedy.Words"/>, built from those of the parts. Inside a combination, what a remedy goes
        /// through is put in parentheses, so its alternatives do not read as the outer ones; nothing else differs.
        /// </summary>
        internal static string Compose(Remedy remedy, bool nested)
        {
            if (nested && !ThroughCombined(remedy)) return remedy.Words(nested: false);
            switch (remedy)
            {
                case AllOfRemedy all: return string.Join(" and ", all.Parts.Select(p => p is AnyOfRemedy ? "(" + Describe(p, true) + ")" : Describe(p, true)));
                case AnyOfRemedy any: return string.Join(", or ", any.Alternatives.Select(a => a is AllOfRemedy ? "(" + Describe(a, true) + ")" : Describe(a, true)));
                case BoundRemedy bound when bound.Via != null: return Head(bound) + ", through " + Via(bound.Via, nested);
                case CountRemedy count when count.Via != null: return Head(count) + ", through " + Via(count.Via, nested);
                default: return Head(remedy);
            }
        }

        private static bool ThroughCombined(Remedy remedy) =>
            (remedy is BoundRemedy { Via: { } bound } && EndsCombined(bound)) || (remedy is CountRemedy { Via: { } count } && EndsCombined(count));

        private static string Via(Remedy via, bool nested) => nested && EndsCombined(via) ? "(" + Describe(via, true) + ")" : Describe(via, true);

        /// <summary>Whether a chain of "through"s ends in alternatives or parts, whose "or" and "and" would read as the outer ones.</summary>
        private static bool EndsCombined(Remedy via)
        {
            while (true)
            {
                switch (via)
                {
                    case AnyOfRemedy _:
                    case AllOfRemedy _:
                        return true;
                    case BoundRemedy { Via: { } next }:
                        via = next;
                        break;
                    case CountRemedy { Via: { } next }:
                        via = next;
                        break;
                    default:
                        return false;
                }
            }
        }

        /// <summary>
        /// The remedy as lines: a single change is one line; combined remedies start with "all of:" or "one of:" and list
        /// their parts under it, indented two spaces, each after "- ".
        /// </summary>
        public static IReadOnlyList<string> Lines(Remedy remedy)
        {
            var lines = new List<string>();
            Write(lines, remedy, string.Empty, string.Empty);
            return lines;
        }

        /// <summary>A failure's remedy and outlook on one line, for a table cell or a property: "score needs +1 (69 → 70);
        /// compliant from 2026-11-23: ...", either part alone, or empty.</summary>
        public static string Summary(Remedy? remedy, ClauseOutlook? outlook)
        {
            var parts = new List<string>();
            if (remedy != null) parts.Add(Describe(remedy));
            if (outlook != null) parts.Add(outlook.Describe());
            return string.Join("; ", parts);
        }

        /// <summary>The remedy as lines under a failure, in every text report: "to pass: " before the first line, except
        /// where the engine has none and says why ("no remediation: ...").</summary>
        public static IReadOnlyList<string> ToPass(Remedy remedy)
        {
            var lines = new List<string>();
            Write(lines, remedy, string.Empty, remedy is NoRemedy ? string.Empty : "to pass: ");
            return lines;
        }

        private static void Write(List<string> lines, Remedy remedy, string indent, string bullet)
        {
            switch (remedy)
            {
                case AllOfRemedy all:
                    lines.Add(indent + bullet + "all of:");
                    foreach (var part in all.Parts) Write(lines, part, indent + Indent, "- ");
                    break;
                case AnyOfRemedy any:
                    lines.Add(indent + bullet + "one of:");
                    foreach (var alternative in any.Alternatives) Write(lines, alternative, indent + Indent, "- ");
                    break;
                case BoundRemedy bound when bound.Via is AllOfRemedy || bound.Via is AnyOfRemedy:
                    Through(lines, Head(bound), bound.Via, indent, bullet);
                    break;
                case CountRemedy count when count.Via is AllOfRemedy || count.Via is AnyOfRemedy:
                    Through(lines, Head(count), count.Via, indent, bullet);
                    break;
                default:
                    lines.Add(indent + bullet + Describe(remedy));
                    break;
            }
        }

        /// <summary>A remedy on a computed value, then the changes of the record's inputs that reach it, listed under it.</summary>
        private static void Through(List<string> lines, string head, Remedy via, string indent, string bullet)
        {
            lines.Add(indent + bullet + head + ", through " + (via is AllOfRemedy ? "all of:" : "one of:"));
            var children = via is AllOfRemedy all ? all.Parts : ((AnyOfRemedy)via).Alternatives;
            foreach (var child in children) Write(lines, child, indent + Indent, "- ");
        }

        /// <summary>What one remedy says about its own input, without what its parts or <c>Via</c> add.</summary>
        private static string Head(Remedy remedy)
        {
            switch (remedy)
            {
                case BoundRemedy bound: return Bound(bound);
                case ChoiceRemedy choice: return Choice(choice);
                case CountRemedy count: return Count(count);
                case MembershipRemedy membership: return Membership(membership);
                case ItemRemedy item: return $"{item.List} item {Number(item.Position)} ({item.Item}): {Describe(item.Change, true)}";
                case EventRemedy @event:
                    var title = @event.Title is null ? string.Empty : $" \"{@event.Title}\"";
                    var condition = @event.Condition is null ? string.Empty : $", if {@event.Condition}";
                    return $"{@event.Lifecycle}: {Article(@event.EventType)} {@event.EventType} event (transition {@event.Transition}{title}) moves it from {@event.From} to {@event.To}{condition}";
                case NoRemedy none: return "no remediation: " + none.Reason;
                default: throw new System.ArgumentOutOfRangeException(nameof(remedy), remedy.GetType().Name, "A remedy kind without its words.");
            }
        }

        private static string Bound(BoundRemedy bound)
        {
            var input = bound.Input.Text;
            switch (bound.Current)
            {
                case null:
                    var need = bound.Need == RemedyNeed.AtLeast ? "at least" : bound.Need == RemedyNeed.AtMost ? "at most"
                        : bound.Need == RemedyNeed.Above ? "above" : bound.Need == RemedyNeed.Below ? "below" : "exactly";
                    return $"{input} needs a value {need} {Value(bound.Target)} (now missing)";
                case decimal current:
                    var target = (decimal)bound.Target;
                    switch (bound.Need)
                    {
                        case RemedyNeed.Above: return $"{input} needs to be above {Number(target)} (now {Number(current)})";
                        case RemedyNeed.Below: return $"{input} needs to be below {Number(target)} (now {Number(current)})";
                        default: return $"{input} needs {Signed(target - current)} ({Number(current)} → {Number(target)})";
                    }
                case CalendarDate date:
                    var when = bound.Need == RemedyNeed.AtLeast ? "on or after" : bound.Need == RemedyNeed.AtMost ? "on or before" : "on";
                    return $"{input} {when} {bound.Target} (now {date})";
                default:
                    var relation = bound.Need == RemedyNeed.AtLeast ? "at least" : bound.Need == RemedyNeed.AtMost ? "at most" : "exactly";
                    return $"{input} needs to be {relation} {bound.Target} (now {bound.Current})";
            }
        }

        private static string Choice(ChoiceRemedy choice)
        {
            var values = string.Join(", ", choice.Allowed);
            var what = choice.Excluding ? "anything but " + values : choice.Allowed.Count == 1 ? values : "one of " + values;
            return $"{choice.Input} needs to be {what} (now {choice.Current})";
        }

        private static string Count(CountRemedy count)
        {
            var difference = count.Target - count.Current;
            var items = System.Math.Abs(difference) == 1 ? "1 item" : Number(System.Math.Abs(difference)) + " items";
            var how = difference > 0 ? $"{Number(difference)} more {(difference == 1 ? "item" : "items")}" : items + " fewer";
            var where = count.Condition is null ? string.Empty : " where " + count.Condition;
            return $"{count.Input} needs {how}{where} ({Number(count.Current)} → {Number(count.Target)})";
        }

        private static string Membership(MembershipRemedy membership)
        {
            var parts = new List<string>();
            if (membership.Add.Count > 0) parts.Add("to include " + string.Join(", ", membership.Add));
            if (membership.Remove.Count > 0) parts.Add("to drop " + string.Join(", ", membership.Remove));
            return $"{membership.Input} needs {string.Join(" and ", parts)}";
        }

        private static string Value(object value) => value is decimal number ? Number(number) : ValueFormatter.Format(value);

        /// <summary>A number without trailing zeros: 2.50 reads 2.5.</summary>
        internal static string Number(decimal value)
        {
            // The plain invariant form and its trailing zeros cut off: what the custom format "0.####…" writes, at a third
            // of its cost (a decimal's default form never has an exponent, and writes zero without a sign).
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (text.IndexOf('.') < 0) return text;
            var end = text.Length;
            while (text[end - 1] == '0') end--;
            if (text[end - 1] == '.') end--;
            return end == text.Length ? text : text.Substring(0, end);
        }

        private static string Signed(decimal value) => (value > 0 ? "+" : string.Empty) + Number(value);
    }
}
