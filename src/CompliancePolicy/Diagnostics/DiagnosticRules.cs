using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace CompliancePolicy.Diagnostics
{
    /// <summary>
    /// The central list of every diagnostic the language reports. IDs are stable: never reuse one. What each says is in
    /// <see cref="DiagnosticMessages"/>, one typed method per message.
    /// </summary>
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
        public static readonly DiagnosticRule SyntaxError = new DiagnosticRule("CP0001", Syntax, DiagnosticSeverity.Error, "Syntax error");
        public static readonly DiagnosticRule NestingTooDeep = new DiagnosticRule("CP0002", Syntax, DiagnosticSeverity.Error, "Expression nested too deeply");
        public static readonly DiagnosticRule InvalidLiteral = new DiagnosticRule("CP0003", Syntax, DiagnosticSeverity.Error, "Invalid literal");
        public static readonly DiagnosticRule KeywordAsName = new DiagnosticRule("CP0004", Syntax, DiagnosticSeverity.Error, "Keyword used as a name");

        // Binding: CP1xxx
        public static readonly DiagnosticRule UnknownName = new DiagnosticRule("CP1001", Binding, DiagnosticSeverity.Error, "Unknown name");
        public static readonly DiagnosticRule UnknownField = new DiagnosticRule("CP1002", Binding, DiagnosticSeverity.Error, "Unknown field");
        public static readonly DiagnosticRule UnknownType = new DiagnosticRule("CP1003", Binding, DiagnosticSeverity.Error, "Unknown type");
        public static readonly DiagnosticRule UnknownEnumMember = new DiagnosticRule("CP1004", Binding, DiagnosticSeverity.Error, "Unknown enumeration member");
        public static readonly DiagnosticRule OperatorTypeMismatch = new DiagnosticRule("CP1005", Binding, DiagnosticSeverity.Error, "Operator type mismatch");
        public static readonly DiagnosticRule TypeMismatch = new DiagnosticRule("CP1006", Binding, DiagnosticSeverity.Error, "Type mismatch");
        public static readonly DiagnosticRule UnknownFunction = new DiagnosticRule("CP1007", Binding, DiagnosticSeverity.Error, "Unknown function");
        public static readonly DiagnosticRule WrongArgumentCount = new DiagnosticRule("CP1008", Binding, DiagnosticSeverity.Error, "Wrong number of arguments");
        public static readonly DiagnosticRule DuplicateDeclaration = new DiagnosticRule("CP1009", Binding, DiagnosticSeverity.Error, "Duplicate declaration");
        public static readonly DiagnosticRule DuplicateClauseId = new DiagnosticRule("CP1010", Binding, DiagnosticSeverity.Error, "Duplicate clause ID");
        public static readonly DiagnosticRule DuplicateMember = new DiagnosticRule("CP1011", Binding, DiagnosticSeverity.Error, "Duplicate member");
        public static readonly DiagnosticRule CircularDefinition = new DiagnosticRule("CP1012", Binding, DiagnosticSeverity.Error, "Circular definition");
        public static readonly DiagnosticRule MissingSchema = new DiagnosticRule("CP1013", Binding, DiagnosticSeverity.Error, "Missing schema");
        public static readonly DiagnosticRule DuplicateSchema = new DiagnosticRule("CP1014", Binding, DiagnosticSeverity.Error, "More than one schema");
        public static readonly DiagnosticRule UnknownClause = new DiagnosticRule("CP1015", Binding, DiagnosticSeverity.Error, "Unknown clause");
        public static readonly DiagnosticRule MissingPolicyHeader = new DiagnosticRule("CP1016", Binding, DiagnosticSeverity.Error, "Missing policy header");
        public static readonly DiagnosticRule ConflictingPolicyHeader = new DiagnosticRule("CP1017", Binding, DiagnosticSeverity.Error, "Conflicting policy header");
        public static readonly DiagnosticRule InvalidKey = new DiagnosticRule("CP1018", Binding, DiagnosticSeverity.Error, "Invalid record key");
        public static readonly DiagnosticRule OptionalMisuse = new DiagnosticRule("CP1019", Binding, DiagnosticSeverity.Error, "Not an optional value");
        public static readonly DiagnosticRule OptionalNotProvenPresent = new DiagnosticRule("CP1020", Binding, DiagnosticSeverity.Error, "Optional value not proven present");
        public static readonly DiagnosticRule DurationsWithoutOrder = new DiagnosticRule("CP1021", Binding, DiagnosticSeverity.Error, "Durations that cannot be ordered");

        // Quality: CP11xx
        public static readonly DiagnosticRule MissingCitation = new DiagnosticRule("CP1101", Quality, DiagnosticSeverity.Warning, "Clause without citation");
        public static readonly DiagnosticRule UnusedParameter = new DiagnosticRule("CP1102", Quality, DiagnosticSeverity.Warning, "Unused parameter");
        public static readonly DiagnosticRule UnusedDefinition = new DiagnosticRule("CP1103", Quality, DiagnosticSeverity.Warning, "Unused definition");
        public static readonly DiagnosticRule TableBandsOverlap = new DiagnosticRule("CP1104", Quality, DiagnosticSeverity.Error, "Table bands overlap");
        public static readonly DiagnosticRule TableBandsGap = new DiagnosticRule("CP1105", Quality, DiagnosticSeverity.Warning, "Table bands leave a gap");
        public static readonly DiagnosticRule TableBandInverted = new DiagnosticRule("CP1106", Quality, DiagnosticSeverity.Error, "Empty table band");
        public static readonly DiagnosticRule TiersOutOfOrder = new DiagnosticRule("CP1107", Quality, DiagnosticSeverity.Error, "Tiers out of order");
        public static readonly DiagnosticRule TableKeyNotInteger = new DiagnosticRule("CP1108", Quality, DiagnosticSeverity.Error, "Table key is not an integer");
        public static readonly DiagnosticRule MissingOtherwise = new DiagnosticRule("CP1109", Quality, DiagnosticSeverity.Error, "No rule for values outside every band");
        public static readonly DiagnosticRule ConditionNeverTrue = new DiagnosticRule("CP1110", Quality, DiagnosticSeverity.Warning, "Condition can never be true");
        public static readonly DiagnosticRule ClauseNeverApplies = new DiagnosticRule("CP1111", Quality, DiagnosticSeverity.Warning, "Clause can never apply");

        // Suppression comments: CP112x (Syntax/Suppression)
        public static readonly DiagnosticRule UnknownSuppressedRule = new DiagnosticRule("CP1120", Suppression, DiagnosticSeverity.Warning, "Unknown rule in a suppression");
        public static readonly DiagnosticRule SuppressionWithoutReason = new DiagnosticRule("CP1121", Suppression, DiagnosticSeverity.Warning, "Suppression without a reason");
        public static readonly DiagnosticRule UnusedSuppression = new DiagnosticRule("CP1122", Suppression, DiagnosticSeverity.Warning, "Unused suppression");
        public static readonly DiagnosticRule SuppressionAfterCode = new DiagnosticRule("CP1123", Suppression, DiagnosticSeverity.Warning, "Suppression after code");
        public static readonly DiagnosticRule UnsuppressibleRule = new DiagnosticRule("CP1124", Suppression, DiagnosticSeverity.Warning, "Rule cannot be suppressed");
        public static readonly DiagnosticRule UnknownSuppressionDirective = new DiagnosticRule("CP1125", Suppression, DiagnosticSeverity.Warning, "Unknown suppression directive");
        public static readonly DiagnosticRule SuppressionWithoutRule = new DiagnosticRule("CP1126", Suppression, DiagnosticSeverity.Warning, "Suppression names no rule");

        // Lifecycle: CP4xxx
        public static readonly DiagnosticRule UnreachableState = new DiagnosticRule("CP4001", Lifecycle, DiagnosticSeverity.Warning, "Unreachable state");
        public static readonly DiagnosticRule StateWithoutExit = new DiagnosticRule("CP4002", Lifecycle, DiagnosticSeverity.Warning, "State without a way out");
        public static readonly DiagnosticRule TransitionNeverFires = new DiagnosticRule("CP4003", Lifecycle, DiagnosticSeverity.Warning, "Transition can never fire");
        public static readonly DiagnosticRule AmbiguousTransitions = new DiagnosticRule("CP4004", Lifecycle, DiagnosticSeverity.Warning, "Transitions compete without a priority");
        public static readonly DiagnosticRule UnknownEventType = new DiagnosticRule("CP4005", Lifecycle, DiagnosticSeverity.Error, "Unknown event type");
        public static readonly DiagnosticRule UnknownState = new DiagnosticRule("CP4006", Lifecycle, DiagnosticSeverity.Error, "Unknown state");
        public static readonly DiagnosticRule InvalidHistory = new DiagnosticRule("CP4007", Lifecycle, DiagnosticSeverity.Error, "No event history");
        public static readonly DiagnosticRule UnknownLifecycleMember = new DiagnosticRule("CP4008", Lifecycle, DiagnosticSeverity.Error, "Unknown lifecycle member");
        public static readonly DiagnosticRule EventIgnored = new DiagnosticRule("CP4009", Lifecycle, DiagnosticSeverity.Warning, "Event ignored in a state");
        public static readonly DiagnosticRule DeadlinePreempted = new DiagnosticRule("CP4010", Lifecycle, DiagnosticSeverity.Warning, "Deadline transition always preempted");
        public static readonly DiagnosticRule ValidityOutlived = new DiagnosticRule("CP4011", Lifecycle, DiagnosticSeverity.Warning, "State outlives a validity end");
        public static readonly DiagnosticRule IgnoreWithoutEffect = new DiagnosticRule("CP4012", Lifecycle, DiagnosticSeverity.Warning, "Ignore declaration without effect");
        public static readonly DiagnosticRule InvalidIgnoreSubject = new DiagnosticRule("CP4013", Lifecycle, DiagnosticSeverity.Error, "Unknown name in an ignore declaration");

        // Records: CP2xxx
        public static readonly DiagnosticRule MalformedJson = new DiagnosticRule("CP2001", Records, DiagnosticSeverity.Error, "Malformed JSON");
        public static readonly DiagnosticRule MissingRequiredField = new DiagnosticRule("CP2002", Records, DiagnosticSeverity.Error, "Missing required field");
        public static readonly DiagnosticRule WrongValueKind = new DiagnosticRule("CP2003", Records, DiagnosticSeverity.Error, "Wrong value type");
        public static readonly DiagnosticRule UnknownRecordField = new DiagnosticRule("CP2004", Records, DiagnosticSeverity.Warning, "Field not in schema");
        public static readonly DiagnosticRule InvalidEnumValue = new DiagnosticRule("CP2005", Records, DiagnosticSeverity.Error, "Invalid enumeration value");
        public static readonly DiagnosticRule InvalidValue = new DiagnosticRule("CP2006", Records, DiagnosticSeverity.Error, "Invalid value");
        public static readonly DiagnosticRule RecordFileUnreadable = new DiagnosticRule("CP2007", Records, DiagnosticSeverity.Error, "Record file unreadable");
        public static readonly DiagnosticRule ProblemsNotListed = new DiagnosticRule("CP2008", Records, DiagnosticSeverity.Info, "Problems not listed");

        // Evaluation: CP3xxx
        public static readonly DiagnosticRule UnknownParameter = new DiagnosticRule("CP3001", Evaluation, DiagnosticSeverity.Error, "Unknown parameter");
        public static readonly DiagnosticRule InvalidParameterValue = new DiagnosticRule("CP3002", Evaluation, DiagnosticSeverity.Error, "Invalid parameter value");

        // Runs: CP3003-CP3009
        public static readonly DiagnosticRule NothingChecked = new DiagnosticRule("CP3003", Run, DiagnosticSeverity.Error, "No record checked");
        public static readonly DiagnosticRule PolicyInputUnusable = new DiagnosticRule("CP3004", Run, DiagnosticSeverity.Error, "Policy input unusable");

        // Policy test files: CP3100-CP3149
        public static readonly DiagnosticRule TestFileUnreadable = new DiagnosticRule("CP3100", Tests, DiagnosticSeverity.Error, "Policy test file unreadable");
        public static readonly DiagnosticRule TestFileMalformed = new DiagnosticRule("CP3101", Tests, DiagnosticSeverity.Error, "Malformed policy test file");
        public static readonly DiagnosticRule TestValueWrongType = new DiagnosticRule("CP3102", Tests, DiagnosticSeverity.Error, "Wrong type in a policy test");
        public static readonly DiagnosticRule TestFieldMissing = new DiagnosticRule("CP3103", Tests, DiagnosticSeverity.Error, "Missing field in a policy test");
        public static readonly DiagnosticRule TestFieldUnknown = new DiagnosticRule("CP3104", Tests, DiagnosticSeverity.Warning, "Unknown field in a policy test");
        public static readonly DiagnosticRule TestFieldRepeated = new DiagnosticRule("CP3105", Tests, DiagnosticSeverity.Error, "Field given twice in a policy test");
        public static readonly DiagnosticRule TestDateInvalid = new DiagnosticRule("CP3106", Tests, DiagnosticSeverity.Error, "Invalid date in a policy test");
        public static readonly DiagnosticRule TestOutcomeUnknown = new DiagnosticRule("CP3107", Tests, DiagnosticSeverity.Error, "Unknown clause outcome");
        public static readonly DiagnosticRule TestPolicyUnusable = new DiagnosticRule("CP3108", Tests, DiagnosticSeverity.Error, "Policy under test unusable");
        public static readonly DiagnosticRule TestRecordsMissing = new DiagnosticRule("CP3109", Tests, DiagnosticSeverity.Error, "Test without records");
        public static readonly DiagnosticRule TestRecordNotFound = new DiagnosticRule("CP3110", Tests, DiagnosticSeverity.Error, "Test record not found");
        public static readonly DiagnosticRule TestExpectsNothing = new DiagnosticRule("CP3111", Tests, DiagnosticSeverity.Error, "Test expects nothing");
        public static readonly DiagnosticRule TestFileWithoutTests = new DiagnosticRule("CP3112", Tests, DiagnosticSeverity.Error, "Policy test file without tests");
        public static readonly DiagnosticRule TestSubjectUnknown = new DiagnosticRule("CP3113", Tests, DiagnosticSeverity.Error, "Unknown name in an expectation");
        public static readonly DiagnosticRule TestStateUnknown = new DiagnosticRule("CP3114", Tests, DiagnosticSeverity.Error, "Unknown state in an expectation");

        // Settings file compliance.json: CP6xxx (Configuration/)
        public static readonly DiagnosticRule SettingsUnreadable = new DiagnosticRule("CP6001", Configuration, DiagnosticSeverity.Error, "Settings file unreadable");
        public static readonly DiagnosticRule UnknownSetting = new DiagnosticRule("CP6002", Configuration, DiagnosticSeverity.Warning, "Unknown setting");
        public static readonly DiagnosticRule WrongSettingType = new DiagnosticRule("CP6003", Configuration, DiagnosticSeverity.Error, "Setting of the wrong type");
        public static readonly DiagnosticRule UnknownRuleInSettings = new DiagnosticRule("CP6004", Configuration, DiagnosticSeverity.Warning, "Unknown rule in the settings");
        public static readonly DiagnosticRule InvalidSeverity = new DiagnosticRule("CP6005", Configuration, DiagnosticSeverity.Error, "Invalid severity");
        public static readonly DiagnosticRule ErrorSeverityLowered = new DiagnosticRule("CP6006", Configuration, DiagnosticSeverity.Warning, "Error rule lowered");
        public static readonly DiagnosticRule DuplicateSetting = new DiagnosticRule("CP6007", Configuration, DiagnosticSeverity.Warning, "Setting given twice");
        public static readonly DiagnosticRule AnalyzerRuleInSettings = new DiagnosticRule("CP6008", Configuration, DiagnosticSeverity.Warning, "Analyzer rule in the settings");

        // Coverage of a rule index: CP8xxx (Checking/Coverage, compliance coverage)
        public static readonly DiagnosticRule RuleMissing = new DiagnosticRule("CP8001", Coverage, DiagnosticSeverity.Warning, "Rule neither encoded nor declared not encoded");
        public static readonly DiagnosticRule CitationNotInIndex = new DiagnosticRule("CP8002", Coverage, DiagnosticSeverity.Warning, "Citation of a rule not in the index");
        public static readonly DiagnosticRule NotEncodedUnknownRule = new DiagnosticRule("CP8003", Coverage, DiagnosticSeverity.Warning, "Unknown rule declared not encoded");
        public static readonly DiagnosticRule NotEncodedButCited = new DiagnosticRule("CP8004", Coverage, DiagnosticSeverity.Warning, "Rule declared not encoded but cited");
        public static readonly DiagnosticRule NotEncodedWithoutReason = new DiagnosticRule("CP8005", Coverage, DiagnosticSeverity.Warning, "Rule declared not encoded without a reason");
        public static readonly DiagnosticRule RuleIndexUnusable = new DiagnosticRule("CP8006", Coverage, DiagnosticSeverity.Error, "Rule index unusable");
        public static readonly DiagnosticRule RuleListedTwice = new DiagnosticRule("CP8007", Coverage, DiagnosticSeverity.Warning, "Rule listed twice in the index");
        public static readonly DiagnosticRule NoRuleIndex = new DiagnosticRule("CP8008", Coverage, DiagnosticSeverity.Error, "No rule index");

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
