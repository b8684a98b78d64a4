using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Text;

namespace CompliancePolicy.Binding
{
    /// <summary>
    /// Binds the files of one compilation into policies: files with the same <c>policy</c> title form one policy,
    /// so a policy may be split over several files and still be checked as a whole.
    /// </summary>
    internal static class PolicyBinder
    {
        public static ImmutableArray<BoundPolicy> Bind(IEnumerable<PolicyFileSyntax> files, DiagnosticBag diagnostics)
        {
            var groups = new Dictionary<string, List<SourcedDeclaration>>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var file in files)
            {
                var title = TitleOf(file, diagnostics);
                if (title is null) continue;
                if (!groups.TryGetValue(title, out var declarations))
                {
                    declarations = new List<SourcedDeclaration>();
                    groups.Add(title, declarations);
                    order.Add(title);
                }
                declarations.AddRange(file.Declarations.Select(d => new SourcedDeclaration(file.Source, d)));
            }

            return order.Select(title => new SinglePolicyBinder(title, groups[title], diagnostics).Bind()).ToImmutableArray();
        }

        private static string? TitleOf(PolicyFileSyntax file, DiagnosticBag diagnostics)
        {
            var headers = file.Declarations.OfType<PolicyHeaderSyntax>().ToArray();
            if (headers.Length == 0)
            {
                if (file.Declarations.Length > 0)
                    diagnostics.Report(file.Source, KeywordSpan(file.Source, file.Declarations[0]), DiagnosticMessages.MissingPolicyHeader());
                return null;
            }
            foreach (var extra in headers.Skip(1))
            {
                diagnostics.Report(file.Source, extra.Title.Span,
                    DiagnosticMessages.ConflictingPolicyHeader(headers[0].Title.Value, "title", file.Source.GetLocation(headers[0].Title.Span)));
            }
            return headers[0].Title.Value;
        }

        // The keyword that opens a declaration: where the missing header belongs, rather than the whole (maybe long) declaration.
        private static TextSpan KeywordSpan(SourceText source, DeclarationSyntax declaration)
        {
            var end = declaration.Span.Start;
            while (end < declaration.Span.End && Syntax.Parsing.Lexical.IsIdentifierPart(source.Text[end])) end++;
            return TextSpan.FromBounds(declaration.Span.Start, end);
        }
    }
}
