using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Fixes
{
    /// <summary>CP1101: <c>cites "TODO"</c> on a line of its own under the clause title, for the author to fill in.</summary>
    internal static class AddCitationFix
    {
        public const string Placeholder = "TODO";

        /// <summary>The fix for the CP1101 reported at <paramref name="idSpan"/>, the clause ID.</summary>
        public static ImmutableArray<DiagnosticFix> For(PolicyFileSyntax file, TextSpan idSpan)
        {
            var clause = file.Declarations.OfType<ClauseDeclarationSyntax>().FirstOrDefault(c => c.Id.Span.Equals(idSpan));
            if (clause is null || clause.Citations.Length > 0) return ImmutableArray<DiagnosticFix>.Empty;
            var text = file.Source;
            var at = clause.Title.Span.End;
            var insertion = SourceLines.LineBreak(text) + SourceLines.IndentationOfNextLine(text, at) + $"cites \"{Placeholder}\"";
            return ImmutableArray.Create(DiagnosticFix.Replace("Add a citation placeholder", text.Path, new TextSpan(at, 0), insertion, isPreferred: true));
        }
    }
}
