using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Binding.Quality
{
    /// <summary>
    /// Decides whether comparisons of one term with constants can all hold at once: the intersection of their
    /// intervals, less the excluded points, must keep a value (a whole one for ints, dates and enumerations).
    /// </summary>
    internal static class ValueRange
    {
        /// <summary>True when some value satisfies every atom; <paramref name="discrete"/> false relaxes to all decimals.</summary>
        public static bool Satisfiable(IReadOnlyList<ComparisonAtom> atoms, bool discrete)
        {
            decimal? low = null, high = null;
            bool lowStrict = false, highStrict = false;
            decimal? equal = null;
            var excluded = new HashSet<decimal>();
            var first = atoms[0];
            if (discrete)
            {
                low = first.DomainLow;
                high = first.DomainHigh;
            }

            foreach (var atom in atoms)
            {
                var c = atom.Constant;
                switch (atom.Relation)
                {
                    case Relation.Equal:
                        if (equal.HasValue && equal.Value != c) return false;
                        equal = c;
                        break;
                    case Relation.NotEqual:
                        excluded.Add(c);
                        break;
                    case Relation.Greater:
                    case Relation.GreaterOrEqual:
                        var strictLow = atom.Relation == Relation.Greater;
                        if (low is null || c > low.Value || (c == low.Value && strictLow)) (low, lowStrict) = (c, strictLow);
                        break;
                    default:
                        var strictHigh = atom.Relation == Relation.Less;
                        if (high is null || c < high.Value || (c == high.Value && strictHigh)) (high, highStrict) = (c, strictHigh);
                        break;
                }
            }

            if (discrete)
            {
                // Whole values only: x > 3.5 is x >= 4, x < 4 is x <= 3.
                if (low.HasValue) low = lowStrict ? decimal.Floor(low.Value) + 1 : decimal.Ceiling(low.Value);
                if (high.HasValue) high = highStrict ? decimal.Ceiling(high.Value) - 1 : decimal.Floor(high.Value);
                lowStrict = highStrict = false;
                if (equal.HasValue && equal.Value != decimal.Truncate(equal.Value)) return false;
            }

            if (equal is decimal value)
            {
                if (low.HasValue && (value < low.Value || (value == low.Value && lowStrict))) return false;
                if (high.HasValue && (value > high.Value || (value == high.Value && highStrict))) return false;
                return !excluded.Contains(value);
            }

            if (low is null || high is null) return true;
            if (low.Value > high.Value) return false;
            if (low.Value == high.Value) return !lowStrict && !highStrict && !excluded.Contains(low.Value);
            if (!discrete) return true;
            // A whole range survives unless every value in it is excluded.
            var count = high.Value - low.Value + 1;
            return count > excluded.Count(e => e >= low.Value && e <= high.Value);
        }
    }
}
