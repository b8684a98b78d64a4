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

        public override string ToString() => Candidates.IsEmpty ? string.Empty : $"; did you mean '{Candidates[0]}'?";
    }
}
