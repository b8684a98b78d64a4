using System;
using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Editing
{
    /// <summary>
    /// Parses a new version of a file keeping the declarations whose text did not change: each declaration's chunk of
    /// text (from its keyword to the next declaration's) is looked up among the previous version's clean chunks, and a
    /// match is reused with its spans shifted. A keystroke then parses one declaration, not the file.
    /// </summary>
    internal static class IncrementalParser
    {
        public static PolicyFileSyntax Parse(SourceText source, PolicyFileSyntax? previous)
        {
            if (previous is null) return PolicyParser.Parse(source);
            var reusable = Reusable(previous);
            return PolicyParser.Parse(source, (start, end) => Reuse(source.Text, start, end, reusable));
        }

        private static DeclarationSyntax? Reuse(string text, int start, int end, Dictionary<string, (int Start, DeclarationSyntax Declaration)> reusable)
        {
            if (!reusable.TryGetValue(text.Substring(start, end - start), out var old)) return null;
            try
            {
                return start == old.Start ? old.Declaration : SyntaxShift.Declaration(old.Declaration, start - old.Start);
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }

        /// <summary>The previous version's declarations by the text of their chunk, leaving out any chunk with a diagnostic.</summary>
        private static Dictionary<string, (int Start, DeclarationSyntax Declaration)> Reusable(PolicyFileSyntax previous)
        {
            var text = previous.Source.Text;
            var starts = previous.Declarations.Select(d => d.Span.Start).ToArray();
            var result = new Dictionary<string, (int, DeclarationSyntax)>(StringComparer.Ordinal);
            for (var i = 0; i < starts.Length; i++)
            {
                var end = i + 1 < starts.Length ? starts[i + 1] : text.Length;
                if (previous.Diagnostics.Any(d => d.Location != null && d.Location.Span.Start < end && d.Location.Span.End >= starts[i])) continue;
                var chunk = text.Substring(starts[i], end - starts[i]);
                if (!result.ContainsKey(chunk)) result.Add(chunk, (starts[i], previous.Declarations[i]));
            }
            return result;
        }
    }
}
