using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// A change that removes the cause of a diagnostic, as text edits the library computed: the IDE's code fix, the
    /// language server's code action and <c>compliance lint --fix</c> all apply these same edits.
    /// </summary>
    /// <param name="Title">What the fix does, in the imperative ("Add a citation placeholder").</param>
    /// <param name="Edits">Non-overlapping edits, in any file (most fixes edit the diagnostic's own file).</param>
    /// <param name="IsPreferred">
    /// The one fix a tool may apply without asking: it does what the message says and nothing a reader would have to
    /// check. <c>lint --fix</c> applies only these; a diagnostic has at most one.
    /// </param>
    public sealed record DiagnosticFix(string Title, ImmutableArray<TextEdit> Edits, bool IsPreferred)
    {
        /// <summary>A fix that replaces one span of one file.</summary>
        internal static DiagnosticFix Replace(string title, string path, TextSpan span, string newText, bool isPreferred) =>
            new DiagnosticFix(title, ImmutableArray.Create(new TextEdit(path, span, newText)), isPreferred);

        /// <summary>Whether both fixes make the same edits (two diagnostics of one cause offer the same fix).</summary>
        internal bool HasSameEdits(DiagnosticFix other) => Edits.SequenceEqual(other.Edits);
    }
}
