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
        public Duration(int months, int days)
        {
            Months = months;
            Days = days;
        }

        public int Months { get; }
        public int Days { get; }

        public static Duration FromDays(int days) => new Duration(0, days);
        public static Duration FromMonths(int months) => new Duration(months, 0);

        public Duration Negate() => new Duration(-Months, -Days);
        public static Duration operator +(Duration a, Duration b) => new Duration(a.Months + b.Months, a.Days + b.Days);
        public static Duration operator -(Duration a, Duration b) => new Duration(a.Months - b.Months, a.Days - b.Days);
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

        /// <summary>Parses the language's spelling: one or more <c>N unit</c> pairs (day, week, month, year, singular or plural).</summary>
        public static bool TryParse(string text, out Duration duration)
        {
            duration = default;
            var words = text.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length % 2 != 0) return false;
            var total = new Duration(0, 0);
            for (var i = 0; i < words.Length; i += 2)
            {
                if (!int.TryParse(words[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)) return false;
                if (!TryUnit(words[i + 1], count, out var part)) return false;
                total += part;
            }
            duration = total;
            return true;
        }

        internal static bool TryUnit(string unit, int count, out Duration duration)
        {
            switch (unit)
            {
                case "day": case "days": duration = FromDays(count); return true;
                case "week": case "weeks": duration = FromDays(checked(count * 7)); return true;
                case "month": case "months": duration = FromMonths(count); return true;
                case "year": case "years": duration = FromMonths(checked(count * 12)); return true;
                default: duration = default; return false;
            }
        }
    }
}
