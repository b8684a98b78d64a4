using System;
using System.Globalization;

namespace CompliancePolicy.Values
{
    /// <summary>A calendar date with no time of day and no time zone (netstandard2.0 has no DateOnly).</summary>
    public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
    {
        private readonly int _dayNumber; // days since 0001-01-01

        private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

        public CalendarDate(int year, int month, int day)
            : this((int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay))
        {
        }

        public int Year => ToDateTime().Year;
        public int Month => ToDateTime().Month;
        public int Day => ToDateTime().Day;
        public int DayNumber => _dayNumber;

        public DateTime ToDateTime() => new DateTime(_dayNumber * TimeSpan.TicksPerDay, DateTimeKind.Unspecified);

        public static CalendarDate FromDateTime(DateTime value) => new CalendarDate((int)(value.Date.Ticks / TimeSpan.TicksPerDay));

        public CalendarDate AddDays(int days) => new CalendarDate(checked(_dayNumber + days));

        /// <summary>Adds whole months, clamping to the last day of a shorter month (2024-01-31 + 1 month = 2024-02-29).</summary>
        public CalendarDate AddMonths(int months) => FromDateTime(ToDateTime().AddMonths(months));

        /// <summary>Months first (with clamping), then days: the calendar meaning of "3 months and 2 days later".</summary>
        public CalendarDate Add(Duration duration) => AddMonths(duration.Months).AddDays(duration.Days);

        public CalendarDate Subtract(Duration duration) => AddMonths(-duration.Months).AddDays(-duration.Days);

        public static int DaysBetween(CalendarDate from, CalendarDate to) => to._dayNumber - from._dayNumber;

        /// <summary>
        /// The calendar distance from one date to a later one: the most whole months m with from + m months &lt;= to,
        /// then the remaining days. So its months are at least 3 exactly when <c>a + 3 months &lt;= b</c>.
        /// A negative distance is the negated distance the other way.
        /// </summary>
        public static Duration Elapsed(CalendarDate from, CalendarDate to)
        {
            if (to < from) return Elapsed(to, from).Negate();
            var a = from.ToDateTime();
            var b = to.ToDateTime();
            var months = (b.Year - a.Year) * 12 + b.Month - a.Month;
            if (from.AddMonths(months) > to) months--;
            return new Duration(months, DaysBetween(from.AddMonths(months), to));
        }

        public static bool TryParse(string text, out CalendarDate date)
        {
            date = default;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
            date = FromDateTime(parsed);
            return true;
        }

        public bool Equals(CalendarDate other) => _dayNumber == other._dayNumber;
        public override bool Equals(object? obj) => obj is CalendarDate other && Equals(other);
        public override int GetHashCode() => _dayNumber;
        public int CompareTo(CalendarDate other) => _dayNumber.CompareTo(other._dayNumber);
        public override string ToString() => ToDateTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        public static bool operator ==(CalendarDate a, CalendarDate b) => a._dayNumber == b._dayNumber;
        public static bool operator !=(CalendarDate a, CalendarDate b) => a._dayNumber != b._dayNumber;
        public static bool operator <(CalendarDate a, CalendarDate b) => a._dayNumber < b._dayNumber;
        public static bool operator >(CalendarDate a, CalendarDate b) => a._dayNumber > b._dayNumber;
        public static bool operator <=(CalendarDate a, CalendarDate b) => a._dayNumber <= b._dayNumber;
        public static bool operator >=(CalendarDate a, CalendarDate b) => a._dayNumber >= b._dayNumber;
    }
}
