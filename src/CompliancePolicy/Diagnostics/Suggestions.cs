using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>"Did you mean" suggestions for unknown names, by edit distance.</summary>
    internal static class Suggestions
    {
        /// <summary>The closest candidate within a third of the name's length (at least 2 edits), or null.</summary>
        public static string? Closest(string name, IEnumerable<string> candidates) => For(name, candidates).Candidates.FirstOrDefault();

        /// <summary>"; did you mean 'x'?" or an empty string, ready to append to a message.</summary>
        public static string DidYouMean(string name, IEnumerable<string> candidates) => For(name, candidates).ToString();

        /// <summary>
        /// The candidates within a third of the name's length (at least 2 edits) that are closest to it, as a message
        /// argument that diagnostics also keep as data (see <see cref="Suggestion"/>).
        /// </summary>
        public static Suggestion For(string name, IEnumerable<string> candidates)
        {
            var limit = Math.Max(2, name.Length / 3);
            var lowered = name.ToLowerInvariant();
            var near = candidates
                .Distinct(StringComparer.Ordinal)
                .Select(c => (Candidate: c, Distance: Distance(lowered, c.ToLowerInvariant())))
                .Where(x => x.Distance <= limit)
                .ToList();
            var closest = near.Count == 0 ? 0 : near.Min(x => x.Distance);
            var best = near.Where(x => x.Distance == closest).Select(x => x.Candidate).OrderBy(c => c, StringComparer.Ordinal);
            return new Suggestion(name, best.ToImmutableArray());
        }

        /// <summary>No suggestion for a name, where looking for one is not worth it (a problem that is only counted).</summary>
        internal static Suggestion None(string name) => new Suggestion(name, ImmutableArray<string>.Empty);

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
