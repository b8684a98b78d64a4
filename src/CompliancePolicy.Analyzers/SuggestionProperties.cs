using System.Collections.Immutable;
using CompliancePolicy.Diagnostics;

namespace CompliancePolicy.Analyzers
{
    /// <summary>
    /// A "did you mean" as a Roslyn diagnostic's properties, so a code fix reads it as data rather than from the message:
    /// the name as written and the closest candidate, both computed by the library's <see cref="Suggestions"/>.
    /// </summary>
    internal static class SuggestionProperties
    {
        /// <summary>The unknown name, as written.</summary>
        public const string Name = "SuggestionName";

        /// <summary>The closest candidate (the one the message names).</summary>
        public const string Candidate = "Suggestion";

        /// <summary>The properties for <paramref name="suggestion"/>; empty when there is none or no candidate is close.</summary>
        public static ImmutableDictionary<string, string?> Of(Suggestion? suggestion) =>
            suggestion is null || suggestion.Candidates.IsEmpty
                ? ImmutableDictionary<string, string?>.Empty
                : ImmutableDictionary<string, string?>.Empty.Add(Name, suggestion.Name).Add(Candidate, suggestion.Candidates[0]);
    }
}
