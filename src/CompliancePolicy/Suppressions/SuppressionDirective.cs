using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Suppressions
{
    /// <summary>
    /// A suppression comment in a policy file:
    /// <c># compliance-disable-next-line CP1101, CP1103 -- reason</c> silences those rules on the code that follows
    /// (see <see cref="Suppressor"/>), <c># compliance-disable-file CP1105 -- reason</c> in the whole file. The IDs
    /// are separated by commas or spaces; the reason follows <c>--</c>.
    /// </summary>
    internal sealed class SuppressionDirective
    {
        /// <summary>What every directive, and every misspelling worth reporting, starts with.</summary>
        internal const string Prefix = "compliance-";

        public const string NextLine = "compliance-disable-next-line";
        public const string File = "compliance-disable-file";

        private static readonly string[] Directives = { NextLine, File };

        // A comment whose first word starts so is meant as a directive: a misspelt one is reported, not ignored.
        private static readonly string[] DirectivePrefixes = { "compliance-disable", "compliance-enable" };

        private SuppressionDirective(CommentSyntax comment, string kind, TextSpan kindSpan, ImmutableArray<SuppressedRule> rules, string reason)
        {
            Comment = comment;
            Kind = kind;
            KindSpan = kindSpan;
            Rules = rules;
            Reason = reason;
        }

        public CommentSyntax Comment { get; }

        /// <summary><see cref="NextLine"/> or <see cref="File"/>.</summary>
        public string Kind { get; }

        /// <summary>Where the directive's name is written.</summary>
        public TextSpan KindSpan { get; }

        public bool IsFileWide => Kind == File;

        /// <summary>The rules it silences: the IDs it lists that name rules which may be suppressed.</summary>
        public ImmutableArray<SuppressedRule> Rules { get; }

        /// <summary>The text after <c>--</c>, trimmed; empty when none is given.</summary>
        public string Reason { get; }

        /// <summary>
        /// The directive a comment holds, or null when it holds none (an ordinary comment, or a directive that cannot
        /// apply); problems with it are reported into <paramref name="problems"/>.
        /// </summary>
        internal static SuppressionDirective? Parse(SourceText source, CommentSyntax comment, DiagnosticBag problems)
        {
            var text = comment.Text;
            var wordStart = 1;
            while (wordStart < text.Length && char.IsWhiteSpace(text[wordStart])) wordStart++;
            var wordEnd = wordStart;
            while (wordEnd < text.Length && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            var word = text.Substring(wordStart, wordEnd - wordStart);
            if (!DirectivePrefixes.Any(p => word.StartsWith(p, System.StringComparison.Ordinal))) return null;

            var at = comment.Span.Start;
            var kindSpan = TextSpan.FromBounds(at + wordStart, at + wordEnd);
            if (!Directives.Contains(word))
            {
                problems.Report(source, kindSpan, DiagnosticMessages.UnknownSuppressionDirective(Suggestions.For(word, Directives)));
                return null;
            }
            if (!StandsAlone(source, comment))
            {
                problems.Report(source, comment.Span, DiagnosticMessages.SuppressionAfterCode(word));
                return null;
            }

            var dashes = text.IndexOf("--", wordEnd, System.StringComparison.Ordinal);
            var listEnd = dashes < 0 ? text.Length : dashes;
            var reason = dashes < 0 ? string.Empty : text.Substring(dashes + 2).Trim();
            var tokens = Tokens(text, wordEnd, listEnd, at).ToList();
            if (tokens.Count == 0)
            {
                problems.Report(source, kindSpan, DiagnosticMessages.SuppressionWithoutRule(word));
                return null;
            }
            if (reason.Length == 0) problems.Report(source, kindSpan, DiagnosticMessages.SuppressionWithoutReason(string.Join(", ", tokens.Select(t => t.Id))));

            var rules = ImmutableArray.CreateBuilder<SuppressedRule>();
            foreach (var token in tokens)
            {
                var rule = DiagnosticRules.Find(token.Id);
                if (rule is null)
                    problems.Report(source, token.Span, DiagnosticMessages.UnknownSuppressedRule(Suggestions.For(token.Id, DiagnosticRules.All.Select(r => r.Id))));
                else if (WhyNotSuppressible(rule) is { } why)
                    problems.Report(source, token.Span, DiagnosticMessages.UnsuppressibleRule(rule.Id, why));
                else
                    rules.Add(new SuppressedRule(rule, token.Span));
            }
            return new SuppressionDirective(comment, word, kindSpan, rules.ToImmutable(), reason);
        }

        /// <summary>Why a rule may not be silenced by a comment, or null when it may.</summary>
        private static string? WhyNotSuppressible(DiagnosticRule rule)
        {
            if (rule.DefaultSeverity == DiagnosticSeverity.Error)
                return "it is an error, and a policy with an error is not compiled; fix the cause";
            if (rule.Category == DiagnosticRules.UnusedSuppression.Category)
                return "it is about suppression comments themselves; set its severity in compliance.json";
            return null;
        }

        /// <summary>Whether only white space comes before the comment on its line.</summary>
        private static bool StandsAlone(SourceText source, CommentSyntax comment)
        {
            var lineStart = source.GetLineStart(source.GetPosition(comment.Span.Start).Line);
            return source.Text.Substring(lineStart, comment.Span.Start - lineStart).Trim().Length == 0;
        }

        /// <summary>The words between the directive and the reason, separated by commas or white space.</summary>
        private static IEnumerable<(string Id, TextSpan Span)> Tokens(string text, int start, int end, int offset)
        {
            var i = start;
            while (i < end)
            {
                if (text[i] == ',' || char.IsWhiteSpace(text[i]))
                {
                    i++;
                    continue;
                }
                var tokenStart = i;
                while (i < end && text[i] != ',' && !char.IsWhiteSpace(text[i])) i++;
                yield return (text.Substring(tokenStart, i - tokenStart), TextSpan.FromBounds(offset + tokenStart, offset + i));
            }
        }
    }

    /// <summary>A rule a directive silences, and where its ID is written.</summary>
    internal sealed record SuppressedRule(DiagnosticRule Rule, TextSpan Span);
}
