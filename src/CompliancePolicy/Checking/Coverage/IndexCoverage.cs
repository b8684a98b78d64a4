using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Checking.Coverage
{
    /// <summary>How the policies under one compliance.json cover the rules of the index it names.</summary>
    internal sealed class IndexCoverage
    {
        internal IndexCoverage(string settingsPath, string indexPath, string indexName, RuleIndex? index, ImmutableArray<string> policyFiles, ImmutableArray<RuleCoverage> rules)
        {
            SettingsPath = settingsPath;
            IndexPath = indexPath;
            IndexName = indexName;
            Index = index;
            PolicyFiles = policyFiles;
            Rules = rules;
        }

        /// <summary>The compliance.json that names the index; paths in the Markdown report are relative to its folder.</summary>
        public string SettingsPath { get; }

        /// <summary>The index's path: the folder of <see cref="SettingsPath"/> joined with <see cref="IndexName"/>.</summary>
        public string IndexPath { get; }

        /// <summary>The index's path as compliance.json writes it (relative to its folder).</summary>
        public string IndexName { get; }

        /// <summary>The index read, or null when it cannot be used (CP8006 says why; <see cref="Rules"/> is then empty).</summary>
        public RuleIndex? Index { get; }

        /// <summary>The policy files measured, as the run was given them.</summary>
        public ImmutableArray<string> PolicyFiles { get; }

        /// <summary>Every rule of the index, in its order.</summary>
        public ImmutableArray<RuleCoverage> Rules { get; }

        public int Encoded => Rules.Count(r => r.Status == RuleStatus.Encoded);

        public int NotEncoded => Rules.Count(r => r.Status == RuleStatus.NotEncoded);

        public int Missing => Rules.Count(r => r.Status == RuleStatus.Missing);

        /// <summary>The folder the Markdown report's paths are relative to.</summary>
        public string ProjectFolder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(SettingsPath)) ?? string.Empty;
    }

    /// <summary>One rule of the index: encoded (and by what), declared not encoded (and why), or missing.</summary>
    internal sealed class RuleCoverage
    {
        internal RuleCoverage(IndexedRule rule, RuleStatus status, ImmutableArray<CitingDeclaration> encodedBy, string? reason)
        {
            Rule = rule;
            Status = status;
            EncodedBy = encodedBy;
            Reason = reason;
        }

        public IndexedRule Rule { get; }

        public RuleStatus Status { get; }

        /// <summary>The clauses, transitions and deadlines that cite the rule, in file and position order.</summary>
        public ImmutableArray<CitingDeclaration> EncodedBy { get; }

        /// <summary>Why the rule is not encoded, for <see cref="RuleStatus.NotEncoded"/>; else null.</summary>
        public string? Reason { get; }
    }

    /// <summary>Where a rule stands against the policies.</summary>
    internal enum RuleStatus
    {
        /// <summary>A clause, transition or deadline cites it.</summary>
        Encoded,

        /// <summary>compliance.json declares it deliberately not encoded, with a reason.</summary>
        NotEncoded,

        /// <summary>Neither: reported as CP8001.</summary>
        Missing,
    }

    /// <summary>A clause, lifecycle transition or deadline that cites a rule, with the policy and place it is declared.</summary>
    internal sealed class CitingDeclaration
    {
        internal CitingDeclaration(CitingKind kind, string id, string? title, string? policy, SourceLocation location)
        {
            Kind = kind;
            Id = id;
            Title = title;
            Policy = policy;
            Location = location;
        }

        public CitingKind Kind { get; }

        public string Id { get; }

        public string? Title { get; }

        /// <summary>The title of the policy its file belongs to, or null for a file without a header.</summary>
        public string? Policy { get; }

        /// <summary>The declaration's ID.</summary>
        public SourceLocation Location { get; }

        /// <summary>"clause ELIG-1", "transition A-2".</summary>
        public override string ToString() => CitingKinds.Name(Kind) + " " + Id;
    }

    /// <summary>The declarations that cite rules.</summary>
    internal enum CitingKind
    {
        Clause,
        Transition,
        Deadline,
    }

    /// <summary>The keyword of each <see cref="CitingKind"/>, as reports write it.</summary>
    internal static class CitingKinds
    {
        public static string Name(CitingKind kind) => kind switch
        {
            CitingKind.Clause => "clause",
            CitingKind.Transition => "transition",
            CitingKind.Deadline => "deadline",
            _ => throw new System.ArgumentOutOfRangeException(nameof(kind), kind, "unknown citing declaration"),
        };
    }
}
