using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>
    /// The unified diff (as <c>diff -u</c> prints it, 3 lines of context) between two texts of one file: what
    /// <c>compliance lint --fix --dry-run</c> shows. <c>patch -p0</c> applies it.
    /// </summary>
    internal static class UnifiedDiff
    {
        private const int Context = 3;

        // Above this many line pairs in the changed middle, the middle is shown as removed and added whole.
        private const long MaxComparisons = 4_000_000;

        /// <summary>The diff, or an empty string when the texts are equal.</summary>
        public static string Create(string path, string before, string after)
        {
            if (before == after) return string.Empty;
            var oldLines = Lines(before);
            var newLines = Lines(after);
            var edits = Compare(oldLines, newLines);
            var diff = new StringBuilder();
            diff.Append("--- ").Append(path).Append('\n');
            diff.Append("+++ ").Append(path).Append('\n');
            foreach (var hunk in Hunks(edits))
            {
                var oldCount = hunk.Count(e => e.Kind != '+');
                var newCount = hunk.Count(e => e.Kind != '-');
                diff.Append("@@ -").Append(Range(hunk[0].OldIndex, oldCount)).Append(" +").Append(Range(hunk[0].NewIndex, newCount)).Append(" @@\n");
                foreach (var edit in hunk)
                {
                    var line = edit.Kind == '+' ? newLines[edit.NewIndex] : oldLines[edit.OldIndex];
                    diff.Append(edit.Kind).Append(line);
                    if (!line.EndsWith("\n", System.StringComparison.Ordinal)) diff.Append("\n\\ No newline at end of file\n");
                }
            }
            return diff.ToString();
        }

        /// <summary>diff numbers lines from 1; an empty range names the line before it.</summary>
        private static string Range(int start, int count) =>
            count == 0 ? start.ToString(CultureInfo.InvariantCulture) + ",0"
            : count == 1 ? (start + 1).ToString(CultureInfo.InvariantCulture)
            : (start + 1).ToString(CultureInfo.InvariantCulture) + "," + count.ToString(CultureInfo.InvariantCulture);

        /// <summary>The lines with their LF, so that a last line without one differs from the same line with one.</summary>
        private static List<string> Lines(string text)
        {
            var lines = new List<string>();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] != '\n') continue;
                lines.Add(text.Substring(start, i + 1 - start));
                start = i + 1;
            }
            if (start < text.Length) lines.Add(text.Substring(start));
            return lines;
        }

        /// <summary>The lines of both texts in order, each kept (' '), removed ('-') or added ('+'): common lines at both
        /// ends, and a longest common subsequence between.</summary>
        private static List<Edit> Compare(List<string> a, List<string> b)
        {
            var prefix = 0;
            while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix]) prefix++;
            var suffix = 0;
            while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix]) suffix++;
            var edits = new List<Edit>();
            for (var i = 0; i < prefix; i++) edits.Add(new Edit(' ', i, i));
            edits.AddRange(Middle(a, b, prefix, a.Count - suffix, prefix, b.Count - suffix));
            for (var i = suffix; i > 0; i--) edits.Add(new Edit(' ', a.Count - i, b.Count - i));
            return edits;
        }

        private static IEnumerable<Edit> Middle(List<string> a, List<string> b, int aStart, int aEnd, int bStart, int bEnd)
        {
            var n = aEnd - aStart;
            var m = bEnd - bStart;
            if ((long)n * m > MaxComparisons)
            {
                for (var i = aStart; i < aEnd; i++) yield return new Edit('-', i, bStart);
                for (var j = bStart; j < bEnd; j++) yield return new Edit('+', aEnd, j);
                yield break;
            }
            // common[i, j]: the longest common subsequence of a[aStart + i..] and b[bStart + j..].
            var common = new int[n + 1, m + 1];
            for (var i = n - 1; i >= 0; i--)
            {
                for (var j = m - 1; j >= 0; j--)
                    common[i, j] = a[aStart + i] == b[bStart + j] ? common[i + 1, j + 1] + 1 : System.Math.Max(common[i + 1, j], common[i, j + 1]);
            }
            int x = 0, y = 0;
            while (x < n || y < m)
            {
                if (x < n && y < m && a[aStart + x] == b[bStart + y])
                {
                    yield return new Edit(' ', aStart + x++, bStart + y++);
                }
                else if (x < n && (y == m || common[x + 1, y] >= common[x, y + 1]))
                {
                    // Removed lines before added ones, as diff prints them.
                    yield return new Edit('-', aStart + x++, bStart + y);
                }
                else
                {
                    yield return new Edit('+', aStart + x, bStart + y++);
                }
            }
        }

        /// <summary>Runs of changes with up to 3 lines of context around each; changes closer than 6 lines share a hunk.</summary>
        private static IEnumerable<List<Edit>> Hunks(List<Edit> edits)
        {
            var changed = Enumerable.Range(0, edits.Count).Where(i => edits[i].Kind != ' ').ToList();
            var k = 0;
            while (k < changed.Count)
            {
                var start = System.Math.Max(0, changed[k] - Context);
                var end = changed[k];
                while (k + 1 < changed.Count && changed[k + 1] - end <= 2 * Context) end = changed[++k];
                k++;
                yield return edits.GetRange(start, System.Math.Min(edits.Count, end + Context + 1) - start);
            }
        }

        private readonly struct Edit
        {
            public Edit(char kind, int oldIndex, int newIndex)
            {
                Kind = kind;
                OldIndex = oldIndex;
                NewIndex = newIndex;
            }

            /// <summary>' ' kept, '-' removed, '+' added.</summary>
            public char Kind { get; }

            /// <summary>The line in the old text (for an added line: the old line it comes before).</summary>
            public int OldIndex { get; }

            /// <summary>The line in the new text (for a removed line: the new line it comes before).</summary>
            public int NewIndex { get; }
        }
    }
}
