using System.Collections.Generic;
using CompliancePolicy.Values;

namespace CompliancePolicy.Reporting
{
    /// <summary>What one line of a <c>compliance due</c> report is about.</summary>
    internal enum DueKind
    {
        /// <summary>A deadline of the record's state falls due (overdue when its day is before the as-of date).</summary>
        Deadline,

        /// <summary>A deadline transition fires: the record's state changes that day unless something happens first.</summary>
        Transition,

        /// <summary>A lifecycle of the record cannot be replayed, so nothing can be said about its future.</summary>
        Error,

        /// <summary>The record fits no policy's schema.</summary>
        Unreadable,
    }

    /// <summary>
    /// One thing that falls due for one record: on which day, what (a deadline or a state change, with its ID, title and
    /// citations), the record's state now, and how the day was measured; or why nothing can be said about the record.
    /// </summary>
    internal sealed class DueItem
    {
        public DueItem(CalendarDate date, DueKind kind, string recordId, string file, int line, string policy, string lifecycle,
            string? state, CalendarDate? since, string? id, string? title, string? from, string? enters, CalendarDate? lastDay, string? measuredFrom,
            IReadOnlyList<string> citations, bool overdue, string? message)
        {
            Date = date;
            Kind = kind;
            RecordId = recordId;
            File = file;
            Line = line;
            Policy = policy;
            Lifecycle = lifecycle;
            State = state;
            Since = since;
            Id = id;
            Title = title;
            From = from;
            Enters = enters;
            LastDay = lastDay;
            MeasuredFrom = measuredFrom;
            Citations = citations;
            Overdue = overdue;
            Message = message;
        }

        /// <summary>The day it happens: a transition's first day in the new state, a deadline's last day; the as-of date for problems.</summary>
        public CalendarDate Date { get; }

        public DueKind Kind { get; }
        public string RecordId { get; }
        public string File { get; }
        public int Line { get; }
        public string Policy { get; }
        public string Lifecycle { get; }

        /// <summary>The record's state at the as-of date and since when; null for problems.</summary>
        public string? State { get; }

        public CalendarDate? Since { get; }

        /// <summary>The deadline's or the transition's ID and title.</summary>
        public string? Id { get; }

        public string? Title { get; }

        /// <summary>The state the record is in when it happens (after earlier transitions of the window).</summary>
        public string? From { get; }

        /// <summary>The state a transition enters.</summary>
        public string? Enters { get; }

        /// <summary>The last day to act: the deadline's day, or the day before a transition fires.</summary>
        public CalendarDate? LastDay { get; }

        /// <summary>How the day was computed, e.g. "12 months since last SurveillancePassed (2026-02-01)".</summary>
        public string? MeasuredFrom { get; }

        public IReadOnlyList<string> Citations { get; }

        /// <summary>A deadline whose day was already past at the as-of date.</summary>
        public bool Overdue { get; }

        /// <summary>For problems: why nothing can be said.</summary>
        public string? Message { get; }

        /// <summary>"S-1 Surveillance audit not done in time: certified -> suspended" or "D-2 Next surveillance audit due".</summary>
        public string What => Kind switch
        {
            DueKind.Transition => $"{Name}: {From} -> {Enters}",
            DueKind.Deadline => $"{Name} {(Overdue ? "overdue" : "due")}",
            _ => Message ?? string.Empty,
        };

        // An untitled deadline transition carries its id as its title: say it once, not "E-1 E-1".
        private string Name => Title is null || Title == Id ? Id ?? string.Empty : $"{Id} {Title}";
    }

    /// <summary>How a <c>compliance due</c> run is described at the top of its report.</summary>
    internal sealed class DueReportHeader : RunReportHeader
    {
        public DueReportHeader(string toolName, string toolVersion, CalendarDate asOf, CalendarDate until, string within,
            IReadOnlyList<KeyValuePair<string, string>> parameterOverrides, IReadOnlyList<PolicyInfo> policies, IReadOnlyList<InputFile> policyFiles)
            : base(toolName, toolVersion, asOf, parameterOverrides, policies, policyFiles)
        {
            Until = until;
            Within = within;
        }

        /// <summary>The last day of the window.</summary>
        public CalendarDate Until { get; }

        /// <summary>The window as given, e.g. "90 days".</summary>
        public string Within { get; }
    }

    /// <summary>The counts of a <c>compliance due</c> run.</summary>
    internal sealed class DueSummary : IRunSummary
    {
        internal DueSummary(int files, int records, int projected, int items, int transitions, int deadlines, int overdue, int errors, int unreadable,
            bool hasInputErrors, IReadOnlyList<InputFile> recordFiles, RunInterruption? interruption)
        {
            Files = files;
            Records = records;
            Projected = projected;
            Items = items;
            Transitions = transitions;
            Deadlines = deadlines;
            Overdue = overdue;
            Errors = errors;
            Unreadable = unreadable;
            HasInputErrors = hasInputErrors;
            RecordFiles = recordFiles;
            Interruption = interruption;
        }

        public int Files { get; }
        public int Records { get; }

        /// <summary>Records whose lifecycles were projected (those of a policy with a lifecycle).</summary>
        public int Projected { get; }

        /// <summary>Lines of the report: transitions, deadlines, errors and unreadable records.</summary>
        public int Items { get; }

        public int Transitions { get; }

        /// <summary>Deadlines falling due in the window or overdue.</summary>
        public int Deadlines { get; }

        public int Overdue { get; }

        /// <summary>Lifecycles that could not be replayed.</summary>
        public int Errors { get; }

        public int Unreadable { get; }
        public bool HasInputErrors { get; }
        public IReadOnlyList<InputFile> RecordFiles { get; }
        public RunInterruption? Interruption { get; }

        /// <summary>130 interrupted, 2 input errors or unreadable records, 1 a lifecycle could not be replayed, 0 otherwise.</summary>
        public int ExitCode => Interruption != null ? CheckSummary.InterruptedExitCode : HasInputErrors || Unreadable > 0 ? 2 : Errors > 0 ? 1 : 0;
    }

    /// <summary>Receives a <c>compliance due</c> run: the header, the items in date order, then the summary.</summary>
    internal abstract class DueReportWriter : System.IDisposable
    {
        public abstract void Begin(DueReportHeader header);

        public abstract void WriteItem(DueItem item);

        public abstract void End(DueSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics);

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
