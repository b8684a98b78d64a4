namespace CompliancePolicy.Editing
{
    /// <summary>What a completion inserts.</summary>
    internal enum CompletionKind
    {
        Keyword,
        Snippet,
        Field,
        Parameter,
        Value,
        Variable,
        Function,
        EnumMember,
        State,
        Type,
        Event,
        Clause,
        Lifecycle,
    }

    /// <summary>
    /// One completion: its label, kind, a detail (a type or signature) and documentation; <see cref="InsertText"/> (a
    /// snippet with <c>${1:placeholders}</c> when <see cref="IsSnippet"/>) when it differs from the label.
    /// </summary>
    internal sealed record CompletionEntry(
        string Label,
        CompletionKind Kind,
        string? Detail = null,
        string? Documentation = null,
        string? InsertText = null,
        bool IsSnippet = false);
}
