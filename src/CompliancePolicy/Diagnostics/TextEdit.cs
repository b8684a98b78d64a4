using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>One change to a file: the text of <see cref="Span"/> (an empty span inserts) becomes <see cref="NewText"/>.</summary>
    public sealed record TextEdit(string Path, TextSpan Span, string NewText)
    {
        /// <summary>
        /// Whether two edits of the same file cannot both be applied: they change the same characters, insert at the
        /// same place (in no defined order), or one inserts inside the text the other replaces.
        /// </summary>
        internal bool Overlaps(TextEdit other)
        {
            if (Path != other.Path) return false;
            if (Span.Length == 0 && other.Span.Length == 0) return Span.Start == other.Span.Start;
            if (Span.Length == 0) return other.Span.Start < Span.Start && Span.Start < other.Span.End;
            if (other.Span.Length == 0) return Span.Start < other.Span.Start && other.Span.Start < Span.End;
            return Span.Start < other.Span.End && other.Span.Start < Span.End;
        }
    }
}
