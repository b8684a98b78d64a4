using System;
using System.Threading;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// Boxes shared by every record for the dates of recent centuries, which records repeat most. A record holds its
    /// slots as objects, and boxing each date anew cost an allocation per date. The values are immutable, so one box
    /// serves all. (A table of boxed numbers, 0.00 to 99.99, was tried: with the machine loaded it was slower than
    /// boxing each number anew, its lookups missing the cache; not kept.)
    /// </summary>
    internal static class SharedBoxes
    {
        private const int FirstCachedYear = 1900;
        private const int CachedYears = 300;

        // Filled as dates are met; two threads boxing the same date at once store equal boxes, either of which will do.
        // By year, month and day as written (31 slots a month): a date met before needs no calendar arithmetic.
        private static readonly object?[] Dates = new object?[CachedYears * 12 * 31];

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
    }
}
