using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Symbols;
using CompliancePolicy.Syntax;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// How a check run is described at the top of its report: the tool, the date, the fail-on level, the parameter
    /// overrides, the policies and the policy files by content. A description only: the run never reads it back.
    /// </summary>
    internal sealed class CheckReportHeader : RunReportHeader
    {
        public CheckReportHeader(string toolName, string toolVersion, CalendarDate asOf, Severity? failOn,
            IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, IReadOnlyList<PolicyInfo> policies, IReadOnlyList<InputFile> policyFiles)
            : base(toolName, toolVersion, asOf, parameterOverrides, policies, policyFiles)
        {
            FailOn = failOn;
        }

        /// <summary>The lowest severity whose failure makes a record non-compliant; null for <c>never</c>.</summary>
        public Severity? FailOn { get; }
    }

    /// <summary>One policy of a run as a report describes it: its name, version, files, schema, clauses and effective parameter values.</summary>
    internal sealed class PolicyInfo
    {
        public PolicyInfo(Policy policy, ParameterValues parameters)
        {
            Policy = policy;
            Parameters = parameters.Entries
                .Select(e => new ParameterInfo(e.Key.Name, e.Key.Type.Name, ValueFormatter.Format(e.Value), parameters.Overridden.Contains(e.Key.Name)))
                .ToArray();
        }

        public Policy Policy { get; }
        public string Name => Policy.Name;
        public string? Version => Policy.Version;
        public ImmutableArray<string> Files => Policy.Files;

        /// <summary>Each parameter's value as the language writes it, and whether the run overrode it.</summary>
        public IReadOnlyList<ParameterInfo> Parameters { get; }
    }

    /// <summary>A parameter's value for a run, as the language writes it, and whether it was overridden.</summary>
    internal sealed class ParameterInfo
    {
        public ParameterInfo(string name, string type, string value, bool overridden)
        {
            Name = name;
            Type = type;
            Value = value;
            Overridden = overridden;
        }

        public string Name { get; }
        public string Type { get; }
        public string Value { get; }
        public bool Overridden { get; }
    }

    /// <summary>The overall verdict of one record, or of one record against one policy.</summary>
    internal enum ReportOutcome
    {
        Compliant,
        NonCompliant,

        /// <summary>The record could not be read, or a clause or decision could not be evaluated (and nothing failed).</summary>
        Error,

        /// <summary>Only per policy: the record does not fit the policy's schema, so it is another kind of record (see
        /// docs/report-format.md). Clauses whose <c>applies when</c> is false are <see cref="ClauseOutcome.NotApplicable"/>, not this.</summary>
        NotApplicable,
    }

    /// <summary>Everything a run found about one record: where it is, its verdict per policy, and its read problems.</summary>
    internal sealed class RecordReport
    {
        public RecordReport(string id, string file, int line, int index, ReportOutcome outcome,
            IReadOnlyList<PolicyRecordReport> policies, IReadOnlyList<ReportDiagnostic> diagnostics)
        {
            Id = id;
            File = file;
            Line = line;
            Index = index;
            Outcome = outcome;
            Policies = policies;
            Diagnostics = diagnostics;
        }

        /// <summary>The value of the schema's key field, or <c>#n</c> (1-based position in the file).</summary>
        public string Id { get; }

        public string File { get; }

        /// <summary>The 1-based line on which the record starts.</summary>
        public int Line { get; }

        /// <summary>The 0-based position of the record in its file.</summary>
        public int Index { get; }

        /// <summary>Non-compliant if any policy says so, else error if any is in error, else compliant.</summary>
        public ReportOutcome Outcome { get; }

        public IReadOnlyList<PolicyRecordReport> Policies { get; }

        /// <summary>Problems reading the record (errors make it unreadable) and warnings such as unknown fields.</summary>
        public IReadOnlyList<ReportDiagnostic> Diagnostics { get; }

        /// <summary>True when the record could not be read against any policy, so nothing was evaluated.</summary>
        public bool IsUnreadable => Policies.Count == 0;

        /// <summary>The same report for a record placed <paramref name="indexOffset"/> further on in its file; an ID that is
        /// the record's position (<c>#n</c>, when it has no key) moves with it.</summary>
        internal RecordReport Moved(int indexOffset, bool hasKey) =>
            new RecordReport(hasKey ? Id : "#" + (Index + indexOffset + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                File, Line, Index + indexOffset, Outcome, Policies, Diagnostics);

        /// <summary>The clauses a report of the given detail shows: all of them, or those that failed or are in error.</summary>
        public static IEnumerable<ClauseReport> Shown(PolicyRecordReport policy, ReportDetail detail) =>
            detail == ReportDetail.All ? policy.Clauses : policy.Clauses.Where(c => IsShown(c, detail));

        /// <summary>True when a report of the given detail shows the clause.</summary>
        public static bool IsShown(ClauseReport clause, ReportDetail detail) =>
            detail == ReportDetail.All || clause.Outcome == ClauseOutcome.Fail || clause.Outcome == ClauseOutcome.Error;

        public IEnumerable<(PolicyRecordReport Policy, ClauseReport Clause)> Failures =>
            Policies.SelectMany(p => p.Clauses.Where(c => c.Outcome == ClauseOutcome.Fail || c.Outcome == ClauseOutcome.Error).Select(c => (p, c)));
    }

    /// <summary>One record against one policy: the verdict, every clause, every decision, every lifecycle.</summary>
    internal sealed class PolicyRecordReport
    {
        public PolicyRecordReport(PolicyInfo policy, ReportOutcome outcome, string? reason,
            IReadOnlyList<ClauseReport> clauses, IReadOnlyList<DecisionResult> decisions,
            IReadOnlyList<LifecycleOutcome>? lifecycles = null)
        {
            Policy = policy;
            Outcome = outcome;
            Reason = reason;
            Clauses = clauses;
            Decisions = decisions;
            Lifecycles = lifecycles ?? System.Array.Empty<LifecycleOutcome>();
        }

        public PolicyInfo Policy { get; }
        public ReportOutcome Outcome { get; }

        /// <summary>Why the policy was not applicable (the record does not fit its schema); null otherwise.</summary>
        public string? Reason { get; }

        public IReadOnlyList<ClauseReport> Clauses { get; }
        public IReadOnlyList<DecisionResult> Decisions { get; }

        /// <summary>Each lifecycle's state, timeline and pending deadlines at the as-of date, or its error; empty when not applicable.</summary>
        public IReadOnlyList<LifecycleOutcome> Lifecycles { get; }

        /// <summary>Each decision and lifecycle that could not be worked out, with its error in the policy's terms. A record
        /// is in error for these even when every clause passes, so every report format lists them beside the failed clauses.</summary>
        public IEnumerable<(DeclarationSymbol Declaration, string Error)> DeclarationErrors =>
            Decisions.Where(d => d.Error != null)
                .Select(d => ((DeclarationSymbol)Policy.Policy.Decisions.First(s => s.Name == d.Name), d.Error!))
                .Concat(Lifecycles.Where(l => l.IsError).Select(l => ((DeclarationSymbol)l.Lifecycle, l.Error!)));
    }

    /// <summary>One clause's verdict for one record, with its message, citations and the evidence behind a failure.</summary>
    internal sealed class ClauseReport
    {
        private readonly Evaluation.Remediation.ClauseRemediation? _remediation;

        public ClauseReport(string id, string title, ClauseOutcome outcome, Severity severity, string message,
            IReadOnlyList<string> citations, IReadOnlyList<Evidence> evidence, Text.SourceLocation location,
            EvaluationErrorKind? errorKind = null, Explanation? explanation = null, Evaluation.Remediation.ClauseRemediation? remediation = null)
        {
            _remediation = remediation;
            ErrorKind = errorKind;
            Explanation = explanation;
            Id = id;
            Title = title;
            Outcome = outcome;
            Severity = severity;
            Message = message;
            Citations = citations;
            Evidence = evidence;
            Location = location;
        }

        public string Id { get; }
        public string Title { get; }
        public ClauseOutcome Outcome { get; }
        public Severity Severity { get; }
        public string Message { get; }

        /// <summary>Why the clause could not be evaluated, when its outcome is <see cref="ClauseOutcome.Error"/>.</summary>
        public EvaluationErrorKind? ErrorKind { get; }

        public IReadOnlyList<string> Citations { get; }

        /// <summary>The values the clause read; filled for failed and error clauses only.</summary>
        public IReadOnlyList<Evidence> Evidence { get; }

        /// <summary>Where the clause is declared.</summary>
        public Text.SourceLocation Location { get; }

        /// <summary>The step-by-step reasoning behind a failure or an error, for writers that ask for it
        /// (<see cref="ReportWriter.WantsExplanations"/>); null otherwise.</summary>
        public Explanation? Explanation { get; }

        /// <summary>For a failure, what would make the clause pass (docs/what-if.md); derived when first asked for, so a
        /// writer that does not show it costs nothing.</summary>
        public Evaluation.Remediation.Remedy? Remedy => _remediation?.Remedy;

        /// <summary>For a pass or a failure that reads the date: when time alone changes the verdict; null otherwise.</summary>
        public Evaluation.Remediation.ClauseOutlook? Outlook => _remediation?.Outlook;
    }

    /// <summary>A diagnostic as reports show it, optionally naming the policy whose schema a record was read against.</summary>
    internal sealed class ReportDiagnostic
    {
        public ReportDiagnostic(Diagnostic diagnostic, string? policy = null)
        {
            Diagnostic = diagnostic;
            Policy = policy;
        }

        public Diagnostic Diagnostic { get; }

        /// <summary>For a record that fits no policy: the policy whose schema this problem is against.</summary>
        public string? Policy { get; }

        public override string ToString() => Policy is null ? Diagnostic.ToString() : $"{Diagnostic} (schema of policy '{Policy}')";
    }

    /// <summary>The counts of a check run and its verdict.</summary>
    public sealed class CheckSummary : IRunSummary
    {
        /// <summary>The exit code of a run stopped by cancellation (Ctrl+C): 128 + SIGINT, as shells report it.</summary>
        public const int InterruptedExitCode = 130;

        internal CheckSummary(int files, int records, int compliant, int nonCompliant, int errors, int unreadableRecords, bool hasInputErrors, bool failed,
            IReadOnlyList<InputFile> recordFiles, IReadOnlyList<ClauseFailures>? clauseFailures = null, RunInterruption? interruption = null, int internalErrors = 0)
        {
            RecordFiles = recordFiles;
            InternalErrors = internalErrors;
            Files = files;
            Records = records;
            Compliant = compliant;
            NonCompliant = nonCompliant;
            Errors = errors;
            UnreadableRecords = unreadableRecords;
            HasInputErrors = hasInputErrors;
            Failed = failed;
            ClauseFailures = clauseFailures ?? System.Array.Empty<ClauseFailures>();
            Interruption = interruption;
        }

        /// <summary>Record files read.</summary>
        public int Files { get; }

        public int Records { get; }
        public int Compliant { get; }
        public int NonCompliant { get; }

        /// <summary>Records in error: unreadable, or with a clause or decision that could not be evaluated.</summary>
        public int Errors { get; }

        /// <summary>Of <see cref="Errors"/>, the records that could not be read.</summary>
        public int UnreadableRecords { get; }

        /// <summary>Records on which the engine failed (<see cref="EvaluationErrorKind.Internal"/>): a bug, not a problem
        /// with the inputs. Any makes the exit code 3.</summary>
        public int InternalErrors { get; }

        /// <summary>A policy input could not be used or did not compile, a parameter override was refused, a record or record
        /// file could not be read, or no record was checked (without <c>--allow-empty</c>).</summary>
        public bool HasInputErrors { get; }

        /// <summary>A record failed a clause at or above the fail-on level, or could not be evaluated (never with fail-on <c>never</c>).</summary>
        public bool Failed { get; }

        /// <summary>Every record file read, with its SHA-256 (files that could not be opened or read to the end have none).</summary>
        internal IReadOnlyList<InputFile> RecordFiles { get; }

        /// <summary>Every clause that some record failed or could not evaluate, most failures first.</summary>
        internal IReadOnlyList<ClauseFailures> ClauseFailures { get; }

        /// <summary>Why the run stopped before reading every record, or null when it read them all. An interrupted run's
        /// report holds only the records checked by then, and says so.</summary>
        public RunInterruption? Interruption { get; }

        public bool IsComplete => Interruption is null;

        /// <summary>The conventional exit code: 130 when interrupted, 3 when the engine failed on a record (a bug), 2 for
        /// input errors, 1 when the run failed, 0 when every record is compliant.</summary>
        public int ExitCode => Interruption != null ? InterruptedExitCode : InternalErrors > 0 ? 3 : HasInputErrors ? 2 : Failed ? 1 : 0;
    }

    /// <summary>How often one clause failed, or could not be evaluated, over the records evaluated against its policy.</summary>
    internal sealed class ClauseFailures
    {
        public ClauseFailures(PolicyInfo policy, Symbols.ClauseSymbol clause, int failures, int errors, int evaluated)
        {
            Policy = policy;
            Clause = clause;
            Failures = failures;
            Errors = errors;
            Evaluated = evaluated;
        }

        public PolicyInfo Policy { get; }
        public Symbols.ClauseSymbol Clause { get; }

        /// <summary>Records that failed the clause.</summary>
        public int Failures { get; }

        /// <summary>Records for which the clause could not be evaluated.</summary>
        public int Errors { get; }

        /// <summary>Records evaluated against the clause's policy (those of other schemas are not).</summary>
        public int Evaluated { get; }

        /// <summary>Failures as a share of the records evaluated against the policy, 0 to 1.</summary>
        public double Share => Evaluated == 0 ? 0 : (double)Failures / Evaluated;
    }

    /// <summary>Where a run stopped when it was interrupted: its report holds the records checked up to there, and no more.</summary>
    public sealed class RunInterruption
    {
        internal RunInterruption(string file, int? lastLine)
        {
            File = file;
            LastLine = lastLine;
        }

        /// <summary>The record file being read when the run stopped; the files after it were not read.</summary>
        public string File { get; }

        /// <summary>The line of the last record of that file in the report, or null when none of its records was reached.</summary>
        public int? LastLine { get; }

        /// <summary>"interrupted while reading 'register.jsonl', after the record on line 41,207: later records and files were not checked".</summary>
        public override string ToString()
        {
            var where = LastLine is { } line ? $", after the record on line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : ", before its first record";
            return $"interrupted while reading '{File}'{where}: later records and files were not checked";
        }
    }

    /// <summary>The spelling of outcomes and severities in every report format.</summary>
    internal static class ReportNames
    {
        public static string Of(ReportOutcome outcome)
        {
            switch (outcome)
            {
                case ReportOutcome.Compliant: return "compliant";
                case ReportOutcome.NonCompliant: return "non-compliant";
                case ReportOutcome.NotApplicable: return "not-applicable";
                default: return "error";
            }
        }

        public static string Of(ClauseOutcome outcome)
        {
            switch (outcome)
            {
                case ClauseOutcome.Pass: return "pass";
                case ClauseOutcome.Fail: return "fail";
                case ClauseOutcome.NotApplicable: return "not-applicable";
                default: return "error";
            }
        }

        public static string Of(Severity severity) => severity.ToString().ToLowerInvariant();

        /// <summary>The kind in kebab case: <c>date-out-of-range</c>, <c>internal</c>...</summary>
        public static string Of(EvaluationErrorKind kind)
        {
            var name = kind.ToString();
            var builder = new System.Text.StringBuilder(name.Length + 4);
            for (var i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && i > 0) builder.Append('-');
                builder.Append(char.ToLowerInvariant(name[i]));
            }
            return builder.ToString();
        }

        public static string Of(Severity? failOn) => failOn is { } severity ? Of(severity) : "never";

        public static string Of(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();

        public static string Of(InputKind kind) => kind == InputKind.Policy ? "policy" : "records";

        /// <summary>A share as a percentage with one decimal: "12.5%" (never "0.0%" for a share above zero: "&lt;0.1%").</summary>
        public static string Share(double share) =>
            share > 0 && share < 0.0005 ? "<0.1%" : (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";

        public static string Of(ReportDetail detail) => detail == ReportDetail.All ? "all" : "failures";

        /// <summary>Reads <c>failures|all</c>.</summary>
        public static bool TryParseDetail(string text, out ReportDetail detail)
        {
            detail = text == "all" ? ReportDetail.All : ReportDetail.Failures;
            return text == "all" || text == "failures";
        }

        /// <summary>Reads <c>pass|fail|not-applicable|error</c>.</summary>
        public static bool TryParseClauseOutcome(string text, out ClauseOutcome outcome)
        {
            switch (text)
            {
                case "pass": outcome = ClauseOutcome.Pass; return true;
                case "fail": outcome = ClauseOutcome.Fail; return true;
                case "not-applicable": outcome = ClauseOutcome.NotApplicable; return true;
                case "error": outcome = ClauseOutcome.Error; return true;
                default: outcome = ClauseOutcome.None; return false;
            }
        }

        /// <summary>Reads <c>blocker|major|minor|advisory|never</c>; <c>never</c> gives null.</summary>
        public static bool TryParseFailOn(string text, out Severity? failOn)
        {
            failOn = null;
            if (text == "never") return true;
            foreach (Severity severity in System.Enum.GetValues(typeof(Severity)))
            {
                if (Of(severity) != text) continue;
                failOn = severity;
                return true;
            }
            return false;
        }
    }
}
