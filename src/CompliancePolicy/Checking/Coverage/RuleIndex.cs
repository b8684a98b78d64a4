using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.RegularExpressions;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking.Coverage
{
    /// <summary>
    /// A rule index: a Markdown or text file that declares the pattern of its rule IDs on a line of its own
    /// (<c>rule-id-pattern: RD-[0-9]+\.[0-9]+</c>, in Markdown inside an HTML comment) and lists each rule on a line that
    /// starts with its ID, the rest of the line being its summary (<c>- RD-2.2 The SMS has operated for 3 months.</c>).
    /// An ID met elsewhere in a line is a mention, not a listing.
    /// </summary>
    internal sealed class RuleIndex
    {
        /// <summary>The directive that declares the pattern.</summary>
        public const string PatternDirective = "rule-id-pattern:";

        // A hostile pattern (catastrophic backtracking) stops here instead of hanging the run.
        private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

        // What may precede a listed ID on its line: indentation, a list marker, a heading, a table's first pipe, emphasis.
        private static readonly Regex LinePrefix = new Regex(@"^\s*(?:(?:[-*+]|\d+[.)]|#+|\|)\s+|\|)?(?:\*\*|__|`)?", RegexOptions.CultureInvariant);

        private RuleIndex(SourceText source, Regex pattern, ImmutableArray<IndexedRule> rules)
        {
            Source = source;
            Pattern = pattern;
            Rules = rules;
        }

        public SourceText Source { get; }

        /// <summary>The rule-ID pattern the index declares.</summary>
        public Regex Pattern { get; }

        /// <summary>The rules listed, in the order of the file, each once.</summary>
        public ImmutableArray<IndexedRule> Rules { get; }

        /// <summary>
        /// Reads an index; null with <paramref name="problem"/> when it declares no usable pattern or lists no rule. A rule
        /// listed twice is reported (CP8007) and its first listing kept.
        /// </summary>
        internal static RuleIndex? Parse(SourceText source, DiagnosticBag diagnostics, out string? problem)
        {
            var pattern = ReadPattern(source, out problem);
            if (pattern is null) return null;
            var rules = new List<IndexedRule>();
            var byId = new Dictionary<string, IndexedRule>(StringComparer.Ordinal);
            try
            {
                for (var line = 1; line <= source.LineCount; line++)
                {
                    var text = source.GetLineText(line);
                    if (text.Contains(PatternDirective)) continue;
                    var prefix = LinePrefix.Match(text).Length;
                    var id = pattern.Match(text, prefix);
                    if (!id.Success || id.Index != prefix || id.Length == 0) continue;
                    var span = new TextSpan(source.GetLineStart(line) + id.Index, id.Length);
                    if (byId.TryGetValue(id.Value, out var first))
                    {
                        diagnostics.Report(source, span, DiagnosticMessages.RuleListedTwice(id.Value, first.Location.Start.Line));
                        continue;
                    }
                    var rule = new IndexedRule(id.Value, Summary(text.Substring(id.Index + id.Length)), source.GetLocation(span));
                    byId.Add(rule.Id, rule);
                    rules.Add(rule);
                }
            }
            catch (RegexMatchTimeoutException)
            {
                problem = $"its pattern takes longer than {MatchTimeout.TotalSeconds:0} second to match a line; write a simpler one";
                return null;
            }
            if (rules.Count == 0)
            {
                problem = $"no line starts with a rule ID matching its pattern '{pattern}'; list each rule on a line of its own, as in '- RD-1.1 summary'";
                return null;
            }
            return new RuleIndex(source, pattern, rules.ToImmutableArray());
        }

        /// <summary>The rule IDs a citation names: every match of the pattern in it.</summary>
        public IEnumerable<Match> IdsIn(string citation) => Pattern.Matches(citation).Cast<Match>().Where(m => m.Length > 0);

        private static Regex? ReadPattern(SourceText source, out string? problem)
        {
            problem = null;
            var declared = Enumerable.Range(1, source.LineCount).Select(source.GetLineText).FirstOrDefault(l => l.Contains(PatternDirective));
            if (declared is null)
            {
                problem = $"it declares no rule-ID pattern; add a line '{PatternDirective} REGEX' (in Markdown, '<!-- {PatternDirective} RD-[0-9]+\\.[0-9]+ -->')";
                return null;
            }
            var text = declared.Substring(declared.IndexOf(PatternDirective, StringComparison.Ordinal) + PatternDirective.Length);
            var end = text.IndexOf("-->", StringComparison.Ordinal);
            text = (end >= 0 ? text.Substring(0, end) : text).Trim();
            if (text.Length == 0)
            {
                problem = $"its '{PatternDirective}' line gives no pattern";
                return null;
            }
            try
            {
                var regex = new Regex(text, RegexOptions.CultureInvariant, MatchTimeout);
                if (regex.IsMatch(string.Empty)) problem = $"its pattern '{text}' matches empty text, so it cannot tell a rule ID from any other";
                return problem is null ? regex : null;
            }
            catch (ArgumentException e)
            {
                problem = $"its pattern '{text}' is not a regular expression: {e.Message}";
                return null;
            }
            catch (RegexMatchTimeoutException)
            {
                problem = $"its pattern '{text}' takes too long to match; write a simpler one";
                return null;
            }
        }

        /// <summary>The rest of a listing line without the separators between ID and summary, nor a table's cell borders.</summary>
        private static string Summary(string rest) => rest.Trim().TrimStart('*', '_', '`', ':', '-', '\u2013', '|').TrimEnd('|').Trim();
    }

    /// <summary>One rule of an index: its ID, its one-line summary and where it is listed.</summary>
    internal sealed class IndexedRule
    {
        internal IndexedRule(string id, string summary, SourceLocation location)
        {
            Id = id;
            Summary = summary;
            Location = location;
        }

        public string Id { get; }

        public string Summary { get; }

        /// <summary>The ID on its listing line.</summary>
        public SourceLocation Location { get; }
    }
}
