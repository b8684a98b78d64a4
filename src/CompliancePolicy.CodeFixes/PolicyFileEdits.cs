using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Syntax;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>Helpers for fixes that edit a .policy AdditionalFile: parse it with the library, change its text.</summary>
    internal static class PolicyFileEdits
    {
        public static async Task<(SourceText Text, PolicyFileSyntax Syntax)> ParseAsync(TextDocument document, CancellationToken cancellationToken)
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var syntax = PolicyParser.Parse(new CompliancePolicy.Text.SourceText(document.FilePath ?? document.Name, text.ToString()), cancellationToken);
            return (text, syntax);
        }

        public static Solution WithText(TextDocument document, SourceText text) =>
            document is Document source
                ? source.WithText(text).Project.Solution
                : document.Project.Solution.WithAdditionalDocumentText(document.Id, text);

        /// <summary>The white space that starts the line after the one holding <paramref name="position"/>, or two spaces.</summary>
        public static string IndentationAfter(SourceText text, int position)
        {
            var line = text.Lines.GetLineFromPosition(position).LineNumber;
            if (line + 1 >= text.Lines.Count) return "  ";
            var next = text.Lines[line + 1].ToString();
            var indentation = new string(next.TakeWhile(c => c == ' ' || c == '\t').ToArray());
            return indentation.Length == 0 || indentation.Length == next.Length ? "  " : indentation;
        }

        /// <summary>The line break the file already uses.</summary>
        public static string LineBreak(SourceText text) =>
            text.Lines.Count > 1 && text.Lines[0].EndIncludingLineBreak - text.Lines[0].End == 2 ? "\r\n" : "\n";
    }
}
