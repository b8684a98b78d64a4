using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Text;

namespace CompliancePolicy.Syntax
{
    /// <summary>
    /// <c>event AuditFailed { rectify_by: date? }</c>: a kind of dated event a record's history may hold. Every event
    /// has a <c>date</c>; the braces list its other fields and may be left out.
    /// </summary>
    internal sealed record EventDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        ImmutableArray<FieldSyntax> Fields) : DeclarationSyntax(Span);

    /// <summary>
    /// A lifecycle: named states, an initial state entered on a date, and transitions fired by events or by
    /// deadlines, replayed over a record's event history up to the as-of date.
    /// <code>
    /// lifecycle certificate "ISO/IEC 20000 certificate status"
    ///   history events
    ///   initial active on issued
    ///   state active
    ///   state suspended
    ///   final state revoked
    ///   transition T-1 "Surveillance audit failed" active -> suspended
    ///     on AuditFailed
    ///     cites "RD-2.8"
    ///   transition T-2 "Suspended too long" suspended -> revoked
    ///     after grace since entering
    ///     cites "RD-3.6"
    ///   deadline D-1 "Apply for recertification" in active
    ///     within 33 months since start
    ///     cites "RD-4.14"
    ///   ignore AuditFailed in suspended "already suspended: the grace runs from the first failure"
    /// </code>
    /// </summary>
    internal sealed record LifecycleDeclarationSyntax(
        TextSpan Span,
        NameSyntax Name,
        StringLiteralSyntax? Title,
        NameSyntax HistoryField,
        NameSyntax InitialState,
        ExpressionSyntax StartDate,
        ImmutableArray<StateSyntax> States,
        ImmutableArray<TransitionSyntax> Transitions,
        ImmutableArray<DeadlineSyntax> Deadlines,
        ImmutableArray<IgnoreSyntax> Ignores) : DeclarationSyntax(Span);

    /// <summary><c>state suspended</c> or <c>final state revoked</c> (a final state has no way out).</summary>
    internal sealed record StateSyntax(TextSpan Span, NameSyntax Name, bool IsFinal) : SyntaxNode(Span);

    /// <summary>
    /// The states a transition leaves or an <c>ignore</c> declaration applies in: named ones (<c>certified, rectifying</c>),
    /// or every non-final state (<c>any</c>; for a transition, its target is left out), less the states after
    /// <c>except</c> (<c>any except applicant</c>). <c>States</c> is empty for <c>any</c>; <c>Excepted</c> without it.
    /// </summary>
    internal sealed record StateSetSyntax(TextSpan Span, bool IsAny, ImmutableArray<NameSyntax> States, ImmutableArray<NameSyntax> Excepted) : SyntaxNode(Span)
    {
        /// <summary>The canonical text: <c>a, b</c>, <c>any</c> or <c>any except a, b</c>.</summary>
        public string Describe() =>
            IsAny
                ? "any" + (Excepted.IsEmpty ? string.Empty : " except " + string.Join(", ", Excepted.Select(n => n.Text)))
                : string.Join(", ", States.Select(n => n.Text));
    }

    /// <summary>
    /// <c>transition ID "Title" sources -> to</c> (sources: <c>a</c>, <c>a, b</c> or <c>any [except ...]</c>), then its trigger (<c>on Event</c> or <c>after D since anchor</c>),
    /// an optional <c>when</c> condition, an optional <c>priority N</c> (lower fires first) and its citations.
    /// </summary>
    internal sealed record TransitionSyntax(
        TextSpan Span,
        NameSyntax Id,
        StringLiteralSyntax? Title,
        StateSetSyntax Sources,
        NameSyntax To,
        TriggerSyntax Trigger,
        ExpressionSyntax? Condition,
        NumberBoundSyntax? Priority,
        ImmutableArray<StringLiteralSyntax> Citations) : SyntaxNode(Span);

    /// <summary>What makes a transition fire.</summary>
    internal abstract record TriggerSyntax(TextSpan Span) : SyntaxNode(Span);

    /// <summary><c>on AuditFailed</c>: fires when an event of that type is replayed in the transition's source state.</summary>
    internal sealed record EventTriggerSyntax(TextSpan Span, NameSyntax EventType) : TriggerSyntax(Span);

    /// <summary>
    /// <c>after 90 days since last AuditFailed</c>: fires on the day after <c>anchor + duration</c> (the anchor's day plus
    /// the duration is the last day on which an event can still prevent it).
    /// </summary>
    internal sealed record DeadlineTriggerSyntax(TextSpan Span, ExpressionSyntax Duration, AnchorSyntax Anchor) : TriggerSyntax(Span);

    /// <summary>What a deadline is measured from.</summary>
    internal enum AnchorKind
    {
        /// <summary><c>since entering</c>: the day the current state was entered.</summary>
        Entering,

        /// <summary><c>since start</c>: the day the lifecycle started.</summary>
        Start,

        /// <summary>
        /// <c>since last E</c> or <c>since last E or F</c>: the day of the last such event replayed so far; with none yet,
        /// the day the current state was entered.
        /// </summary>
        LastEvent,
    }

    /// <summary><c>entering</c>, <c>start</c>, or <c>last E [or F ...]</c> (the event types are empty for the first two).</summary>
    internal sealed record AnchorSyntax(TextSpan Span, AnchorKind Kind, ImmutableArray<NameSyntax> EventTypes) : SyntaxNode(Span);

    /// <summary>
    /// <c>deadline ID "Title" in state within D since anchor</c>: a date that must be met while in a state; reported
    /// among the pending deadlines, it changes no state by itself.
    /// </summary>
    internal sealed record DeadlineSyntax(
        TextSpan Span,
        NameSyntax Id,
        StringLiteralSyntax Title,
        NameSyntax State,
        ExpressionSyntax Duration,
        AnchorSyntax Anchor,
        ImmutableArray<StringLiteralSyntax> Citations) : SyntaxNode(Span);

    /// <summary>
    /// <c>ignore FeesUnpaid, SuspensionRequested in suspended "reason"</c>: the author's statement that no transition is
    /// meant to take these events in these states (they are replayed as ignored, with the reason), or, naming a deadline
    /// transition, that its deadline is not meant to apply in these states. The subjects are event types and deadline
    /// transition IDs.
    /// </summary>
    internal sealed record IgnoreSyntax(TextSpan Span, ImmutableArray<NameSyntax> Subjects, StateSetSyntax States, StringLiteralSyntax Reason) : SyntaxNode(Span);
}
