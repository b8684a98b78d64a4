using System;
using System.Collections.Generic;
using System.Linq;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>"Did you mean" suggestions for unknown names, by edit distance.</summary>
    public static class Suggestions
    {
        /// <summary>The closest candidate within a third of the name's length (at least 2 edits), or null.</summary>
        public static string? Closest(string name, IEnumerable<string> candidates)
        {
            var limit = Math.Max(2, name.Length / 3);
            return candidates
                .Distinct(StringComparer.Ordinal)
                .Select(c => (Candidate: c, Distance: Distance(name.ToLowerInvariant(), c.ToLowerInvariant())))
                .Where(x => x.Distance <= limit)
                .OrderBy(x => x.Distance)
                .ThenBy(x => x.Candidate, StringComparer.Ordinal)
                .Select(x => x.Candidate)
                .FirstOrDefault();
        }

        /// <summary>"; did you mean 'x'?" or an empty string, ready to append to a message.</summary>
        public static string DidYouMean(string name, IEnumerable<string> candidates) =>
            Closest(name, candidates) is { } match ? $"; did you mean '{match}'?" : string.Empty;

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }
}
