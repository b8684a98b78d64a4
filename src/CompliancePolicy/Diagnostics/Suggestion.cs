using System.Collections.Immutable;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// "Did you mean" for a name as written: the closest candidates. A message that takes one reads
    /// <c>; did you mean 'x'?</c> (or nothing) and keeps it as data: the diagnostic's <see cref="Diagnostic.Suggestions"/>
    /// and, where the diagnostic's span holds the name as written, a fix that renames it.
    /// </summary>
    internal sealed class Suggestion
    {
        internal Suggestion(string name, ImmutableArray<string> candidates)
        {
            Name = name;
            Candidates = candidates;
        }

        /// <summary>The unknown name, as written.</summary>
        public string Name { get; }

        /// <summary>The candidates closest to the name (several only when they are equally close), in ordinal order.</summary>
        public ImmutableArray<string> Candidates { get; }

        public override string ToString() => Text(Candidates);

        /// <summary>"; did you mean 'x'?" for the closest of <paramref name="candidates"/>, or an empty string: the words every
        /// host appends to a message that carries suggestions as data.</summary>
        public static string Text(ImmutableArray<string> candidates) => candidates.IsDefaultOrEmpty ? string.Empty : $"; did you mean '{candidates[0]}'?";
    }
}
