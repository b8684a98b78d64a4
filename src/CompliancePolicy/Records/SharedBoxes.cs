using System.Threading;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// Boxes shared by every record for the values records repeat most: dates of recent centuries and small whole
    /// numbers. A record holds its slots as objects; boxing each value anew cost an allocation per field and, with
    /// millions of records, most of the garbage collector's work. The values are immutable, so one box serves all.
    /// </summary>
    internal static class SharedBoxes
    {
        private static readonly int FirstCachedDay = new CalendarDate(1900, 1, 1).DayNumber;
        private static readonly int LastCachedDay = new CalendarDate(2199, 12, 31).DayNumber;
        private const int CachedWholeNumbers = 1024;

        // Filled as values are met; two threads boxing the same value at once store equal boxes, either of which will do.
        private static readonly object?[] Dates = new object?[LastCachedDay - FirstCachedDay + 1];
        private static readonly object?[] WholeNumbers = new object?[CachedWholeNumbers];

        public static object Date(CalendarDate date)
        {
            var slot = date.DayNumber - FirstCachedDay;
            if ((uint)slot >= (uint)Dates.Length) return date;
            return Volatile.Read(ref Dates[slot]) ?? (Dates[slot] = date);
        }

        /// <summary>The number boxed; shared only for whole numbers written without a fraction (scale 0), since 1 and
        /// 1.0 are equal but print differently.</summary>
        public static object Number(decimal value)
        {
            if (value.Scale != 0 || value < 0 || value >= CachedWholeNumbers) return value;
            var slot = (int)value;
            return Volatile.Read(ref WholeNumbers[slot]) ?? (WholeNumbers[slot] = value);
        }
    }
}
