using System;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CompliancePolicy.Fuzz.Tests.Mutation
{
    /// <summary>
    /// Mutations of policy text: one to four edits, each either blind (delete, insert a token, duplicate, truncate) or
    /// aimed at something the language gives meaning to (a number, a date, a duration, a chain, a field name, nesting).
    /// Everything comes from the <see cref="Random"/> given, so a seed replays the same text.
    /// </summary>
    public static class TextMutations
    {
        private static readonly Regex NumberPattern = new Regex(@"(?<![\w.-])\d+(\.\d+)?(?![\w-])");
        private static readonly Regex DatePattern = new Regex(@"\d{4}-\d{2}-\d{2}");
        private static readonly Regex DurationPattern = new Regex(@"\d+ (days?|weeks?|months?|years?)");
        private static readonly Regex RequirePattern = new Regex(@"(?m)^(\s+require )(.+)$");
        private static readonly Regex FieldPattern = new Regex(@"(?m)^(\s+)([a-z_]+)(\s*:)");

        private static readonly Func<string, Random, string>[] Edits =
        {
            DeleteSpan, InsertToken, InsertToken, DuplicateSpan, Truncate, ReplaceNumber, ReplaceDate, ReplaceDuration,
            InsertInvisible, SwapLines, LongChain, DeepBrackets, FieldNamedLikeAKeyword, CarriageReturns, LongText,
        };

        /// <summary>Past this, edits stop: a chain of chains would grow without end (the tool refuses policies over 4 MiB).</summary>
        private const int MaxLength = 5 * 1024 * 1024;

        public static string MutatePolicy(string text, Random random)
        {
            var edits = random.Next(1, 5);
            for (var i = 0; i < edits && text.Length < MaxLength; i++) text = Edits[random.Next(Edits.Length)](text, random);
            return text;
        }

        private static string DeleteSpan(string text, Random random)
        {
            if (text.Length == 0) return text;
            var at = random.Next(text.Length);
            return text.Remove(at, Math.Min(random.Next(1, 60), text.Length - at));
        }

        private static string InsertToken(string text, Random random)
        {
            var token = Hostile.PolicyTokens[random.Next(Hostile.PolicyTokens.Length)];
            return text.Insert(random.Next(text.Length + 1), random.Next(2) == 0 ? token : " " + token + " ");
        }

        private static string DuplicateSpan(string text, Random random)
        {
            if (text.Length == 0) return text;
            var from = random.Next(text.Length);
            var span = text.Substring(from, Math.Min(random.Next(1, 200), text.Length - from));
            return text.Insert(random.Next(text.Length + 1), span);
        }

        private static string Truncate(string text, Random random) => text.Substring(0, random.Next(text.Length + 1));

        private static string ReplaceNumber(string text, Random random) => ReplaceOne(text, NumberPattern, random, Hostile.Numbers);

        private static string ReplaceDate(string text, Random random) => ReplaceOne(text, DatePattern, random, Hostile.Dates);

        private static string ReplaceDuration(string text, Random random) => ReplaceOne(text, DurationPattern, random, Hostile.Durations);

        private static string InsertInvisible(string text, Random random) =>
            text.Insert(random.Next(text.Length + 1), Hostile.Invisible[random.Next(Hostile.Invisible.Length)]);

        private static string SwapLines(string text, Random random)
        {
            var lines = text.Split('\n');
            if (lines.Length < 2) return text;
            var a = random.Next(lines.Length);
            var b = random.Next(lines.Length);
            (lines[a], lines[b]) = (lines[b], lines[a]);
            return string.Join("\n", lines);
        }

        /// <summary>A requirement repeated into a chain around the depth limit (256), or far past it.</summary>
        private static string LongChain(string text, Random random)
        {
            var terms = random.Next(4) == 0 ? random.Next(2_000, 20_000) : random.Next(240, 270);
            var op = random.Next(3) switch { 0 => " and ", 1 => " or ", _ => " and not " };
            return ReplaceOne(text, RequirePattern, random, m => m.Groups[1].Value + string.Join(op, Enumerable.Repeat(Term(m.Groups[2].Value), terms)));
        }

        /// <summary>The requirement as one term of a chain; a long one (a chain already) stands as 'true'.</summary>
        private static string Term(string requirement) => requirement.Length <= 200 ? "(" + requirement + ")" : "true";

        /// <summary>A requirement wrapped in brackets and prefix operators around the nesting limits (64 and 100).</summary>
        private static string DeepBrackets(string text, Random random)
        {
            var depth = random.Next(55, 110);
            var open = random.Next(2) == 0 ? "(" : "not (";
            return ReplaceOne(text, RequirePattern, random, m => m.Groups[1].Value + string.Concat(Enumerable.Repeat(open, depth)) + m.Groups[2].Value + new string(')', depth));
        }

        private static string FieldNamedLikeAKeyword(string text, Random random)
        {
            var keyword = Hostile.Keywords[random.Next(Hostile.Keywords.Length)];
            return ReplaceOne(text, FieldPattern, random, m => m.Groups[1].Value + keyword + m.Groups[3].Value);
        }

        private static string CarriageReturns(string text, Random random) => text.Replace("\n", random.Next(2) == 0 ? "\r\n" : "\r");

        private static string LongText(string text, Random random) =>
            text.Insert(random.Next(text.Length + 1), "\"" + new string('x', random.Next(1_000, 100_000)) + "\"");

        private static string ReplaceOne(string text, Regex pattern, Random random, string[] replacements) =>
            ReplaceOne(text, pattern, random, _ => replacements[random.Next(replacements.Length)]);

        private static string ReplaceOne(string text, Regex pattern, Random random, Func<Match, string> replacement)
        {
            var matches = pattern.Matches(text);
            if (matches.Count == 0) return text;
            var match = matches[random.Next(matches.Count)];
            return new StringBuilder(text).Remove(match.Index, match.Length).Insert(match.Index, replacement(match)).ToString();
        }
    }
}
