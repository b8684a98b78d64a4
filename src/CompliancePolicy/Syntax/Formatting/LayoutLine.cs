using System.Collections.Generic;

namespace CompliancePolicy.Syntax.Formatting
{
    /// <summary>
    /// One line of formatted output and the range of the source it was printed from; comments are placed around
    /// lines by comparing their positions with these ranges.
    /// </summary>
    internal sealed class LayoutLine
    {
        public LayoutLine(int indent, string text, int sourceStart, int sourceEnd, int? commentIndent = null, bool isVerbatim = false)
        {
            Indent = indent;
            Text = text;
            SourceStart = sourceStart;
            SourceEnd = sourceEnd;
            CommentIndent = commentIndent ?? indent;
            IsVerbatim = isVerbatim;
        }

        public int Indent { get; }
        public string Text { get; }

        /// <summary>Where the first token printed on this line starts in the source.</summary>
        public int SourceStart { get; set; }

        /// <summary>Where the last token printed on this line ends in the source (punctuation after it included).</summary>
        public int SourceEnd { get; set; }

        /// <summary>The indentation of comments placed before this line (a closing brace's comments sit inside the block).</summary>
        public int CommentIndent { get; }

        /// <summary>The text is the source itself, comments included (a declaration the formatter does not know).</summary>
        public bool IsVerbatim { get; }

        /// <summary>The first line of a top-level declaration: blank lines among its comments are kept.</summary>
        public bool StartsDeclaration { get; set; }

        /// <summary>A blank line goes before this line and its comments (a lifecycle's first transition or deadline).</summary>
        public bool BlankLineBefore { get; set; }

        public List<PlacedComment> Leading { get; } = new List<PlacedComment>();
        public string? Trailing { get; set; }
    }

    /// <summary>A comment on its own line before a layout line.</summary>
    internal sealed class PlacedComment
    {
        public PlacedComment(string text, int end, bool isHoisted, bool blankLineBefore)
        {
            Text = text;
            End = end;
            IsHoisted = isHoisted;
            BlankLineBefore = blankLineBefore;
        }

        public string Text { get; }

        /// <summary>Where the comment ends in the source.</summary>
        public int End { get; }

        /// <summary>The comment was written inside the code of its line (in a multi-line expression) and moved above it.</summary>
        public bool IsHoisted { get; }

        /// <summary>The source has a blank line before the comment (kept only between top-level declarations).</summary>
        public bool BlankLineBefore { get; }
    }

    /// <summary>The lines of one top-level declaration.</summary>
    internal sealed class DeclarationBlock
    {
        public DeclarationBlock(IReadOnlyList<LayoutLine> lines, IReadOnlyList<LayoutLine> sourceOrder, string? groupKind)
        {
            Lines = lines;
            SourceOrder = sourceOrder;
            GroupKind = groupKind;
            lines[0].StartsDeclaration = true;
        }

        /// <summary>The lines in the order they are printed.</summary>
        public IReadOnlyList<LayoutLine> Lines { get; }

        /// <summary>The same lines in the order of the source they were printed from (a lifecycle's states may have
        /// been written after its transitions): the order comments are placed in.</summary>
        public IReadOnlyList<LayoutLine> SourceOrder { get; }

        /// <summary>The keyword of a one-line <c>param</c>, <c>let</c>, <c>enum</c>, <c>decision</c> or <c>event</c>,
        /// which may sit directly under another of its kind; null for every other declaration.</summary>
        public string? GroupKind { get; }

        public LayoutLine First => Lines[0];
        public LayoutLine Last => Lines[Lines.Count - 1];
    }
}
