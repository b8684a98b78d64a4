using System.Collections.Generic;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation.Remediation;
using CompliancePolicy.Syntax.Differencing;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting.Diff
{
    /// <summary>How a policy diff is described at the top of its report: the two versions, the date, the gate, and how each policy's text changed.</summary>
    internal sealed class DiffReportHeader
    {
        public DiffReportHeader(string toolName, string toolVersion, string oldVersion, string newVersion, CalendarDate asOf, Severity? failOn,
            bool failOnNewFailures, IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, IReadOnlyList<PolicyPair> policies, IReadOnlyList<InputFile> policyFiles)
        {
            ToolName = toolName;
            ToolVersion = toolVersion;
            OldVersion = oldVersion;
            NewVersion = newVersion;
            AsOf = asOf;
            FailOn = failOn;
            FailOnNewFailures = failOnNewFailures;
            ParameterOverrides = parameterOverrides;
            Policies = policies;
            PolicyFiles = policyFiles;
        }

        public string ToolName { get; }
        public string ToolVersion { get; }

        /// <summary>The old version as given: paths, or a git revision such as <c>HEAD~1:dsl-samples</c>.</summary>
        public string OldVersion { get; }

        public string NewVersion { get; }
        public CalendarDate AsOf { get; }

        /// <summary>The severity at which a record is non-compliant in either version; null for <c>never</c>.</summary>
        public Severity? FailOn { get; }

        /// <summary>Whether a record that passed and now fails makes the run fail (exit code 1).</summary>
        public bool FailOnNewFailures { get; }

        public IReadOnlyList<KeyValuePair<string, string>> ParameterOverrides { get; }

        /// <summary>Every policy of either version, matched by title, with its structural changes.</summary>
        public IReadOnlyList<PolicyPair> Policies { get; }

        /// <summary>The policy files of both versions, with their SHA-256.</summary>
        public IReadOnlyList<InputFile> PolicyFiles { get; }
    }

    /// <summary>A policy of the diff: its title, its version string in each version of the files (null where it is absent), and its structural changes.</summary>
    internal sealed class PolicyPair
    {
        public PolicyPair(string title, string? oldVersion, string? newVersion, bool inOld, bool inNew, IReadOnlyList<StructuralChange> changes)
        {
            Title = title;
            OldVersion = oldVersion;
            NewVersion = newVersion;
            InOld = inOld;
            InNew = inNew;
            Changes = changes;
        }

        public string Title { get; }
        public string? OldVersion { get; }
        public string? NewVersion { get; }
        public bool InOld { get; }
        public bool InNew { get; }
        public IReadOnlyList<StructuralChange> Changes { get; }

        /// <summary>"added" or "removed" for a policy in one version only; null otherwise.</summary>
        public string? Presence => InOld && InNew ? null : InNew ? "added" : "removed";
    }

    /// <summary>One record whose verdict differs between the versions: where it is, and what changed per policy.</summary>
    internal sealed class RecordDiff
    {
        public RecordDiff(string id, string file, int line, int index, IReadOnlyList<PolicyVerdictDiff> policies)
        {
            Id = id;
            File = file;
            Line = line;
            Index = index;
            Policies = policies;
        }

        public string Id { get; }
        public string File { get; }
        public int Line { get; }
        public int Index { get; }

        /// <summary>The policies whose verdict, clauses, decisions or lifecycles differ for the record.</summary>
        public IReadOnlyList<PolicyVerdictDiff> Policies { get; }

        /// <summary>The record passed (or was not checked) before and fails now, under some policy.</summary>
        public bool IsNewFailure
        {
            get
            {
                foreach (var policy in Policies)
                {
                    if (policy.IsNewFailure) return true;
                }
                return false;
            }
        }
    }

    /// <summary>
    /// One record under one policy in both versions: the verdict in each ("compliant", "non-compliant", "error",
    /// "not-applicable" for a record of another schema, "absent" for a policy the version does not have), and what changed.
    /// </summary>
    internal sealed class PolicyVerdictDiff
    {
        public PolicyVerdictDiff(string policy, string oldOutcome, string newOutcome, IReadOnlyList<ClauseChange> clauses,
            IReadOnlyList<ValueChange> decisions, IReadOnlyList<ValueChange> lifecycles)
        {
            Policy = policy;
            OldOutcome = oldOutcome;
            NewOutcome = newOutcome;
            Clauses = clauses;
            Decisions = decisions;
            Lifecycles = lifecycles;
        }

        public string Policy { get; }
        public string OldOutcome { get; }
        public string NewOutcome { get; }
        public IReadOnlyList<ClauseChange> Clauses { get; }
        public IReadOnlyList<ValueChange> Decisions { get; }
        public IReadOnlyList<ValueChange> Lifecycles { get; }

        /// <summary>Non-compliant now, and compliant, of another schema or absent before: a record that passed now fails.</summary>
        public bool IsNewFailure => NewOutcome == ReportNames.Of(ReportOutcome.NonCompliant)
            && OldOutcome != ReportNames.Of(ReportOutcome.NonCompliant) && OldOutcome != ReportNames.Of(ReportOutcome.Error);

        /// <summary>Non-compliant before and not now.</summary>
        public bool IsFixed => OldOutcome == ReportNames.Of(ReportOutcome.NonCompliant) && NewOutcome != OldOutcome;
    }

    /// <summary>
    /// A clause whose outcome differs: "pass", "fail", "not-applicable", "error", or "absent" where the version has no such
    /// clause. With the new message, and for a new failure what would make it pass.
    /// </summary>
    internal sealed class ClauseChange
    {
        public ClauseChange(string id, string title, Severity severity, string oldOutcome, string newOutcome, string? message, Remedy? remedy)
        {
            Id = id;
            Title = title;
            Severity = severity;
            OldOutcome = oldOutcome;
            NewOutcome = newOutcome;
            Message = message;
            Remedy = remedy;
        }

        public string Id { get; }
        public string Title { get; }
        public Severity Severity { get; }
        public string OldOutcome { get; }
        public string NewOutcome { get; }

        /// <summary>The clause's message in the new version (the old one's when the clause was removed).</summary>
        public string? Message { get; }

        /// <summary>What would make the clause pass, when it fails in the new version.</summary>
        public Remedy? Remedy { get; }

        /// <summary>"pass → fail".</summary>
        public string Kind => OldOutcome + " → " + NewOutcome;
    }

    /// <summary>A decision's value, or a lifecycle's state and since when, in each version, as the language writes it.</summary>
    internal sealed class ValueChange
    {
        public ValueChange(string name, string oldValue, string newValue)
        {
            Name = name;
            OldValue = oldValue;
            NewValue = newValue;
        }

        public string Name { get; }
        public string OldValue { get; }
        public string NewValue { get; }
    }

    /// <summary>How often one clause changed one way ("pass → fail") over all the records.</summary>
    internal sealed class ClauseChangeCount
    {
        public ClauseChangeCount(string policy, string clause, string kind, int records)
        {
            Policy = policy;
            Clause = clause;
            Kind = kind;
            Records = records;
        }

        public string Policy { get; }
        public string Clause { get; }
        public string Kind { get; }
        public int Records { get; }
    }

    /// <summary>The counts of a diff run and its exit code.</summary>
    internal sealed class DiffSummary : IRunSummary
    {
        public DiffSummary(int files, int records, int changed, int newFailures, int fixedRecords, int unreadable, bool hasInputErrors, bool failOnNewFailures,
            IReadOnlyList<ClauseChangeCount> clauseChanges, IReadOnlyList<KeyValuePair<string, int>> kinds, IReadOnlyList<InputFile> recordFiles)
        {
            Files = files;
            Records = records;
            Changed = changed;
            NewFailures = newFailures;
            Fixed = fixedRecords;
            Unreadable = unreadable;
            HasInputErrors = hasInputErrors;
            FailOnNewFailures = failOnNewFailures;
            ClauseChanges = clauseChanges;
            Kinds = kinds;
            RecordFiles = recordFiles;
        }

        public int Files { get; }
        public int Records { get; }

        /// <summary>Records whose verdict, clauses, decisions or lifecycles differ.</summary>
        public int Changed { get; }

        /// <summary>Records that passed before and fail now.</summary>
        public int NewFailures { get; }

        /// <summary>Records that failed before and do not now.</summary>
        public int Fixed { get; }

        /// <summary>Records that fit no schema of either version.</summary>
        public int Unreadable { get; }

        public bool HasInputErrors { get; }
        public bool FailOnNewFailures { get; }

        /// <summary>Per clause and kind of change, the number of records, most first.</summary>
        public IReadOnlyList<ClauseChangeCount> ClauseChanges { get; }

        /// <summary>Per kind of clause change ("pass → fail"), the number of clause changes, most first.</summary>
        public IReadOnlyList<KeyValuePair<string, int>> Kinds { get; }

        public IReadOnlyList<InputFile> RecordFiles { get; }

        /// <summary>2 when an input could not be used, 1 when a record that passed now fails (and the gate is on), 0 otherwise.</summary>
        public int ExitCode => HasInputErrors ? 2 : FailOnNewFailures && NewFailures > 0 ? 1 : 0;
    }

    /// <summary>Receives a diff run as it happens: the header, each record that changed, then the summary.</summary>
    internal abstract class DiffReportWriter : System.IDisposable
    {
        public abstract void Begin(DiffReportHeader header);

        public abstract void WriteRecord(RecordDiff record);

        /// <summary>Ends the report; <paramref name="diagnostics"/> are the problems not tied to one record.</summary>
        public abstract void End(DiffSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics);

        public void Dispose()
        {
            Dispose(true);
            System.GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
        }
    }
}
