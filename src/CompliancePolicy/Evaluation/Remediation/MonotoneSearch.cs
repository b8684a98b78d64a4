using System;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation.Remediation
{
    /// <summary>
    /// Exact boundaries of monotone functions over whole numbers and dates, by searching rather than inverting: adding
    /// months clamps to the end of a shorter month (2026-01-31 + 1 month = 2026-02-28), so subtracting them does not
    /// undo it, but the date a requirement starts or stops holding can still be found exactly.
    /// </summary>
    internal static class MonotoneSearch
    {
        /// <summary>How far a search goes from its first guess: about 1,000 years of days, far beyond any record's dates.</summary>
        private const long Reach = 400_000;

        /// <summary>
        /// The least whole number in reach of <paramref name="guess"/> for which <paramref name="holds"/> is true, given
        /// that it is false below some point and true from it on; null when it never holds in reach. A value the function
        /// cannot compute (it overflows) counts as not holding.
        /// </summary>
        public static long? Least(Func<long, bool> holds, long guess)
        {
            bool Safe(long n)
            {
                try
                {
                    return holds(n);
                }
                catch (Exception e) when (e is OverflowException || e is ArgumentOutOfRangeException)
                {
                    return false;
                }
            }

            long low, high; // holds(low) is false, holds(high) is true
            if (Safe(guess))
            {
                high = guess;
                var step = 1L;
                low = guess - step;
                while (Safe(low))
                {
                    high = low;
                    step *= 2;
                    if (guess - low > Reach) return null; // it holds as far down as we look: no boundary to state
                    low = guess - step;
                }
            }
            else
            {
                low = guess;
                var step = 1L;
                high = guess + step;
                while (!Safe(high))
                {
                    low = high;
                    step *= 2;
                    if (high - guess > Reach) return null;
                    high = guess + step;
                }
            }
            while (high - low > 1)
            {
                var middle = low + (high - low) / 2;
                if (Safe(middle)) high = middle;
                else low = middle;
            }
            return high;
        }

        /// <summary>The greatest whole number for which <paramref name="holds"/> is true, given that it is true up to some point and false after it.</summary>
        public static long? Greatest(Func<long, bool> holds, long guess)
        {
            var least = Least(n => holds(-n), -guess);
            return least is null ? (long?)null : -least.Value;
        }

        /// <summary>
        /// The date nearest the bound for which <paramref name="map"/> (monotone non-decreasing: later in, not earlier out)
        /// meets <paramref name="need"/> against <paramref name="target"/>: the least date for at least, the greatest for at
        /// most, the least date that maps exactly onto it for exactly; null when there is none.
        /// </summary>
        public static CalendarDate? Date(Func<CalendarDate, CalendarDate> map, RemedyNeed need, CalendarDate target, CalendarDate guess)
        {
            CalendarDate At(long offset) => guess.AddDays(checked((int)offset));
            switch (need)
            {
                case RemedyNeed.AtLeast:
                    return Least(n => map(At(n)) >= target, 0) is { } least ? At(least) : (CalendarDate?)null;
                case RemedyNeed.AtMost:
                    return Greatest(n => map(At(n)) <= target, 0) is { } greatest ? At(greatest) : (CalendarDate?)null;
                case RemedyNeed.Exactly:
                    var first = Least(n => map(At(n)) >= target, 0);
                    return first is { } day && map(At(day)) == target ? At(day) : (CalendarDate?)null;
                default:
                    throw new ArgumentOutOfRangeException(nameof(need), need, "Dates need no strict bounds: one day later is the next date.");
            }
        }
    }
}
