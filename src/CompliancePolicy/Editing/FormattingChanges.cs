using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Syntax.Formatting;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>The changes that bring a file to <c>compliance fmt</c>'s layout, or the syntax errors that prevent it.</summary>
    internal sealed class FormattingChanges
    {
        private FormattingChanges(IReadOnlyList<TextEdit> changes, IReadOnlyList<Diagnostic> errors)
        {
            Changes = changes;
            Errors = errors;
        }

        public IReadOnlyList<TextEdit> Changes { get; }

        /// <summary>Syntax errors: a file that does not parse is not formatted.</summary>
        public IReadOnlyList<Diagnostic> Errors { get; }

        /// <summary>
        /// Formats the whole file with <see cref="PolicyFormatter"/> and returns the changes, one per declaration (with
        /// the comments and blank lines before it) that the formatter lays out differently. With a range, only the
        /// declarations the range touches change: the rest of the file stays as it is.
        /// </summary>
        public static FormattingChanges Compute(SourceText source, TextSpan? range = null)
        {
            var result = PolicyFormatter.Format(source);
            if (result.Diagnostics.Any(d => d.IsError) || !result.Changed) return new FormattingChanges(new TextEdit[0], result.Diagnostics);
            var original = PolicyParser.Parse(source);
            var formatted = PolicyParser.Parse(new SourceText(source.Path, result.Text));
            var before = Regions(original);
            var after = Regions(formatted);
            var changes = new List<TextEdit>();
            for (var i = 0; i < before.Count; i++)
            {
                if (range is TextSpan selected && !Touches(before[i], selected)) continue;
                var change = Minimal(source.Path, source.Text, before[i], result.Text, after[i]);
                if (change != null) changes.Add(change);
            }
            return new FormattingChanges(changes, result.Diagnostics);
        }

        /// <summary>Region i runs from the end of declaration i-1 to the end of declaration i; the last also takes the file's end.</summary>
        private static IReadOnlyList<TextSpan> Regions(PolicyFileSyntax file)
        {
            var regions = new List<TextSpan>();
            var start = 0;
            foreach (var declaration in file.Declarations)
            {
                regions.Add(TextSpan.FromBounds(start, declaration.Span.End));
                start = declaration.Span.End;
            }
            regions.Add(TextSpan.FromBounds(start, file.Source.Text.Length));
            return regions;
        }

        private static bool Touches(TextSpan region, TextSpan range) =>
            range.Start <= region.End && region.Start <= range.End;

        /// <summary>The change from one region to the other, without the characters they share at both ends.</summary>
        private static TextEdit? Minimal(string path, string oldText, TextSpan oldRegion, string newText, TextSpan newRegion)
        {
            var prefix = 0;
            var length = System.Math.Min(oldRegion.Length, newRegion.Length);
            while (prefix < length && oldText[oldRegion.Start + prefix] == newText[newRegion.Start + prefix]) prefix++;
            var suffix = 0;
            while (suffix < length - prefix && oldText[oldRegion.End - 1 - suffix] == newText[newRegion.End - 1 - suffix]) suffix++;
            if (prefix == oldRegion.Length && prefix == newRegion.Length) return null;
            var span = TextSpan.FromBounds(oldRegion.Start + prefix, oldRegion.End - suffix);
            return new TextEdit(path, span, newText.Substring(newRegion.Start + prefix, newRegion.Length - prefix - suffix));
        }
    }
}
