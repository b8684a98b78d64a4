using System.Collections.Generic;
using System.Globalization;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// Durations are printed part by part as written (<c>2 weeks</c> stays <c>2 weeks</c>, not <c>14 days</c>), with
    /// one space between parts and the unit singular after 1 and plural otherwise. The value in the tree has lost
    /// the parts, so they are read back from the literal's span.
    /// </summary>
    internal static class DurationSpelling
    {
        public static string Normalize(string text, TextSpan span)
        {
            var parts = new List<string>();
            string? count = null;
            var index = span.Start;
            while (index < span.End)
            {
                var c = text[index];
                if (c == '#')
                {
                    // A comment between two parts; the formatter puts it back elsewhere.
                    while (index < span.End && text[index] != '\n') index++;
                }
                else if (c == '\\')
                {
                    // An escape (\t, \n) standing for white space, in a duration inside a message hole.
                    index += 2;
                }
                else if (c >= '0' && c <= '9')
                {
                    var start = index;
                    while (index < span.End && ((text[index] >= '0' && text[index] <= '9') || text[index] == '.')) index++;
                    count = text.Substring(start, index - start);
                }
                else if (char.IsLetter(c))
                {
                    var start = index;
                    while (index < span.End && char.IsLetter(text[index])) index++;
                    if (count is null) throw new UnsupportedSyntaxException(null);
                    parts.Add(Part(count, text.Substring(start, index - start)));
                    count = null;
                }
                else
                {
                    index++;
                }
            }
            if (parts.Count == 0 || count != null) throw new UnsupportedSyntaxException(null);
            return string.Join(" ", parts);
        }

        private static string Part(string count, string unit)
        {
            var singular = unit.EndsWith("s", System.StringComparison.Ordinal) ? unit.Substring(0, unit.Length - 1) : unit;
            var isOne = int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value == 1;
            return count + " " + (isOne ? singular : singular + "s");
        }
    }
}
