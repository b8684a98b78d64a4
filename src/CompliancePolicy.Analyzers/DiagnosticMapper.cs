using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PolicyDiagnostic = CompliancePolicy.Diagnostics.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// Turns the library's diagnostics into Roslyn diagnostics at Roslyn locations, with the severity the library's
    /// configuration gave them. What else a diagnostic carries (fixes, suggestions) the code fixes ask the library for.
    /// </summary>
    internal static class DiagnosticMapper
    {
        /// <summary>The Roslyn diagnostic; its related locations become additional locations where <paramref name="locate"/> places them.</summary>
        public static RoslynDiagnostic ToRoslyn(PolicyDiagnostic diagnostic, Location location, Func<CompliancePolicy.Text.SourceLocation, Location?> locate)
        {
            var descriptor = PolicyDescriptors.For(diagnostic.Rule);
            var related = diagnostic.RelatedLocations.Select(r => locate(r.Location)).OfType<Location>().ToArray();
            return RoslynDiagnostic.Create(
                descriptor, location, PolicyDescriptors.ToRoslyn(diagnostic.Severity), related, properties: null, diagnostic.Message);
        }

        /// <summary>A location in a file that is not C# (an AdditionalFile), with Roslyn's line numbering of the text.</summary>
        public static Location InFile(string path, SourceText text, CompliancePolicy.Text.TextSpan span)
        {
            var roslynSpan = Clamp(span, text.Length);
            return Location.Create(path, roslynSpan, text.Lines.GetLinePositionSpan(roslynSpan));
        }

        /// <summary>A location in another AdditionalFile, whose text is not at hand: its line and column come from the library.</summary>
        public static Location InOtherFile(CompliancePolicy.Text.SourceLocation location) =>
            Location.Create(
                location.Path,
                new TextSpan(location.Span.Start, Math.Max(0, location.Span.Length)),
                new LinePositionSpan(
                    new LinePosition(location.Start.Line - 1, location.Start.Column - 1),
                    new LinePosition(location.End.Line - 1, location.End.Column - 1)));

        public static TextSpan Clamp(CompliancePolicy.Text.TextSpan span, int length)
        {
            var start = span.Start < 0 ? 0 : span.Start > length ? length : span.Start;
            var end = span.End < start ? start : span.End > length ? length : span.End;
            return TextSpan.FromBounds(start, end);
        }
    }
}
