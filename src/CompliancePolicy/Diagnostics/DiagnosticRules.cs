using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>The central list of every diagnostic the language reports. IDs are stable: never reuse one.</summary>
    public static class DiagnosticRules
    {
        private const string Syntax = "Syntax";
        private const string Binding = "Binding";
        private const string Quality = "Quality";
        private const string Records = "Records";
        private const string Evaluation = "Evaluation";
        private const string Lifecycle = "Lifecycle";
        private const string Run = "Run";
        private const string Tests = "Tests";
        private const string Suppression = "Suppression";
        private const string Configuration = "Configuration";
        private const string Coverage = "Coverage";

        // Syntax: CP0xxx
        public static readonly DiagnosticRule SyntaxError = new DiagnosticRule(
            "CP0001", Syntax, DiagnosticSeverity.Error, "Syntax error", "Syntax error: {0}");
        public static readonly DiagnosticRule NestingTooDeep = new DiagnosticRule(
            "CP0002", Syntax, DiagnosticSeverity.Error, "Expression nested too deeply",
            "{0} are nested more than {1} levels deep; {2}");
        public static readonly DiagnosticRule InvalidLiteral = new DiagnosticRule(
            "CP0003", Syntax, DiagnosticSeverity.Error, "Invalid literal", "{0}");
        public static readonly DiagnosticRule KeywordAsName = new DiagnosticRule(
            "CP0004", Syntax, DiagnosticSeverity.Error, "Keyword used as a name",
            "'{0}' is a keyword ({1}) and cannot name a field; name it something else, such as '{0}_value', and use that name in the records too");

        // Binding: CP1xxx
        public static readonly DiagnosticRule UnknownName = new DiagnosticRule(
            "CP1001", Binding, DiagnosticSeverity.Error, "Unknown name", "The name '{0}' does not exist{1}");
        public static readonly DiagnosticRule UnknownField = new DiagnosticRule(
            "CP1002", Binding, DiagnosticSeverity.Error, "Unknown field", "Record '{0}' has no field '{1}'{2}");
        public static readonly DiagnosticRule UnknownType = new DiagnosticRule(
            "CP1003", Binding, DiagnosticSeverity.Error, "Unknown type", "Unknown type '{0}'{1}");
        public static readonly DiagnosticRule UnknownEnumMember = new DiagnosticRule(
            "CP1004", Binding, DiagnosticSeverity.Error, "Unknown enumeration member", "Enumeration '{0}' has no member '{1}'{2}");
        public static readonly DiagnosticRule OperatorTypeMismatch = new DiagnosticRule(
            "CP1005", Binding, DiagnosticSeverity.Error, "Operator type mismatch", "Operator '{0}' cannot be applied to {1} and {2}");
        public static readonly DiagnosticRule TypeMismatch = new DiagnosticRule(
            "CP1006", Binding, DiagnosticSeverity.Error, "Type mismatch", "Expected {0} but found {1}");
        public static readonly DiagnosticRule UnknownFunction = new DiagnosticRule(
            "CP1007", Binding, DiagnosticSeverity.Error, "Unknown function", "Unknown function '{0}'{1}");
        public static readonly DiagnosticRule WrongArgumentCount = new DiagnosticRule(
            "CP1008", Binding, DiagnosticSeverity.Error, "Wrong number of arguments", "'{0}' takes {1} but was given {2}");
        public static readonly DiagnosticRule DuplicateDeclaration = new DiagnosticRule(
            "CP1009", Binding, DiagnosticSeverity.Error, "Duplicate declaration", "'{0}' is already declared at {1}");
        public static readonly DiagnosticRule DuplicateClauseId = new DiagnosticRule(
            "CP1010", Binding, DiagnosticSeverity.Error, "Duplicate clause ID", "Clause ID '{0}' is already used at {1}");
        public static readonly DiagnosticRule DuplicateMember = new DiagnosticRule(
            "CP1011", Binding, DiagnosticSeverity.Error, "Duplicate member", "'{0}' already has a member named '{1}'");
        public static readonly DiagnosticRule CircularDefinition = new DiagnosticRule(
            "CP1012", Binding, DiagnosticSeverity.Error, "Circular definition", "'{0}' depends on itself: {1}");
        public static readonly DiagnosticRule MissingSchema = new DiagnosticRule(
            "CP1013", Binding, DiagnosticSeverity.Error, "Missing schema", "Policy '{0}' declares no 'schema' for the records it evaluates");
        public static readonly DiagnosticRule DuplicateSchema = new DiagnosticRule(
            "CP1014", Binding, DiagnosticSeverity.Error, "More than one schema", "Policy '{0}' already declares schema '{1}'");
        public static readonly DiagnosticRule UnknownClause = new DiagnosticRule(
            "CP1015", Binding, DiagnosticSeverity.Error, "Unknown clause", "No clause has the ID '{0}'{1}");
        public static readonly DiagnosticRule MissingPolicyHeader = new DiagnosticRule(
            "CP1016", Binding, DiagnosticSeverity.Error, "Missing policy header", "The file does not start with a 'policy' header naming the policy it belongs to");
        public static readonly DiagnosticRule ConflictingPolicyHeader = new DiagnosticRule(
            "CP1017", Binding, DiagnosticSeverity.Error, "Conflicting policy header", "Policy '{0}' already states its {1} at {2}");
        public static readonly DiagnosticRule InvalidKey = new DiagnosticRule(
            "CP1018", Binding, DiagnosticSeverity.Error, "Invalid record key", "The key of schema '{0}' must be a required text or integer field; '{1}' is {2}");
        public static readonly DiagnosticRule OptionalMisuse = new DiagnosticRule(
            "CP1019", Binding, DiagnosticSeverity.Error, "Not an optional value", "'{0}' is {1}, which is never missing; '{2}' applies only to optional values");
        public static readonly DiagnosticRule OptionalNotProvenPresent = new DiagnosticRule(
            "CP1020", Binding, DiagnosticSeverity.Error, "Optional value not proven present",
            "'{0}' is {1} and may be missing here; test '{0} is present' first (in 'applies when', or before 'and'), or give a fallback with '??'");
        public static readonly DiagnosticRule DurationsWithoutOrder = new DiagnosticRule(
            "CP1021", Binding, DiagnosticSeverity.Error, "Durations that cannot be ordered",
            "'{0}' orders durations that have no order: {1}, and a month has no fixed number of days; compare the dates they lead to instead, as in '{2}'");

        // Quality: CP11xx
        public static readonly DiagnosticRule MissingCitation = new DiagnosticRule(
            "CP1101", Quality, DiagnosticSeverity.Warning, "Clause without citation", "Clause '{0}' cites no source; add 'cites \"RD-x.y\"' naming the rule it encodes");
        public static readonly DiagnosticRule UnusedParameter = new DiagnosticRule(
            "CP1102", Quality, DiagnosticSeverity.Warning, "Unused parameter", "Parameter '{0}' is never used");
        public static readonly DiagnosticRule UnusedDefinition = new DiagnosticRule(
            "CP1103", Quality, DiagnosticSeverity.Warning, "Unused definition", "{0} '{1}' is never used");
        public static readonly DiagnosticRule TableBandsOverlap = new DiagnosticRule(
            "CP1104", Quality, DiagnosticSeverity.Error, "Table bands overlap", "Band {0} of table '{1}' overlaps band {2}: {3} falls in both");
        public static readonly DiagnosticRule TableBandsGap = new DiagnosticRule(
            "CP1105", Quality, DiagnosticSeverity.Warning, "Table bands leave a gap", "Table '{0}' has no band for {1}; such values fall to 'otherwise'");
        public static readonly DiagnosticRule TableBandInverted = new DiagnosticRule(
            "CP1106", Quality, DiagnosticSeverity.Error, "Empty table band", "Band {0} of table '{1}' is empty: {2} is greater than {3}");
        public static readonly DiagnosticRule TiersOutOfOrder = new DiagnosticRule(
            "CP1107", Quality, DiagnosticSeverity.Error, "Tiers out of order", "Tier 'at least {0}' of '{1}' can never be reached: 'at least {2}' comes before it; list tiers from the highest threshold down");
        public static readonly DiagnosticRule TableKeyNotInteger = new DiagnosticRule(
            "CP1108", Quality, DiagnosticSeverity.Error, "Table key is not an integer", "The key of table '{0}' is {1}; band tables look up integers (use 'tiers' for decimal thresholds)");
        public static readonly DiagnosticRule MissingOtherwise = new DiagnosticRule(
            "CP1109", Quality, DiagnosticSeverity.Error, "No rule for values outside every band", "{0} '{1}' has no 'otherwise' arm: say what happens to a value outside every {2} (a result, or 'error \"...\"')");
        public static readonly DiagnosticRule ConditionNeverTrue = new DiagnosticRule(
            "CP1110", Quality, DiagnosticSeverity.Warning, "Condition can never be true", "'{0}' can never be true: {1}");
        public static readonly DiagnosticRule ClauseNeverApplies = new DiagnosticRule(
            "CP1111", Quality, DiagnosticSeverity.Warning, "Clause can never apply", "Clause '{0}' can never apply: {1}");

        // Suppression comments: CP112x (Syntax/Suppression)
        public static readonly DiagnosticRule UnknownSuppressedRule = new DiagnosticRule(
            "CP1120", Suppression, DiagnosticSeverity.Warning, "Unknown rule in a suppression",
            "'{0}' is not the ID of a rule of the policy language, so the suppression does nothing for it{1}");
        public static readonly DiagnosticRule SuppressionWithoutReason = new DiagnosticRule(
            "CP1121", Suppression, DiagnosticSeverity.Warning, "Suppression without a reason",
            "The suppression of {0} gives no reason; write it after ' -- ' so that a reader knows why the rule does not apply here");
        public static readonly DiagnosticRule UnusedSuppression = new DiagnosticRule(
            "CP1122", Suppression, DiagnosticSeverity.Warning, "Unused suppression", "{0} is not reported {1}; remove it from the suppression");
        public static readonly DiagnosticRule SuppressionAfterCode = new DiagnosticRule(
            "CP1123", Suppression, DiagnosticSeverity.Warning, "Suppression after code",
            "A suppression comment after code applies to nothing; put '{0}' on its own line, above the code it is about");
        public static readonly DiagnosticRule UnsuppressibleRule = new DiagnosticRule(
            "CP1124", Suppression, DiagnosticSeverity.Warning, "Rule cannot be suppressed", "{0} cannot be suppressed in a policy file: {1}");
        public static readonly DiagnosticRule UnknownSuppressionDirective = new DiagnosticRule(
            "CP1125", Suppression, DiagnosticSeverity.Warning, "Unknown suppression directive",
            "'{0}' is not a suppression directive (they are 'compliance-disable-next-line' and 'compliance-disable-file'){1}");
        public static readonly DiagnosticRule SuppressionWithoutRule = new DiagnosticRule(
            "CP1126", Suppression, DiagnosticSeverity.Warning, "Suppression names no rule",
            "'{0}' names no rule; list the IDs it silences, as in '# {0} CP1101 -- reason'");

        // Lifecycle: CP4xxx
        public static readonly DiagnosticRule UnreachableState = new DiagnosticRule(
            "CP4001", Lifecycle, DiagnosticSeverity.Warning, "Unreachable state", "State '{0}' of lifecycle '{1}' can never be reached: it is not the initial state and no transition leads to it");
        public static readonly DiagnosticRule StateWithoutExit = new DiagnosticRule(
            "CP4002", Lifecycle, DiagnosticSeverity.Warning, "State without a way out", "State '{0}' of lifecycle '{1}' has no transition out of it; mark it 'final state' if that is intended");
        public static readonly DiagnosticRule TransitionNeverFires = new DiagnosticRule(
            "CP4003", Lifecycle, DiagnosticSeverity.Warning, "Transition can never fire", "Transition '{0}' can never fire: {1}");
        public static readonly DiagnosticRule AmbiguousTransitions = new DiagnosticRule(
            "CP4004", Lifecycle, DiagnosticSeverity.Warning, "Transitions compete without a priority", "Transitions '{0}' and '{1}' can both fire from state '{2}' {3}; give them different priorities ('priority 1' fires first)");
        public static readonly DiagnosticRule UnknownEventType = new DiagnosticRule(
            "CP4005", Lifecycle, DiagnosticSeverity.Error, "Unknown event type", "No event type '{0}' is declared{1}");
        public static readonly DiagnosticRule UnknownState = new DiagnosticRule(
            "CP4006", Lifecycle, DiagnosticSeverity.Error, "Unknown state", "Lifecycle '{0}' has no state '{1}'{2}");
        public static readonly DiagnosticRule InvalidHistory = new DiagnosticRule(
            "CP4007", Lifecycle, DiagnosticSeverity.Error, "No event history", "{0}");
        public static readonly DiagnosticRule UnknownLifecycleMember = new DiagnosticRule(
            "CP4008", Lifecycle, DiagnosticSeverity.Error, "Unknown lifecycle member",
            "Lifecycle '{0}' has no member '{1}'; it has {2} and its states{3}");
        public static readonly DiagnosticRule EventIgnored = new DiagnosticRule(
            "CP4009", Lifecycle, DiagnosticSeverity.Warning, "Event ignored in a state",
            "Event '{0}' is ignored in state '{1}': no transition of lifecycle '{2}' takes it there; add one, or declare 'ignore {0} in {1} \"why\"'");
        public static readonly DiagnosticRule DeadlinePreempted = new DiagnosticRule(
            "CP4010", Lifecycle, DiagnosticSeverity.Warning, "Deadline transition always preempted",
            "Transition '{0}' can never fire in state '{1}': '{2}' ({3}) always leaves '{1}' first");
        public static readonly DiagnosticRule ValidityOutlived = new DiagnosticRule(
            "CP4011", Lifecycle, DiagnosticSeverity.Warning, "State outlives a validity end",
            "State '{0}' can outlive '{1}' ({2}): a record that enters it from '{3}' stays in '{0}' past that date; add '{0}' to the states of '{1}', or declare 'ignore {1} in {0} \"why\"'");
        public static readonly DiagnosticRule IgnoreWithoutEffect = new DiagnosticRule(
            "CP4012", Lifecycle, DiagnosticSeverity.Warning, "Ignore declaration without effect", "'ignore {0} in {1}' has no effect: {2}");
        public static readonly DiagnosticRule InvalidIgnoreSubject = new DiagnosticRule(
            "CP4013", Lifecycle, DiagnosticSeverity.Error, "Unknown name in an ignore declaration",
            "'{0}' is {1}: 'ignore' names event types and deadline transitions{2}");

        // Records: CP2xxx
        public static readonly DiagnosticRule MalformedJson = new DiagnosticRule(
            "CP2001", Records, DiagnosticSeverity.Error, "Malformed JSON", "Malformed JSON: {0}");
        public static readonly DiagnosticRule MissingRequiredField = new DiagnosticRule(
            "CP2002", Records, DiagnosticSeverity.Error, "Missing required field", "Required field '{0}' of {1} is missing");
        public static readonly DiagnosticRule WrongValueKind = new DiagnosticRule(
            "CP2003", Records, DiagnosticSeverity.Error, "Wrong value type", "Expected {0} but found {1}");
        public static readonly DiagnosticRule UnknownRecordField = new DiagnosticRule(
            "CP2004", Records, DiagnosticSeverity.Warning, "Field not in schema", "Field '{0}' is not part of {1}{2}; its value is not used");
        public static readonly DiagnosticRule InvalidEnumValue = new DiagnosticRule(
            "CP2005", Records, DiagnosticSeverity.Error, "Invalid enumeration value", "'{0}' is not a member of {1}{2}");
        public static readonly DiagnosticRule InvalidValue = new DiagnosticRule(
            "CP2006", Records, DiagnosticSeverity.Error, "Invalid value", "{0}");
        public static readonly DiagnosticRule RecordFileUnreadable = new DiagnosticRule(
            "CP2007", Records, DiagnosticSeverity.Error, "Record file unreadable", "Cannot read records: {0}");
        public static readonly DiagnosticRule ProblemsNotListed = new DiagnosticRule(
            "CP2008", Records, DiagnosticSeverity.Info, "Problems not listed",
            "{0} more problems in this record are not listed ({1} errors, {2} warnings); only the first {3} errors and {3} warnings are");

        // Evaluation: CP3xxx
        public static readonly DiagnosticRule UnknownParameter = new DiagnosticRule(
            "CP3001", Evaluation, DiagnosticSeverity.Error, "Unknown parameter", "Policy '{0}' has no parameter '{1}'{2}");
        public static readonly DiagnosticRule InvalidParameterValue = new DiagnosticRule(
            "CP3002", Evaluation, DiagnosticSeverity.Error, "Invalid parameter value", "Parameter '{0}' is {1}; cannot use '{2}': {3}");

        // Runs: CP3003-CP3009
        public static readonly DiagnosticRule NothingChecked = new DiagnosticRule(
            "CP3003", Run, DiagnosticSeverity.Error, "No record checked",
            "No record was checked: {0}; a run that checks nothing is not a pass. Give the records, or allow an empty run (--allow-empty)");
        public static readonly DiagnosticRule PolicyInputUnusable = new DiagnosticRule(
            "CP3004", Run, DiagnosticSeverity.Error, "Policy input unusable", "Cannot use the policy input '{0}': {1}");

        // Policy test files: CP3100-CP3149
        public static readonly DiagnosticRule TestFileUnreadable = new DiagnosticRule(
            "CP3100", Tests, DiagnosticSeverity.Error, "Policy test file unreadable", "The policy test file '{0}' {1}");
        public static readonly DiagnosticRule TestFileMalformed = new DiagnosticRule(
            "CP3101", Tests, DiagnosticSeverity.Error, "Malformed policy test file", "The policy test file is not valid JSON: {0}");
        public static readonly DiagnosticRule TestValueWrongType = new DiagnosticRule(
            "CP3102", Tests, DiagnosticSeverity.Error, "Wrong type in a policy test", "{0} must be {1} but is {2}");
        public static readonly DiagnosticRule TestFieldMissing = new DiagnosticRule(
            "CP3103", Tests, DiagnosticSeverity.Error, "Missing field in a policy test", "{0} needs '{1}': {2}");
        public static readonly DiagnosticRule TestFieldUnknown = new DiagnosticRule(
            "CP3104", Tests, DiagnosticSeverity.Warning, "Unknown field in a policy test", "{0} has no field '{1}'; it is ignored{2}");
        public static readonly DiagnosticRule TestFieldRepeated = new DiagnosticRule(
            "CP3105", Tests, DiagnosticSeverity.Error, "Field given twice in a policy test", "'{0}' is given twice in {1} (first on line {2}); give it once");
        public static readonly DiagnosticRule TestDateInvalid = new DiagnosticRule(
            "CP3106", Tests, DiagnosticSeverity.Error, "Invalid date in a policy test", "'{0}' is not a valid date: {1}");
        public static readonly DiagnosticRule TestOutcomeUnknown = new DiagnosticRule(
            "CP3107", Tests, DiagnosticSeverity.Error, "Unknown clause outcome",
            "{0} is not a clause outcome; write \"pass\", \"fail\", \"not-applicable\" or \"error\"");
        public static readonly DiagnosticRule TestPolicyUnusable = new DiagnosticRule(
            "CP3108", Tests, DiagnosticSeverity.Error, "Policy under test unusable", "The policy '{0}' cannot be used: {1}");
        public static readonly DiagnosticRule TestRecordsMissing = new DiagnosticRule(
            "CP3109", Tests, DiagnosticSeverity.Error, "Test without records",
            "The test has {0}; give 'record' (an inline record) or 'records' (\"file.json#ID\")");
        public static readonly DiagnosticRule TestRecordNotFound = new DiagnosticRule(
            "CP3110", Tests, DiagnosticSeverity.Error, "Test record not found", "The records file '{0}' {1}");
        public static readonly DiagnosticRule TestExpectsNothing = new DiagnosticRule(
            "CP3111", Tests, DiagnosticSeverity.Error, "Test expects nothing",
            "'expect' checks nothing; give 'clauses', 'decisions', 'messages' or 'lifecycles'");
        public static readonly DiagnosticRule TestFileWithoutTests = new DiagnosticRule(
            "CP3112", Tests, DiagnosticSeverity.Error, "Policy test file without tests", "'tests' is empty; add at least one test");
        public static readonly DiagnosticRule TestSubjectUnknown = new DiagnosticRule(
            "CP3113", Tests, DiagnosticSeverity.Error, "Unknown name in an expectation", "Policy '{0}' has no {1} '{2}'{3}");
        public static readonly DiagnosticRule TestStateUnknown = new DiagnosticRule(
            "CP3114", Tests, DiagnosticSeverity.Error, "Unknown state in an expectation", "Lifecycle '{0}' has no state '{1}'{2}");

        // Settings file compliance.json: CP6xxx (Configuration/)
        public static readonly DiagnosticRule SettingsUnreadable = new DiagnosticRule(
            "CP6001", Configuration, DiagnosticSeverity.Error, "Settings file unreadable", "The settings file cannot be read: {0}");
        public static readonly DiagnosticRule UnknownSetting = new DiagnosticRule(
            "CP6002", Configuration, DiagnosticSeverity.Warning, "Unknown setting", "{0} has no setting '{1}', so it is ignored{2}");
        public static readonly DiagnosticRule WrongSettingType = new DiagnosticRule(
            "CP6003", Configuration, DiagnosticSeverity.Error, "Setting of the wrong type", "{0} must be {1}, not {2}");
        public static readonly DiagnosticRule UnknownRuleInSettings = new DiagnosticRule(
            "CP6004", Configuration, DiagnosticSeverity.Warning, "Unknown rule in the settings",
            "'{0}' is not the ID of a rule of the policy language, so its severity is ignored{1}");
        public static readonly DiagnosticRule InvalidSeverity = new DiagnosticRule(
            "CP6005", Configuration, DiagnosticSeverity.Error, "Invalid severity", "'{0}' is not a severity (error, warning, info or none){1}");
        public static readonly DiagnosticRule ErrorSeverityLowered = new DiagnosticRule(
            "CP6006", Configuration, DiagnosticSeverity.Warning, "Error rule lowered",
            "{0} is an error: a policy with an error is not compiled, so its severity stays 'error' and '{1}' is ignored");
        public static readonly DiagnosticRule DuplicateSetting = new DiagnosticRule(
            "CP6007", Configuration, DiagnosticSeverity.Warning, "Setting given twice", "'{0}' is given more than once; the last value is used");
        public static readonly DiagnosticRule AnalyzerRuleInSettings = new DiagnosticRule(
            "CP6008", Configuration, DiagnosticSeverity.Warning, "Analyzer rule in the settings",
            "{0} is reported by the analyzers, not by the policy language; set its severity in .editorconfig or with the MSBuild property CompliancePolicySeverity_{0}; here it is ignored");

        // Coverage of a rule index: CP8xxx (Checking/Coverage, compliance coverage)
        public static readonly DiagnosticRule RuleMissing = new DiagnosticRule(
            "CP8001", Coverage, DiagnosticSeverity.Warning, "Rule neither encoded nor declared not encoded",
            "Rule '{0}' is cited by no clause, transition or deadline and is not declared not encoded; encode it and cite it, or declare it in 'coverage.notEncoded' of {1} with the reason");
        public static readonly DiagnosticRule CitationNotInIndex = new DiagnosticRule(
            "CP8002", Coverage, DiagnosticSeverity.Warning, "Citation of a rule not in the index",
            "'{0}' is written like a rule of the index '{1}', which lists no such rule{2}");
        public static readonly DiagnosticRule NotEncodedUnknownRule = new DiagnosticRule(
            "CP8003", Coverage, DiagnosticSeverity.Warning, "Unknown rule declared not encoded",
            "'{0}' is declared not encoded, but the index '{1}' lists no such rule{2}");
        public static readonly DiagnosticRule NotEncodedButCited = new DiagnosticRule(
            "CP8004", Coverage, DiagnosticSeverity.Warning, "Rule declared not encoded but cited",
            "Rule '{0}' is declared not encoded, but {1} cites it; remove the declaration, or the citation if the rule is not what it encodes");
        public static readonly DiagnosticRule NotEncodedWithoutReason = new DiagnosticRule(
            "CP8005", Coverage, DiagnosticSeverity.Warning, "Rule declared not encoded without a reason",
            "Rule '{0}' is declared not encoded without a reason; say why the policies do not encode it");
        public static readonly DiagnosticRule RuleIndexUnusable = new DiagnosticRule(
            "CP8006", Coverage, DiagnosticSeverity.Error, "Rule index unusable", "The rule index '{0}' cannot be used: {1}");
        public static readonly DiagnosticRule RuleListedTwice = new DiagnosticRule(
            "CP8007", Coverage, DiagnosticSeverity.Warning, "Rule listed twice in the index",
            "Rule '{0}' is already listed on line {1}; this line is ignored");
        public static readonly DiagnosticRule NoRuleIndex = new DiagnosticRule(
            "CP8008", Coverage, DiagnosticSeverity.Error, "No rule index",
            "No rule index applies to '{0}': no compliance.json above it names one (\"coverage\": {{ \"index\": \"rules.md\" }})");

        /// <summary>Every rule, ordered by ID.</summary>
        public static IReadOnlyList<DiagnosticRule> All { get; } = typeof(DiagnosticRules)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticRule))
            .Select(f => (DiagnosticRule)f.GetValue(null)!)
            .OrderBy(r => r.Id, System.StringComparer.Ordinal)
            .ToArray();

        /// <summary>The rule with an ID, or null.</summary>
        public static DiagnosticRule? Find(string id) => All.FirstOrDefault(r => r.Id == id);
    }
}
