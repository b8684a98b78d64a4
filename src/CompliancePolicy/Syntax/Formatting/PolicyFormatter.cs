using System;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// The canonical layout of a policy file (<c>compliance fmt</c>). A file with syntax errors is returned unchanged
    /// with its errors. Otherwise the text is printed again from the syntax tree:
    /// <list type="bullet">
    /// <item>Declarations are separated by one blank line. One-line <c>param</c>, <c>let</c>, <c>enum</c>,
    /// <c>decision</c> and <c>event</c> declarations that follow one of the same kind without a blank line in the
    /// source stay together; any blank lines elsewhere collapse to one between declarations and to none inside them,
    /// except the one a lifecycle has before its transitions.</item>
    /// <item>Indentation is 2 spaces. Record and schema fields, enumeration members and event fields (these two when
    /// the declaration does not fit on one line of 100 columns), table bands, tiers and <c>otherwise</c> each take a
    /// line inside the braces; the policy header's <c>version</c> and <c>sources</c> and a clause's parts take a line
    /// each, clause parts in the order <c>cites</c>, <c>severity</c> (only if written), <c>applies when</c>,
    /// <c>require</c>, <c>unless</c>, <c>message</c>. An event without fields has no braces.</item>
    /// <item>A lifecycle: <c>lifecycle name "Title"</c>, then indented <c>history field</c>, <c>initial state on
    /// date</c>, the states (<c>state s</c>, <c>final state s</c>), a blank line, the transitions and then the
    /// deadlines, each kind in the order written (the order that counts: between kinds the order says nothing). A
    /// transition is <c>transition ID "Title" from -&gt; to</c>, with under it, one level deeper and one a line,
    /// <c>on E</c> or <c>after D since anchor</c>, <c>when</c>, <c>priority</c> and <c>cites</c>; a deadline is
    /// <c>deadline ID "Title" in state</c> with <c>within D since anchor</c> and <c>cites</c> under it.</item>
    /// <item>Expressions take one line with one space around binary operators and keywords, <c>a, b</c> after
    /// commas and nothing inside brackets; the author's parentheses are kept and none are added. Numbers keep their
    /// spelling (<c>70.00</c>, <c>50%</c>), dates are yyyy-MM-dd, durations keep their parts with the unit singular
    /// after 1 and plural otherwise, strings are re-escaped.</item>
    /// <item>A line ending in an expression (<c>param</c>, <c>let</c>, <c>decision</c>, clause parts, table arms, a
    /// lifecycle's <c>initial</c>, <c>after</c>, <c>when</c> and <c>within</c>) that would be wider than 100 columns
    /// is broken, outer structure first, until it fits: an <c>if</c> chain before each <c>else</c>, or an
    /// <c>and</c>/<c>or</c> chain at the top of the expression (or of the <c>where</c> condition of a quantifier that
    /// is the expression) before each of its operators, the lines after the first 2 columns deeper; then each list or
    /// comprehension that would end past column 100, after its <c>[</c>, with one item a line (a comprehension: all
    /// its parts on one line, or the projection, <c>for</c> and <c>where</c> a line each), 2 columns deeper, and its
    /// <c>]</c> on a line of its own. Strings, messages and titles are never broken, and a line that cannot be
    /// broken stays long (as does one whose next line would start with a declaration keyword).</item>
    /// <item>Comments are all kept. A comment on its own line goes above the item (declaration, field, member, band,
    /// clause part, state, transition or deadline and their parts, closing brace) that follows it in the source, at
    /// that item's indentation, and moves with it; blank lines among comments are kept only above top-level
    /// declarations. A comment after code stays at the end of its line, one space after the code, unless code
    /// follows it in the same expression: then it moves above that line. Trailing white space is dropped.</item>
    /// <item>Lines end with LF, the file with exactly one newline (an empty file stays empty).</item>
    /// </list>
    /// A declaration kind this formatter does not know is kept as written. The output is checked before it is
    /// returned: it must parse without errors, keep every comment and format to itself.
    /// </summary>
    internal static class PolicyFormatter
    {
        /// <exception cref="InvalidOperationException">Only on a defect of the formatter: its output failed the check,
        /// so no formatted text is offered.</exception>
        public static FormatResult Format(SourceText source)
        {
            if (source is null) throw new ArgumentNullException(nameof(source));
            var file = PolicyParser.Parse(source);
            if (!file.Diagnostics.IsEmpty) return new FormatResult(source.Text, changed: false, file.Diagnostics);
            var text = Layout(file);
            Verify(file, text);
            return new FormatResult(text, !string.Equals(text, source.Text, StringComparison.Ordinal), file.Diagnostics);
        }

        private static string Layout(PolicyFileSyntax file)
        {
            var layout = new DeclarationLayout(file.Source, file.Comments);
            var blocks = file.Declarations.Select(layout.Layout).ToArray();
            var footer = CommentPlacer.Place(file.Source.Text, blocks.SelectMany(b => b.SourceOrder).ToArray(), file.Comments);
            return LayoutWriter.Write(file.Source.Text, blocks, footer);
        }

        /// <summary>The formatted text must read back as the same declarations with the same comments, and be stable.</summary>
        private static void Verify(PolicyFileSyntax original, string text)
        {
            var reparsed = PolicyParser.Parse(new SourceText(original.Source.Path, text));
            string? problem = null;
            if (!reparsed.Diagnostics.IsEmpty) problem = "it does not parse: " + reparsed.Diagnostics[0];
            else if (reparsed.Declarations.Length != original.Declarations.Length) problem = "it does not hold the same declarations";
            else if (!CommentTexts(reparsed).SequenceEqual(CommentTexts(original), StringComparer.Ordinal)) problem = "it loses or changes comments";
            else if (!string.Equals(Layout(reparsed), text, StringComparison.Ordinal)) problem = "formatting it again changes it";
            if (problem != null)
            {
                throw new InvalidOperationException(
                    $"The formatter could not lay out {original.Source.Path} safely ({problem}); the file was left as it is.");
            }
        }

        private static string[] CommentTexts(PolicyFileSyntax file) =>
            file.Comments.Select(c => c.Text.TrimEnd()).OrderBy(t => t, StringComparer.Ordinal).ToArray();
    }
}
