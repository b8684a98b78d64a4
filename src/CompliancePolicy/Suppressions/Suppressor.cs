using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Suppressions
{
    /// <summary>
    /// Applies the suppression comments of policy files to their diagnostics, once, where the library produces them,
    /// so that <c>lint</c>, <c>check</c>, the analyzers and the language server silence the same ones.
    /// <list type="bullet">
    /// <item><c>compliance-disable-file</c> silences its rules in the whole file.</item>
    /// <item><c>compliance-disable-next-line</c> silences its rules in the diagnostics that start on the next line
    /// holding code (blank and comment lines are skipped), and in the whole item the formatter keeps the comment with
    /// (see <see cref="CodeItems"/>): a clause part with its whole expression however it is broken, or the
    /// multi-line expression a comment is written inside. So <c>compliance fmt</c> never changes what it covers.</item>
    /// <item>Problems with the comments are reported (CP1120-CP1126); a listed rule that silences nothing is
    /// reported as unused (CP1122), but only when the compilation has no error, since an error can hide the
    /// diagnostics a suppression is for.</item>
    /// </list>
    /// The diagnostics come in sorted and go out sorted.
    /// </summary>
    internal static class Suppressor
    {
        public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<PolicyFileSyntax> files)
        {
            var problems = new DiagnosticBag();
            var directives = new List<(PolicyFileSyntax File, SuppressionDirective Directive, Scope Scope)>();
            foreach (var file in files)
            {
                foreach (var comment in file.Comments)
                {
                    // Most comments are prose: only one naming the tool can be a directive.
                    if (comment.Text.IndexOf(SuppressionDirective.Prefix, System.StringComparison.Ordinal) < 0) continue;
                    if (SuppressionDirective.Parse(file.Source, comment, problems) is { } directive)
                        directives.Add((file, directive, directive.IsFileWide ? Scope.WholeFile : Scope.After(file, comment)));
                }
            }
            if (directives.Count == 0) return problems.Any() ? DiagnosticBag.Sort(diagnostics.Concat(problems)) : diagnostics;

            var used = new HashSet<(SuppressionDirective, DiagnosticRule)>();
            var kept = new List<Diagnostic>();
            foreach (var diagnostic in diagnostics)
            {
                var silencing = diagnostic.Location is null || diagnostic.IsError ? null : directives.FirstOrDefault(d =>
                    d.File.Source.Path == diagnostic.Location.Path
                    && d.Directive.Rules.Any(r => r.Rule == diagnostic.Rule)
                    && d.Scope.Covers(diagnostic.Location.Span.Start)).Directive;
                if (silencing is null) kept.Add(diagnostic);
                else used.Add((silencing, diagnostic.Rule));
            }
            if (!diagnostics.Any(d => d.IsError))
            {
                foreach (var (file, directive, _) in directives) ReportUnused(file.Source, directive, used, problems);
            }
            return DiagnosticBag.Sort(kept.Concat(problems));
        }

        /// <summary>Each listed rule that silenced nothing, with a fix: remove its ID, or the whole comment if no ID is used.</summary>
        private static void ReportUnused(SourceText source, SuppressionDirective directive, HashSet<(SuppressionDirective, DiagnosticRule)> used, DiagnosticBag problems)
        {
            var unused = directive.Rules.Where(r => !used.Contains((directive, r.Rule))).ToList();
            var keepsSome = unused.Count < directive.Rules.Length;
            var where = directive.IsFileWide ? "in this file" : "on the code this comment is about";
            foreach (var rule in unused)
            {
                var fix = keepsSome
                    ? DiagnosticFix.Replace($"Remove {rule.Rule.Id} from the suppression", source.Path, IdWithSeparator(source, directive, rule.Span), string.Empty, isPreferred: true)
                    : DiagnosticFix.Replace("Remove the unused suppression", source.Path, SourceLines.WholeLine(source, directive.Comment.Span.Start), string.Empty, isPreferred: true);
                problems.Report(source, rule.Span, DiagnosticMessages.UnusedSuppression(rule.Rule.Id, where), fix);
            }
        }

        /// <summary>An ID and the separator after it (or, for the last ID, the one before it).</summary>
        private static TextSpan IdWithSeparator(SourceText source, SuppressionDirective directive, TextSpan id)
        {
            var text = source.Text;
            var listEnd = directive.Rules.Max(r => r.Span.End);
            var end = id.End;
            while (end < listEnd && (text[end] == ',' || text[end] == ' ' || text[end] == '\t')) end++;
            if (end > id.End) return TextSpan.FromBounds(id.Start, end);
            var start = id.Start;
            while (start > directive.KindSpan.End && (text[start - 1] == ',' || text[start - 1] == ' ' || text[start - 1] == '\t')) start--;
            return TextSpan.FromBounds(start, id.End);
        }

        /// <summary>The offsets a directive covers: the whole file, or the next line of code and the item it belongs to.</summary>
        private sealed class Scope
        {
            public static readonly Scope WholeFile = new Scope(wholeFile: true, null, null);

            private readonly bool _wholeFile;
            private readonly TextSpan? _line;
            private readonly TextSpan? _item;

            private Scope(bool wholeFile, TextSpan? line, TextSpan? item)
            {
                _wholeFile = wholeFile;
                _line = line;
                _item = item;
            }

            public static Scope After(PolicyFileSyntax file, CommentSyntax comment) =>
                new Scope(wholeFile: false, NextCodeLine(file, comment), CodeItems.ItemOf(file, comment.Span.Start));

            public bool Covers(int offset) => _wholeFile || Within(_line, offset) || Within(_item, offset);

            private static bool Within(TextSpan? span, int offset) => span is TextSpan s && s.Start <= offset && offset <= s.End;

            /// <summary>The next line after the comment's that holds something other than white space and comments.</summary>
            private static TextSpan? NextCodeLine(PolicyFileSyntax file, CommentSyntax comment)
            {
                var source = file.Source;
                for (var line = source.GetPosition(comment.Span.Start).Line + 1; line <= source.LineCount; line++)
                {
                    var text = source.GetLineText(line);
                    var content = text.TrimStart();
                    if (content.Length == 0 || content[0] == '#') continue;
                    var start = source.GetLineStart(line);
                    return new TextSpan(start, text.Length);
                }
                return null;
            }
        }
    }
}
