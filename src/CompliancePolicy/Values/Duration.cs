using System;
using System.Collections.Generic;
using System.Globalization;

namespace CompliancePolicy.Values
{
    /// <summary>
    /// A calendar duration: whole months (a year is 12) plus days (a week is 7). Months and days are kept apart
    /// because a month has no fixed length, and for the same reason durations have no order of their own (as
    /// NodaTime's <c>Period</c>): <c>1 month</c> is more than 30 days in some months and less in others. Compare the
    /// dates they lead to instead.
    /// </summary>
    public readonly struct Duration : IEquatable<Duration>
    {
        /// <summary>The most months a duration written in a policy, a parameter or a record may have: 9999 years, the
        /// length of the calendar. Longer durations cannot be added to any date.</summary>
        public const int MaxMonths = 9999 * 12;

        /// <summary>The most days a written duration may have: the number of days in the calendar (0001-01-01 to 9999-12-31).</summary>
        public const int MaxDays = 3652059;

        public Duration(int months, int days)
        {
            Months = months;
            Days = days;
        }

        public int Months { get; }
        public int Days { get; }

        public static Duration FromDays(int days) => new Duration(0, days);
        public static Duration FromMonths(int months) => new Duration(months, 0);

        // Checked: a duration that does not fit is an OverflowException, never a silent wrap to a negative duration.
        public Duration Negate() => new Duration(checked(-Months), checked(-Days));
        public static Duration operator +(Duration a, Duration b) => new Duration(checked(a.Months + b.Months), checked(a.Days + b.Days));
        public static Duration operator -(Duration a, Duration b) => new Duration(checked(a.Months - b.Months), checked(a.Days - b.Days));
        public Duration Times(int factor) => new Duration(checked(Months * factor), checked(Days * factor));

        public bool Equals(Duration other) => Months == other.Months && Days == other.Days;
        public override bool Equals(object? obj) => obj is Duration other && Equals(other);
        public override int GetHashCode() => (Months * 397) ^ Days;

        /// <summary>
        /// Orders two durations that between them use one unit (months, or days); the binder lets a policy order
        /// durations only then (CP1021), so any other pair is an engine bug.
        /// </summary>
        internal int CompareInOneUnit(Duration other)
        {
            var months = Months != 0 || other.Months != 0;
            var days = Days != 0 || other.Days != 0;
            if (months && days) throw new InvalidOperationException($"Durations {this} and {other} have no order: one counts months, the other days.");
            return months ? Months.CompareTo(other.Months) : Days.CompareTo(other.Days);
        }

        public static bool operator ==(Duration a, Duration b) => a.Equals(b);
        public static bool operator !=(Duration a, Duration b) => !a.Equals(b);

        /// <summary>The language's own spelling, e.g. <c>1 year 2 months 3 days</c>, or <c>0 days</c>.</summary>
        public override string ToString()
        {
            if (Months == 0 && Days == 0) return "0 days";
            var parts = new List<string>();
            var years = Months / 12;
            var months = Months % 12;
            if (years != 0) parts.Add(Plural(years, "year"));
            if (months != 0) parts.Add(Plural(months, "month"));
            if (Days != 0) parts.Add(Plural(Days, "day"));
            return string.Join(" ", parts);
        }

        private static string Plural(int count, string unit) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + unit + (Math.Abs(count) == 1 ? string.Empty : "s");

        /// <summary>Parses the language's spelling: one or more <c>N unit</c> pairs (day, week, month, year, singular or
        /// plural). False when the text is not a duration or is longer than <see cref="MaxMonths"/> or <see cref="MaxDays"/>.</summary>
        public static bool TryParse(string text, out Duration duration) => Parse(text, out duration) == DurationSyntax.Valid;

        /// <summary>As <see cref="TryParse"/>, telling a text that is not a duration from one that is too long.</summary>
        internal static DurationSyntax Parse(string text, out Duration duration)
        {
            duration = default;
            var words = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length % 2 != 0) return DurationSyntax.Malformed;
            long months = 0, days = 0;
            var tooLong = false;
            for (var i = 0; i < words.Length; i += 2)
            {
                if (!TryUnit(words[i + 1], out var monthsPerUnit, out var daysPerUnit) || !IsWholeNumber(words[i])) return DurationSyntax.Malformed;
                // A count too large for an int is too long whatever its unit; within an int, the products fit a long.
                if (!int.TryParse(words[i], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
                {
                    tooLong = true;
                    continue;
                }
                months += (long)count * monthsPerUnit;
                days += (long)count * daysPerUnit;
            }
            if (tooLong || !IsWritable(months, days)) return DurationSyntax.TooLong;
            duration = new Duration((int)months, (int)days);
            return DurationSyntax.Valid;
        }

        /// <summary>True when a duration with these parts may be written: at most <see cref="MaxMonths"/> months and
        /// <see cref="MaxDays"/> days, either way. The parts of a longer one may not even fit an int.</summary>
        internal static bool IsWritable(long months, long days) =>
            months >= -MaxMonths && months <= MaxMonths && days >= -MaxDays && days <= MaxDays;

        /// <summary>The limit on written durations, in the words every reader of durations (policy text, parameters,
        /// records) uses when it refuses a longer one.</summary>
        internal static readonly string Limit = FormattableString.Invariant(
            $"a duration can be at most 9999 years ({MaxMonths:N0} months) or {MaxDays:N0} days, the length of the calendar");

        /// <summary>What one unit is worth: a day is (0, 1), a week (0, 7), a month (1, 0) and a year (12, 0).</summary>
        internal static bool TryUnit(string unit, out int months, out int days)
        {
            switch (unit)
            {
                case "day": case "days": (months, days) = (0, 1); return true;
                case "week": case "weeks": (months, days) = (0, 7); return true;
                case "month": case "months": (months, days) = (1, 0); return true;
                case "year": case "years": (months, days) = (12, 0); return true;
                default: (months, days) = (0, 0); return false;
            }
        }

        private static bool IsWholeNumber(string word)
        {
            var start = word[0] == '-' || word[0] == '+' ? 1 : 0;
            if (start == word.Length) return false;
            for (var i = start; i < word.Length; i++)
            {
                if (word[i] < '0' || word[i] > '9') return false;
            }
            return true;
        }
    }

    /// <summary>How a duration's text reads: a valid duration, not a duration at all, or a duration too long to hold.</summary>
    internal enum DurationSyntax
    {
        Valid,
        Malformed,
        TooLong,
    }
}
