using System.Collections.Generic;

namespace CompliancePolicy.Syntax.Differencing
{
    /// <summary>Whether a policy, declaration, member or part was added, removed or changed.</summary>
    internal enum ChangeKind
    {
        Added,
        Removed,
        Changed,
    }

    /// <summary>
    /// One change between two versions of a policy, in the language's own syntax: a declaration or a lifecycle's member
    /// added or removed (with its whole text), or one part of a declaration added, removed or changed
    /// (<c>26 to 45 =&gt; 3</c> became <c>26 to 45 =&gt; 4</c>).
    /// </summary>
    internal sealed class StructuralChange
    {
        internal StructuralChange(ChangeKind kind, string declarationKind, string declaration, string? member, string? part, string? oldText, string? newText)
        {
            Kind = kind;
            DeclarationKind = declarationKind;
            Declaration = declaration;
            Member = member;
            Part = part;
            OldText = oldText;
            NewText = newText;
        }

        public ChangeKind Kind { get; }

        /// <summary>"clause", "param", "table", "tiers", "let", "decision", "enum", "record", "schema", "event", "lifecycle", "policy".</summary>
        public string DeclarationKind { get; }

        /// <summary>The declaration's name or ID.</summary>
        public string Declaration { get; }

        /// <summary>A lifecycle's member ("transition S-1", "deadline D-1"), or null.</summary>
        public string? Member { get; }

        /// <summary>The part changed ("require", "band 26 to 45", "default"), or null when a whole declaration or member was added or removed.</summary>
        public string? Part { get; }

        /// <summary>The old text (null when added): a part's line, or a whole declaration or member.</summary>
        public string? OldText { get; }

        /// <summary>The new text (null when removed).</summary>
        public string? NewText { get; }

        /// <summary>Where the change is: "clause SCORE-1", "lifecycle certificate, transition S-1".</summary>
        public string Subject => DeclarationKind + " " + Declaration + (Member is null ? string.Empty : ", " + Member);

        /// <summary>
        /// The change on one line: "table initial_person_days: `26 to 45 => 3` became `26 to 45 => 4`", "clause SCORE-2
        /// added", "lifecycle certificate, transition S-4 removed". An added or removed declaration or member is named only:
        /// its text is in <see cref="OldText"/> or <see cref="NewText"/>.
        /// </summary>
        public string Describe()
        {
            if (Part is null) return Subject + (Kind == ChangeKind.Added ? " added" : " removed");
            switch (Kind)
            {
                case ChangeKind.Added: return $"{Subject}: `{NewText}` added";
                case ChangeKind.Removed: return $"{Subject}: `{OldText}` removed";
                default: return $"{Subject}: `{OldText}` became `{NewText}`";
            }
        }

        public override string ToString() => Describe();
    }

    /// <summary>How one policy (matched by title) differs between the old and the new version.</summary>
    internal sealed class PolicyStructureDiff
    {
        internal PolicyStructureDiff(string title, ChangeKind? policyChange, IReadOnlyList<StructuralChange> changes)
        {
            Title = title;
            PolicyChange = policyChange;
            Changes = changes;
        }

        public string Title { get; }

        /// <summary>Added or removed when the policy is in one version only (its declarations are then listed as added or
        /// removed); null when it is in both.</summary>
        public ChangeKind? PolicyChange { get; }

        public IReadOnlyList<StructuralChange> Changes { get; }
    }
}
