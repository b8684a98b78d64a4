using System.Linq;

namespace CompliancePolicy.Text
{
    /// <summary>How a file lays out its lines, so that inserted lines look like their neighbours.</summary>
    internal static class SourceLines
    {
        /// <summary>The line break the file already uses (that of its first line), LF for a one-line file.</summary>
        public static string LineBreak(SourceText text)
        {
            var first = text.Text.IndexOf('\n');
            return first > 0 && text.Text[first - 1] == '\r' ? "\r\n" : "\n";
        }

        /// <summary>The white space that starts the line after the one holding <paramref name="position"/>, or two spaces.</summary>
        public static string IndentationOfNextLine(SourceText text, int position)
        {
            var line = text.GetPosition(position).Line;
            if (line + 1 > text.LineCount) return "  ";
            var next = text.GetLineText(line + 1);
            var indentation = new string(next.TakeWhile(c => c == ' ' || c == '\t').ToArray());
            return indentation.Length == 0 || indentation.Length == next.Length ? "  " : indentation;
        }

        /// <summary>The span of the whole line holding <paramref name="position"/>, its line break included.</summary>
        public static TextSpan WholeLine(SourceText text, int position)
        {
            var line = text.GetPosition(position).Line;
            var start = text.GetLineStart(line);
            var end = line < text.LineCount ? text.GetLineStart(line + 1) : text.Text.Length;
            return TextSpan.FromBounds(start, end);
        }
    }
}
