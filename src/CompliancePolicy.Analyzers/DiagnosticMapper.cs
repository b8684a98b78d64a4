using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CompliancePolicy.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PolicyDiagnostic = CompliancePolicy.Diagnostics.Diagnostic;
using RoslynDiagnostic = Microsoft.CodeAnalysis.Diagnostic;

namespace CompliancePolicy.Analyzers
{
    /// <summary>Turns the library's diagnostics into Roslyn diagnostics at a Roslyn location.</summary>
    internal static class DiagnosticMapper
    {
        /// <summary>Rules about a misspelt name, whose "did you mean" the rename fix applies.</summary>
        public static readonly ImmutableArray<string> RenameableRuleIds = ImmutableArray.Create(
            DiagnosticRules.UnknownName.Id, DiagnosticRules.UnknownField.Id, DiagnosticRules.UnknownLifecycleMember.Id);

        /// <summary>Property of <see cref="RenameableRuleIds"/> diagnostics: the name the library suggests instead.</summary>
        public const string SuggestionProperty = "Suggestion";

        /// <summary>Property of <see cref="RenameableRuleIds"/> diagnostics: the unknown name as written.</summary>
        public const string NameProperty = "Name";

        // The tail that Suggestions.DidYouMean appends to a message.
        private static readonly Regex DidYouMean = new Regex("; did you mean '(?<name>[^']+)'\\?$", RegexOptions.CultureInvariant);

        /// <summary>The Roslyn diagnostic, or null when its severity override turns it off.</summary>
        public static RoslynDiagnostic? ToRoslyn(PolicyDiagnostic diagnostic, Location location, SeverityOverrides severities, string? nameAtLocation)
        {
            var descriptor = PolicyDescriptors.For(diagnostic.Rule);
            var severity = severities.Apply(diagnostic.Id, PolicyDescriptors.ToRoslyn(diagnostic.Severity));
            if (severity is null) return null;
            var properties = ImmutableDictionary<string, string?>.Empty;
            if (RenameableRuleIds.Contains(diagnostic.Id) && DidYouMean.Match(diagnostic.Message) is { Success: true } match)
            {
                properties = properties.Add(SuggestionProperty, match.Groups["name"].Value);
                if (nameAtLocation != null) properties = properties.Add(NameProperty, nameAtLocation);
            }
            return RoslynDiagnostic.Create(descriptor, location, severity.Value, additionalLocations: null, properties, diagnostic.Message);
        }

        /// <summary>A location in a file that is not C# (an AdditionalFile), with Roslyn's line numbering of the text.</summary>
        public static Location InFile(string path, SourceText text, CompliancePolicy.Text.TextSpan span)
        {
            var roslynSpan = Clamp(span, text.Length);
            return Location.Create(path, roslynSpan, text.Lines.GetLinePositionSpan(roslynSpan));
        }

        public static TextSpan Clamp(CompliancePolicy.Text.TextSpan span, int length)
        {
            var start = span.Start < 0 ? 0 : span.Start > length ? length : span.Start;
            var end = span.End < start ? start : span.End > length ? length : span.End;
            return TextSpan.FromBounds(start, end);
        }
    }
}
