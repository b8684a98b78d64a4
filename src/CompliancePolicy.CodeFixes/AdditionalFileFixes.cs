using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers;
using CompliancePolicy.Configuration;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using LibraryDiagnostic = CompliancePolicy.Diagnostics.Diagnostic;
using LibraryFix = CompliancePolicy.Diagnostics.DiagnosticFix;
using LibraryText = CompliancePolicy.Text.SourceText;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// The library's fixes for a diagnostic in a .policy or compliance.json AdditionalFile: the project's policy files
    /// are compiled again (or the settings file read again), the same diagnostic is found by ID and span, and its
    /// edits are applied to the documents they name.
    /// </summary>
    internal static class AdditionalFileFixes
    {
        public static async Task<IReadOnlyList<(LibraryFix Fix, Func<CancellationToken, Task<Solution>> Apply)>> FindAsync(
            TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var path = PathOf(document);
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var diagnostics = string.Equals(System.IO.Path.GetFileName(path), ComplianceSettings.FileName, StringComparison.OrdinalIgnoreCase)
                ? ComplianceSettings.Parse(new LibraryText(path, text.ToString())).Diagnostics
                : await CompilePoliciesAsync(document.Project, cancellationToken).ConfigureAwait(false);
            var span = diagnostic.Location.SourceSpan;
            var found = diagnostics.FirstOrDefault(d => d.Id == diagnostic.Id && d.Location != null && d.Location.Path == path
                && d.Location.Span.Start == span.Start && d.Location.Span.Length == span.Length);
            if (found is null) return Array.Empty<(LibraryFix, Func<CancellationToken, Task<Solution>>)>();

            var documents = document.Project.AdditionalDocuments.GroupBy(PathOf, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            return found.Fixes
                .Where(fix => fix.Edits.All(e => documents.ContainsKey(e.Path)))
                .Select(fix => (fix, (Func<CancellationToken, Task<Solution>>)(ct => ApplyAsync(document.Project.Solution, documents, fix, ct))))
                .ToList();
        }

        private static async Task<IReadOnlyList<LibraryDiagnostic>> CompilePoliciesAsync(Project project, CancellationToken cancellationToken)
        {
            var sources = new List<LibraryText>();
            foreach (var policy in project.AdditionalDocuments.Where(d => PathOf(d).EndsWith(PolicyProject.Extension, StringComparison.OrdinalIgnoreCase)).GroupBy(PathOf, StringComparer.Ordinal))
            {
                var text = await policy.First().GetTextAsync(cancellationToken).ConfigureAwait(false);
                sources.Add(new LibraryText(policy.Key, text.ToString()));
            }
            return PolicyCompiler.Compile(sources, cancellationToken).Diagnostics;
        }

        private static async Task<Solution> ApplyAsync(Solution solution, Dictionary<string, TextDocument> documents, LibraryFix fix, CancellationToken cancellationToken)
        {
            foreach (var edits in fix.Edits.GroupBy(e => e.Path, StringComparer.Ordinal))
            {
                var target = documents[edits.Key];
                var text = await target.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var changed = text.WithChanges(edits.Select(e => new TextChange(new TextSpan(e.Span.Start, e.Span.Length), e.NewText)));
                solution = solution.WithAdditionalDocumentText(target.Id, changed);
            }
            return solution;
        }

        /// <summary>The path the analyzers know the file by (AdditionalText.Path).</summary>
        private static string PathOf(TextDocument document) => document.FilePath ?? document.Name;
    }
}
