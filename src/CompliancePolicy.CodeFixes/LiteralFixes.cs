using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CompliancePolicy.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using LibraryFix = CompliancePolicy.Diagnostics.DiagnosticFix;
using LibraryText = CompliancePolicy.Text.SourceText;

namespace CompliancePolicy.CodeFixes
{
    /// <summary>
    /// The library's fixes for a diagnostic inside policy text written as a C# string literal: the literal's value is
    /// compiled again, the diagnostic found by ID and (mapped) span, and each edit placed in the literal through its
    /// offset map and written in the literal's own escaping. A fix the literal cannot hold as written is not offered.
    /// </summary>
    internal static class LiteralFixes
    {
        private const string PolicyPath = "policy.policy";

        public static async Task<IReadOnlyList<(LibraryFix Fix, Func<CancellationToken, Task<Solution>> Apply)>> FindAsync(
            Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            var none = Array.Empty<(LibraryFix, Func<CancellationToken, Task<Solution>>)>();
            var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null) return none;
            var span = diagnostic.Location.SourceSpan;
            var token = root.FindToken(span.Start);
            if (!(StringLiteralMap.Create(token) is { } map)) return none;

            var compilation = PolicyCompiler.Compile(new[] { new LibraryText(PolicyPath, token.ValueText) }, cancellationToken);
            var found = compilation.Diagnostics.FirstOrDefault(d => d.Id == diagnostic.Id && d.Location != null
                && map.Map(d.Location.Span.Start, d.Location.Span.Length) == span);
            if (found is null) return none;

            var offered = new List<(LibraryFix, Func<CancellationToken, Task<Solution>>)>();
            foreach (var fix in found.Fixes)
            {
                var changes = fix.Edits
                    .Select(e => e.Path == PolicyPath && map.Encode(e.NewText) is { } written ? new TextChange(map.Map(e.Span.Start, e.Span.Length), written) : (TextChange?)null)
                    .ToList();
                if (changes.Any(c => c is null)) continue;
                offered.Add((fix, async ct =>
                {
                    var text = await document.GetTextAsync(ct).ConfigureAwait(false);
                    return document.WithText(text.WithChanges(changes.Select(c => c!.Value))).Project.Solution;
                }));
            }
            return offered;
        }
    }
}
