using System;
using System.Globalization;

namespace CompliancePolicy.Values
{
    /// <summary>A calendar date with no time of day and no time zone (netstandard2.0 has no DateOnly).</summary>
    public readonly struct CalendarDate : IEquatable<CalendarDate>, IComparable<CalendarDate>
    {
        private const int LastDayNumber = 3652058; // 9999-12-31

        private readonly int _dayNumber; // days since 0001-01-01

        private CalendarDate(int dayNumber) => _dayNumber = dayNumber;

        /// <summary>0001-01-01, the first date of the calendar.</summary>
        public static CalendarDate MinValue => default;

        /// <summary>9999-12-31, the last date of the calendar: arithmetic past it is an error, never a wrap.</summary>
        public static CalendarDate MaxValue => new CalendarDate(LastDayNumber);

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

        /// <exception cref="ArgumentOutOfRangeException">The result is outside the calendar (see <see cref="TryAdd"/>).</exception>
        public CalendarDate AddDays(int days) => TryAddDays(days, out var result) ? result : throw OutsideCalendar(nameof(days));

        /// <summary>Adds whole months, clamping to the last day of a shorter month (2024-01-31 + 1 month = 2024-02-29).</summary>
        /// <exception cref="ArgumentOutOfRangeException">The result is outside the calendar.</exception>
        public CalendarDate AddMonths(int months) => TryAdd(Duration.FromMonths(months), out var result) ? result : throw OutsideCalendar(nameof(months));

        /// <summary>Months first (with clamping), then days: the calendar meaning of "3 months and 2 days later".</summary>
        /// <exception cref="ArgumentOutOfRangeException">The result is outside the calendar.</exception>
        public CalendarDate Add(Duration duration) => TryAdd(duration, out var result) ? result : throw OutsideCalendar(nameof(duration));

        /// <exception cref="ArgumentOutOfRangeException">The result is outside the calendar.</exception>
        public CalendarDate Subtract(Duration duration) => TryAdd(duration.Negate(), out var result) ? result : throw OutsideCalendar(nameof(duration));

        /// <summary>As <see cref="Add"/>; false when the result (or the date after the months) is outside the calendar.</summary>
        public bool TryAdd(Duration duration, out CalendarDate result) => TryFromDayNumber(ShiftedDayNumber(duration), out result);

        /// <summary>As <see cref="AddDays"/>; false when the result is outside the calendar.</summary>
        public bool TryAddDays(int days, out CalendarDate result) => TryFromDayNumber((long)_dayNumber + days, out result);

        /// <summary>As <see cref="Add"/>, but a result past either end of the calendar is that end: for windows whose far
        /// side no date can pass anyway (<c>d within 20 years after a</c>, with <c>a</c> in 9990).</summary>
        internal CalendarDate AddClamped(Duration duration)
        {
            var dayNumber = ShiftedDayNumber(duration);
            return dayNumber < 0 ? MinValue : dayNumber > LastDayNumber ? MaxValue : new CalendarDate((int)dayNumber);
        }

        /// <summary>This date plus the duration, months first, as a day number: below 0 or above the last day when the
        /// result (or the date after the months) is outside the calendar.</summary>
        private long ShiftedDayNumber(Duration duration)
        {
            if (duration.Months == 0) return (long)_dayNumber + duration.Days;
#if NET8_0_OR_GREATER
            // One split of the date into year, month and day where Year, Month and AddMonths would split it three times:
            // a lifecycle replay measures deadlines in months at every event of every record.
            ToDateTime().Deconstruct(out var year, out var month, out var day);
#else
            var date = ToDateTime();
            int year = date.Year, month = date.Month, day = date.Day;
#endif
            var shifted = (year - 1) * 12L + month - 1 + duration.Months;
            if (shifted < 0) return -1;
            if (shifted >= 9999 * 12) return LastDayNumber + 1; // past 9999-12 (no DateTime holds it)
            var toYear = (int)(shifted / 12) + 1;
            var toMonth = (int)(shifted % 12) + 1;
            // Clamped to the last day of a shorter month, as DateTime.AddMonths does (2024-01-31 + 1 month = 2024-02-29).
            var toDay = Math.Min(day, DateTime.DaysInMonth(toYear, toMonth));
            return new DateTime(toYear, toMonth, toDay).Ticks / TimeSpan.TicksPerDay + (long)duration.Days;
        }

        private static bool TryFromDayNumber(long dayNumber, out CalendarDate result)
        {
            var fits = dayNumber >= 0 && dayNumber <= LastDayNumber;
            result = fits ? new CalendarDate((int)dayNumber) : default;
            return fits;
        }

        private static ArgumentOutOfRangeException OutsideCalendar(string parameter) =>
            new ArgumentOutOfRangeException(parameter, "The result is outside the calendar, which runs from 0001-01-01 to 9999-12-31.");

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
        /// <summary>The length of <see cref="ToString"/>'s "yyyy-MM-dd".</summary>
        internal const int TextLength = 10;

        /// <summary>"yyyy-MM-dd", written digit by digit: DateTime's custom formats are slow, and a report of a register
        /// writes millions of dates (1.3% of a JSON Lines check's CPU went to them).</summary>
        public override string ToString()
        {
            Span<byte> bytes = stackalloc byte[TextLength];
            Span<char> chars = stackalloc char[TextLength];
            FormatUtf8(bytes);
            for (var i = 0; i < TextLength; i++) chars[i] = (char)bytes[i];
            return chars.ToString();
        }

        /// <summary>"yyyy-MM-dd" in UTF-8, written into the first <see cref="TextLength"/> bytes of <paramref name="destination"/>
        /// and returned: a JSON writer takes it as it is, with no string made for it.</summary>
        internal ReadOnlySpan<byte> FormatUtf8(Span<byte> destination)
        {
            var date = ToDateTime();
            WriteDigits(destination.Slice(0, 4), date.Year);
            destination[4] = (byte)'-';
            WriteDigits(destination.Slice(5, 2), date.Month);
            destination[7] = (byte)'-';
            WriteDigits(destination.Slice(8, 2), date.Day);
            return destination.Slice(0, TextLength);
        }

        private static void WriteDigits(Span<byte> digits, int value)
        {
            for (var i = digits.Length - 1; i >= 0; i--)
            {
                digits[i] = (byte)('0' + value % 10);
                value /= 10;
            }
        }

        public static bool operator ==(CalendarDate a, CalendarDate b) => a._dayNumber == b._dayNumber;
        public static bool operator !=(CalendarDate a, CalendarDate b) => a._dayNumber != b._dayNumber;
        public static bool operator <(CalendarDate a, CalendarDate b) => a._dayNumber < b._dayNumber;
        public static bool operator >(CalendarDate a, CalendarDate b) => a._dayNumber > b._dayNumber;
        public static bool operator <=(CalendarDate a, CalendarDate b) => a._dayNumber <= b._dayNumber;
        public static bool operator >=(CalendarDate a, CalendarDate b) => a._dayNumber >= b._dayNumber;
    }
}
