using System.Collections.Generic;
using System.Linq;
using System.Text;
using CompliancePolicy.Configuration;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Parsing;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>What a hover shows: markdown about the thing at a span.</summary>
    internal sealed record HoverText(TextSpan Span, string Markdown);

    /// <summary>
    /// What to say about the thing at a position: a name's kind, type and declaration (a parameter's default and override,
    /// a clause's title, severity and citations, a table's band for a literal argument), a keyword's meaning, and the
    /// diagnostics and notes found there.
    /// </summary>
    internal static class HoverService
    {
        public static HoverText? At(PolicyAnalysis analysis, string path, int offset, RecordsSettings? settings = null, IEnumerable<EditorNote>? notes = null)
        {
            var document = analysis.Find(path);
            if (document is null) return null;
            var parts = new List<string>();
            TextSpan? span = null;
            var occurrence = analysis.Index.At(path, offset);
            if (occurrence != null)
            {
                parts.Add(SymbolDescriptions.Describe(occurrence.Symbol, settings ?? RecordsSettings.None));
                if (Band(analysis, occurrence) is { } band) parts.Add(band);
                span = occurrence.Span;
            }
            else if (WordAt(document.Source.Text, offset) is { } word && IsCode(document.Source, word.Start)
                && KeywordDocs.Meaning(document.Source.Text.Substring(word.Start, word.Length)) is { } meaning)
            {
                parts.Add($"**{document.Source.Text.Substring(word.Start, word.Length)}** (keyword): {meaning}");
                span = word;
            }
            foreach (var diagnostic in analysis.DiagnosticsIn(path).Where(d => Contains(d.Location!.Span, offset)))
            {
                parts.Add(DescribeDiagnostic(diagnostic));
                span ??= diagnostic.Location!.Span;
            }
            foreach (var note in (notes ?? Enumerable.Empty<EditorNote>()).Where(n => n.Location.Path == path && Contains(n.Location.Span, offset)))
            {
                parts.Add($"**{note.Source}**: {note.Message}");
                span ??= note.Location.Span;
            }
            return parts.Count == 0 ? null : new HoverText(span!.Value, string.Join("\n\n---\n\n", parts));
        }

        /// <summary>A diagnostic as the hover shows it: ID, title, message, the rule's help, its fixes and the rule's page.</summary>
        public static string DescribeDiagnostic(Diagnostic diagnostic) =>
            $"**{diagnostic.Id}** {diagnostic.Rule.Title} ({diagnostic.Severity.ToString().ToLowerInvariant()}): {diagnostic.Message}\n\n{diagnostic.Help}" +
            (diagnostic.Fixes.IsEmpty ? string.Empty : "\n\nFix: " + string.Join("; ", diagnostic.Fixes.Select(f => f.Title))) +
            $"\n\n[{diagnostic.Id} documentation]({diagnostic.Rule.HelpLink})";

        /// <summary>For <c>table(26)</c> or <c>tiers(87.5)</c>: which band or tier the literal falls in.</summary>
        private static string? Band(PolicyAnalysis analysis, SymbolOccurrence occurrence)
        {
            var kind = occurrence.Symbol.Kind;
            if (occurrence.IsDeclaration || (kind != EditorSymbolKind.Table && kind != EditorSymbolKind.Tiers)) return null;
            if (!(analysis.Index.LookupArgumentAt(occurrence.Source.Path, occurrence.Span.Start) is LiteralExpressionSyntax { Value: decimal key } literal)) return null;
            var declaration = occurrence.Symbol.Source!;
            var written = occurrence.Source.ToString(literal.Span);
            return occurrence.Symbol.Syntax switch
            {
                TableDeclarationSyntax table => table.Bands.FirstOrDefault(b => (b.Low is null || key >= b.Low.Value) && (b.High is null || key <= b.High.Value)) is { } band
                    ? $"`{written}` falls in the band `{declaration.ToString(band.Span)}`"
                    : $"`{written}` falls in no band: `otherwise` applies",
                TiersDeclarationSyntax tiers => tiers.Tiers.FirstOrDefault(t => key >= t.Threshold.Value) is { } tier
                    ? $"`{written}` reaches the tier `{declaration.ToString(tier.Span)}`"
                    : $"`{written}` reaches no tier: `otherwise` applies",
                _ => null,
            };
        }

        private static bool Contains(TextSpan span, int offset) => span.Start <= offset && offset <= span.End;

        /// <summary>Whether an offset is outside strings and comments: a keyword in a title or a comment is just a word.</summary>
        private static bool IsCode(SourceText source, int offset)
        {
            var line = source.GetPosition(offset).Line;
            var text = source.Text;
            var inString = false;
            for (var i = source.GetLineStart(line); i < offset; i++)
            {
                if (inString && text[i] == '\\') i++;
                else if (text[i] == '"') inString = !inString;
                else if (!inString && text[i] == '#') return false;
            }
            return !inString;
        }

        /// <summary>The identifier-like word at or just before an offset.</summary>
        internal static TextSpan? WordAt(string text, int offset)
        {
            var start = offset;
            while (start > 0 && Lexical.IsIdentifierPart(text[start - 1])) start--;
            var end = offset;
            while (end < text.Length && Lexical.IsIdentifierPart(text[end])) end++;
            return end > start && Lexical.IsIdentifierStart(text[start]) ? TextSpan.FromBounds(start, end) : (TextSpan?)null;
        }
    }
}
