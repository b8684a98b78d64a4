using CompliancePolicy.Values;
using static CompliancePolicy.Tests.Support.PolicyHarness;

namespace CompliancePolicy.Tests.Evaluation
{
    public class CalendarTests
    {
        [Theory]
        [InlineData("2024-01-31", "1 month", "2024-02-29")] // leap year: clamp to the 29th
        [InlineData("2023-01-31", "1 month", "2023-02-28")]
        [InlineData("2024-02-29", "1 year", "2025-02-28")]
        [InlineData("2024-02-29", "4 years", "2028-02-29")]
        [InlineData("2026-08-31", "3 months", "2026-11-30")]
        [InlineData("2026-01-31", "1 month 1 day", "2026-03-01")] // months first, then days
        [InlineData("2026-12-25", "2 weeks", "2027-01-08")]
        public void Adding_a_duration_clamps_to_the_end_of_a_shorter_month(string start, string duration, string expected)
        {
            Assert.True(Duration.TryParse(duration, out var parsed));
            Assert.Equal(Date(expected), Date(start).Add(parsed));
        }

        [Theory]
        [InlineData("2026-08-24", "2026-11-22", "2 months 29 days")]
        [InlineData("2026-08-24", "2026-11-24", "3 months")]
        [InlineData("2024-01-31", "2024-02-29", "1 month")]
        [InlineData("2023-11-23", "2026-11-23", "3 years")]
        [InlineData("2026-11-23", "2026-11-23", "0 days")]
        [InlineData("2026-11-23", "2026-11-20", "-3 days")]
        public void Elapsed_counts_whole_months_then_days(string from, string to, string expected)
        {
            Assert.Equal(expected, CalendarDate.Elapsed(Date(from), Date(to)).ToString());
        }

        [Fact]
        public void Durations_in_one_unit_are_ordered_and_months_with_days_are_not()
        {
            Assert.True(new Duration(3, 0).CompareInOneUnit(new Duration(2, 0)) > 0);
            Assert.True(new Duration(0, 90).CompareInOneUnit(new Duration(0, 91)) < 0);
            Assert.True(new Duration(0, 0).CompareInOneUnit(new Duration(1, 0)) < 0);
            Assert.Equal(new Duration(12, 0), Duration.FromMonths(12));

            // 1 month is 28 to 31 days: whether it is more than 30 days depends on the month (the binder reports CP1021).
            Assert.Throws<System.InvalidOperationException>(() => new Duration(1, 0).CompareInOneUnit(new Duration(0, 30)));
            Assert.Throws<System.InvalidOperationException>(() => new Duration(1, 2).CompareInOneUnit(new Duration(0, 0)));
        }

        [Fact]
        public void Months_are_added_as_DateTime_adds_them_across_the_whole_calendar()
        {
            // Every 37th day from 0001-01-01 to 9999-12-31 (all days of the month and years of the 400-year cycle come
            // round), each end of the calendar, and month lengths that clamp and leap days.
            for (var dayNumber = 0; dayNumber <= CalendarDate.MaxValue.DayNumber; dayNumber += dayNumber < 3652000 ? 37 : 1)
            {
                var date = CalendarDate.FromDateTime(new System.DateTime(dayNumber * System.TimeSpan.TicksPerDay));
                var expected = date.ToDateTime();
                Assert.Equal((expected.Year, expected.Month, expected.Day), (date.Year, date.Month, date.Day));
                Assert.Equal(expected.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), date.ToString());
                foreach (var months in new[] { -1200, -13, -1, 1, 2, 11, 12, 36, 1200 })
                {
                    System.DateTime? later;
                    try
                    {
                        later = expected.AddMonths(months).AddDays(3);
                    }
                    catch (System.ArgumentOutOfRangeException)
                    {
                        later = null; // past either end of the calendar
                    }
                    Assert.Equal(later.HasValue, date.TryAdd(new Duration(months, 3), out var shifted));
                    if (later is { } fits) Assert.Equal(CalendarDate.FromDateTime(fits), shifted);
                }
            }
        }

        [Theory]
        [InlineData("2026-02-30")]
        [InlineData("2026-13-01")]
        [InlineData("26-01-01")]
        [InlineData("2026/01/01")]
        public void Invalid_dates_are_rejected(string text)
        {
            Assert.False(CalendarDate.TryParse(text, out _));
        }
    }
}
