using CompliancePolicy.Text;

namespace CompliancePolicy.Diagnostics
{
    internal static partial class DiagnosticMessages
    {
        public static DiagnosticMessage UnknownName(Suggestion name) =>
            new DiagnosticMessage(DiagnosticRules.UnknownName, $"The name '{name.Name}' does not exist{name}", name);

        public static DiagnosticMessage UnknownField(string recordType, Suggestion field) =>
            new DiagnosticMessage(DiagnosticRules.UnknownField, $"Record '{recordType}' has no field '{field.Name}'{field}", field);

        public static DiagnosticMessage UnknownType(Suggestion type) =>
            new DiagnosticMessage(DiagnosticRules.UnknownType, $"Unknown type '{type.Name}'{type}", type);

        public static DiagnosticMessage UnknownEnumMember(string enumType, Suggestion member) =>
            new DiagnosticMessage(DiagnosticRules.UnknownEnumMember, $"Enumeration '{enumType}' has no member '{member.Name}'{member}", member);

        public static DiagnosticMessage OperatorTypeMismatch(string op, string left, string right) =>
            new DiagnosticMessage(DiagnosticRules.OperatorTypeMismatch, $"Operator '{op}' cannot be applied to {left} and {right}");

        /// <summary>CP1006; both sides are described as a reader says them ("an int", "the type 'Staff'").</summary>
        public static DiagnosticMessage TypeMismatch(string expected, string found) =>
            new DiagnosticMessage(DiagnosticRules.TypeMismatch, $"Expected {expected} but found {found}");

        /// <summary>CP1006 for a rounding mode that is not one: the closest modes are suggestions.</summary>
        public static DiagnosticMessage UnknownRoundingMode(string expected, Suggestion mode) =>
            new DiagnosticMessage(DiagnosticRules.TypeMismatch, $"Expected {expected} but found '{mode.Name}'{mode}", mode);

        public static DiagnosticMessage UnknownFunction(Suggestion function) =>
            new DiagnosticMessage(DiagnosticRules.UnknownFunction, $"Unknown function '{function.Name}'{function}", function);

        /// <summary>CP1008; <paramref name="takes"/> reads "1 argument", "2 or 3 arguments".</summary>
        public static DiagnosticMessage WrongArgumentCount(string function, string takes, int given) =>
            new DiagnosticMessage(DiagnosticRules.WrongArgumentCount, $"'{function}' takes {takes} but was given {Invariant(given)}");

        public static DiagnosticMessage DuplicateDeclaration(string name, SourceLocation first) => new DiagnosticMessage(
            DiagnosticRules.DuplicateDeclaration, $"'{name}' is already declared at {first}", related: new[] { new RelatedLocation(first, $"'{name}' is first declared here") });

        /// <summary>CP1009 for a name taken by something not declared in a file: "the built-in type int", "the schema S".</summary>
        public static DiagnosticMessage NameTaken(string name, string takenBy) =>
            new DiagnosticMessage(DiagnosticRules.DuplicateDeclaration, $"'{name}' is already declared at {takenBy}");

        public static DiagnosticMessage DuplicateClauseId(string id, SourceLocation first) => new DiagnosticMessage(
            DiagnosticRules.DuplicateClauseId, $"Clause ID '{id}' is already used at {first}", related: new[] { new RelatedLocation(first, $"Clause ID '{id}' is first used here") });

        public static DiagnosticMessage DuplicateMember(string owner, string member) =>
            new DiagnosticMessage(DiagnosticRules.DuplicateMember, $"'{owner}' already has a member named '{member}'");

        /// <summary>CP1012; <paramref name="cycle"/> reads "a -> b -> a".</summary>
        public static DiagnosticMessage CircularDefinition(string name, string cycle) =>
            new DiagnosticMessage(DiagnosticRules.CircularDefinition, $"'{name}' depends on itself: {cycle}");

        public static DiagnosticMessage MissingSchema(string policy) =>
            new DiagnosticMessage(DiagnosticRules.MissingSchema, $"Policy '{policy}' declares no 'schema' for the records it evaluates");

        public static DiagnosticMessage DuplicateSchema(string policy, string schema) =>
            new DiagnosticMessage(DiagnosticRules.DuplicateSchema, $"Policy '{policy}' already declares schema '{schema}'");

        public static DiagnosticMessage UnknownClause(Suggestion id) =>
            new DiagnosticMessage(DiagnosticRules.UnknownClause, $"No clause has the ID '{id.Name}'{id}", id);

        public static DiagnosticMessage MissingPolicyHeader() =>
            new DiagnosticMessage(DiagnosticRules.MissingPolicyHeader, "The file does not start with a 'policy' header naming the policy it belongs to");

        /// <summary>CP1017; <paramref name="what"/> is "title", "version" or "sources".</summary>
        public static DiagnosticMessage ConflictingPolicyHeader(string policy, string what, SourceLocation first) => new DiagnosticMessage(
            DiagnosticRules.ConflictingPolicyHeader, $"Policy '{policy}' already states its {what} at {first}",
            related: new[] { new RelatedLocation(first, $"The {what} is first stated here") });

        public static DiagnosticMessage InvalidKey(string schema, string field, string fieldType) => new DiagnosticMessage(
            DiagnosticRules.InvalidKey, $"The key of schema '{schema}' must be a required text or integer field; '{field}' is {fieldType}");

        /// <summary>CP1019; <paramref name="test"/> is "??", "is present" or "is missing".</summary>
        public static DiagnosticMessage OptionalMisuse(string expression, string type, string test) => new DiagnosticMessage(
            DiagnosticRules.OptionalMisuse, $"'{expression}' is {type}, which is never missing; '{test}' applies only to optional values");

        public static DiagnosticMessage OptionalNotProvenPresent(string expression, string type) => new DiagnosticMessage(
            DiagnosticRules.OptionalNotProvenPresent,
            $"'{expression}' is {type} and may be missing here; test '{expression} is present' first (in 'applies when', or before 'and'), or give a fallback with '??'");

        public static DiagnosticMessage DurationsWithoutOrder(string comparison, string reason, string instead) => new DiagnosticMessage(
            DiagnosticRules.DurationsWithoutOrder,
            $"'{comparison}' orders durations that have no order: {reason}, and a month has no fixed number of days; compare the dates they lead to instead, as in '{instead}'");
    }
}
