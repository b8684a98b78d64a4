using System;
using System.Globalization;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Reads a date a person typed (<c>--as-of</c>, a test's <c>as_of</c>) and, when it is not one, says whether it is
    /// written in another form or is written right but does not exist (2026-02-30): the two need different fixes.
    /// </summary>
    internal static class DateInput
    {
        /// <summary>Reads <c>yyyy-MM-dd</c>. On failure <paramref name="noSuchDate"/> says what is wrong with a date that is
        /// written right ("February 2026 has 28 days", "there is no month 13"), or is null for text of another form.</summary>
        public static bool TryParse(string text, out CalendarDate date, out string? noSuchDate)
        {
            noSuchDate = null;
            if (CalendarDate.TryParse(text, out date)) return true;
            if (!IsWellFormed(text)) return false;
            var year = Number(text, 0, 4);
            var month = Number(text, 5, 2);
            var day = Number(text, 8, 2);
            if (year == 0) noSuchDate = "there is no year 0000";
            else if (month < 1 || month > 12) noSuchDate = $"there is no month {month}";
            else if (day == 0) noSuchDate = "there is no day 0";
            else
            {
                var monthName = new DateTime(2000, month, 1).ToString("MMMM", CultureInfo.InvariantCulture);
                noSuchDate = $"{monthName} {text.Substring(0, 4)} has {DateTime.DaysInMonth(year, month)} days";
            }
            return false;
        }

        private static bool IsWellFormed(string text)
        {
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            for (var i = 0; i < text.Length; i++)
            {
                if (i != 4 && i != 7 && (text[i] < '0' || text[i] > '9')) return false;
            }
            return true;
        }

        private static int Number(string text, int start, int length) => int.Parse(text.Substring(start, length), NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
