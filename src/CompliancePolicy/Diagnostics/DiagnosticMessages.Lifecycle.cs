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
    }
}
