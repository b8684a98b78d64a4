using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        public static DiagnosticMessage UnreachableState(string state, string lifecycle) => new DiagnosticMessage(
            DiagnosticRules.UnreachableState, $"State '{state}' of lifecycle '{lifecycle}' can never be reached: it is not the initial state and no transition leads to it");

        public static DiagnosticMessage StateWithoutExit(string state, string lifecycle) => new DiagnosticMessage(
            DiagnosticRules.StateWithoutExit, $"State '{state}' of lifecycle '{lifecycle}' has no transition out of it; mark it 'final state' if that is intended");

        public static DiagnosticMessage TransitionNeverFires(string transition, string reason) =>
            new DiagnosticMessage(DiagnosticRules.TransitionNeverFires, $"Transition '{transition}' can never fire: {reason}");

        /// <summary>CP4004; <paramref name="when"/> reads "on the same day" or "on the same E event".</summary>
        public static DiagnosticMessage AmbiguousTransitions(string first, string second, string state, string when) => new DiagnosticMessage(
            DiagnosticRules.AmbiguousTransitions,
            $"Transitions '{first}' and '{second}' can both fire from state '{state}' {when}; give them different priorities ('priority 1' fires first)");

        public static DiagnosticMessage UnknownEventType(Suggestion eventType) =>
            new DiagnosticMessage(DiagnosticRules.UnknownEventType, $"No event type '{eventType.Name}' is declared{eventType}", eventType);

        public static DiagnosticMessage UnknownState(string lifecycle, Suggestion state) =>
            new DiagnosticMessage(DiagnosticRules.UnknownState, $"Lifecycle '{lifecycle}' has no state '{state.Name}'{state}", state);

        // CP4007: the three ways a policy can lack the history a lifecycle or history(E) reads.
        /// <summary>A lifecycle's <c>history</c> line names no schema field; the history fields are the suggestions.</summary>
        public static DiagnosticMessage HistoryFieldUnknown(Suggestion field) =>
            new DiagnosticMessage(DiagnosticRules.InvalidHistory, $"The schema has no field '{field.Name}'{field}", field);

        /// <summary>A lifecycle's <c>history</c> line names a field of another type.</summary>
        public static DiagnosticMessage HistoryFieldNotHistory(string field, string fieldType) =>
            new DiagnosticMessage(DiagnosticRules.InvalidHistory, $"Field '{field}' is {fieldType}; a lifecycle replays a field of type 'history'");

        /// <summary><c>history(E)</c> or <c>streak(E, R)</c> in a policy whose schema has no history field.</summary>
        public static DiagnosticMessage NoHistoryField(string function, string schema) => new DiagnosticMessage(
            DiagnosticRules.InvalidHistory, $"'{function}' reads the record's events, but schema {schema} has no field of type 'history'");

        /// <summary>CP4008; <paramref name="members"/> lists the built-in members ("'state', 'since', 'started'").</summary>
        public static DiagnosticMessage UnknownLifecycleMember(string lifecycle, string members, Suggestion member) => new DiagnosticMessage(
            DiagnosticRules.UnknownLifecycleMember, $"Lifecycle '{lifecycle}' has no member '{member.Name}'; it has {members} and its states{member}", member);

        /// <summary>CP4009; the event type's declaration, when the policy has one, is a related location.</summary>
        public static DiagnosticMessage EventIgnored(string eventType, string state, string lifecycle, SourceLocation? declaration) => new DiagnosticMessage(
            DiagnosticRules.EventIgnored,
            $"Event '{eventType}' is ignored in state '{state}': no transition of lifecycle '{lifecycle}' takes it there; add one, or declare 'ignore {eventType} in {state} \"why\"'",
            related: declaration is null ? null : new[] { new RelatedLocation(declaration, $"Event '{eventType}' is declared here") });

        /// <summary>CP4010; <paramref name="first"/> is the transition that always leaves first, described as <paramref name="firstDescribed"/>.</summary>
        public static DiagnosticMessage DeadlinePreempted(string transition, string state, string first, string firstDescribed, SourceLocation firstAt) => new DiagnosticMessage(
            DiagnosticRules.DeadlinePreempted,
            $"Transition '{transition}' can never fire in state '{state}': '{first}' ({firstDescribed}) always leaves '{state}' first",
            related: new[] { new RelatedLocation(firstAt, $"'{first}' leaves '{state}' first") });

        public static DiagnosticMessage ValidityOutlived(string state, string validity, string validityDescribed, string enteredFrom, SourceLocation validityAt) => new DiagnosticMessage(
            DiagnosticRules.ValidityOutlived,
            $"State '{state}' can outlive '{validity}' ({validityDescribed}): a record that enters it from '{enteredFrom}' stays in '{state}' past that date; add '{state}' to the states of '{validity}', or declare 'ignore {validity} in {state} \"why\"'",
            related: new[] { new RelatedLocation(validityAt, $"'{validity}' is declared here") });

        /// <summary>CP4012; <paramref name="subjects"/> is what the declaration names, as written.</summary>
        public static DiagnosticMessage IgnoreWithoutEffect(string subjects, string state, string reason) =>
            new DiagnosticMessage(DiagnosticRules.IgnoreWithoutEffect, $"'ignore {subjects} in {state}' has no effect: {reason}");

        // CP4013: the three ways an 'ignore' can name something it cannot ignore.
        public static DiagnosticMessage IgnoreSubjectAmbiguous(string subject, string lifecycle) => new DiagnosticMessage(
            DiagnosticRules.InvalidIgnoreSubject,
            $"'{subject}' is both an event type and a transition of lifecycle '{lifecycle}': 'ignore' names event types and deadline transitions (rename the transition)");

        public static DiagnosticMessage IgnoreSubjectEventTransition(string subject, string? eventType) => new DiagnosticMessage(
            DiagnosticRules.InvalidIgnoreSubject,
            $"'{subject}' is a transition fired by an event ({eventType}): 'ignore' names event types and deadline transitions (to ignore the event, name it: '{eventType}')");

        public static DiagnosticMessage IgnoreSubjectUnknown(string lifecycle, Suggestion subject) => new DiagnosticMessage(
            DiagnosticRules.InvalidIgnoreSubject,
            $"'{subject.Name}' is neither an event type nor a transition of lifecycle '{lifecycle}': 'ignore' names event types and deadline transitions{subject}", subject);
    }
}
