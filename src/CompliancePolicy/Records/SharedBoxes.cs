using System;
using System.Threading;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// Boxes shared by every record for the values records repeat most: dates of recent centuries and small numbers. A
    /// record holds its slots as objects; boxing each value anew cost an allocation per field and, with millions of
    /// records, most of the garbage collector's work. The values are immutable, so one box serves all.
    /// </summary>
    internal static class SharedBoxes
    {
        private const int FirstCachedYear = 1900;
        private const int CachedYears = 300;
        private const int MaxCachedScale = 2;
        private const int CachedUnscaled = 10000;

        // Filled as values are met; two threads boxing the same value at once store equal boxes, either of which will do.
        // Dates by year, month and day as written (31 slots a month): a date met before needs no calendar arithmetic.
        private static readonly object?[] Dates = new object?[CachedYears * 12 * 31];
        // Numbers by scale and unscaled value: 0 to 9999, 0.00 to 99.99 and everything between, as written.
        private static readonly object?[] Numbers = new object?[(MaxCachedScale + 1) * CachedUnscaled];

        /// <summary>The date boxed, or null when the calendar has no such day.</summary>
        public static object? Date(int year, int month, int day)
        {
            if (month < 1 || month > 12 || day < 1 || day > 31) return null;
            var slot = ((year - FirstCachedYear) * 12 + month - 1) * 31 + day - 1;
            if ((uint)slot < (uint)Dates.Length && Volatile.Read(ref Dates[slot]) is { } known) return known;
            if (year < 1 || year > 9999 || day > DateTime.DaysInMonth(year, month)) return null;
            object date = new CalendarDate(year, month, day);
            if ((uint)slot < (uint)Dates.Length) Dates[slot] = date;
            return date;
        }

        /// <summary>
        /// The decimal <paramref name="unscaled"/> / 10^<paramref name="scale"/>, boxed; shared when small. The scale is
        /// kept (1 and 1.0 are equal but print differently), so each scale has boxes of its own.
        /// </summary>
        public static object Number(long unscaled, int scale)
        {
            if (scale > MaxCachedScale || (ulong)unscaled >= CachedUnscaled) return ToDecimal(unscaled, scale);
            var slot = scale * CachedUnscaled + (int)unscaled;
            return Volatile.Read(ref Numbers[slot]) ?? (Numbers[slot] = ToDecimal(unscaled, scale));
        }

        private static decimal ToDecimal(long unscaled, int scale) =>
            new decimal((int)unscaled, (int)(unscaled >> 32), 0, isNegative: false, (byte)scale);
    }
}
