using System;
using System.Collections.Generic;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// Receives a check run as it happens: the header, then each record as soon as it is evaluated, then the run-level
    /// diagnostics and the summary. Writers stream what their format allows, so large batches run in constant memory.
    /// </summary>
    public abstract class ReportWriter : IDisposable
    {
        // A host picks one of the library's formats; the model the writers receive is internal, so no host derives one.
        private protected ReportWriter() { }

        /// <summary>True when the writer shows why a clause failed: the run then explains each failed or error clause
        /// (<see cref="ClauseReport.Explanation"/>), which costs a re-evaluation, so only writers that show it ask.</summary>
        internal virtual bool WantsExplanations => false;

        /// <summary>The clauses this report holds. A run builds the reports of only those clauses (it still counts every
        /// clause's outcome), so a report of failures does not pay for the messages of passing clauses.</summary>
        internal virtual ReportDetail Detail => ReportDetail.All;

        /// <summary>True when a record's part of the report depends on that record alone (one line per record): the run
        /// then formats records on its worker threads (<see cref="Format"/>) and hands the bytes to
        /// <see cref="WriteFormatted"/> in file order, instead of calling <see cref="WriteRecord"/>.</summary>
        internal virtual bool FormatsRecordsAnywhere => false;

        /// <summary>Appends to <paramref name="output"/> the bytes <see cref="WriteRecord"/> would write for
        /// <paramref name="record"/> (or what the writer makes of it); safe to call on any thread, at the same time as the
        /// other calls.</summary>
        internal virtual void Format(RecordReport record, ByteBuffer output) => throw new NotSupportedException();

        /// <summary>Writes a record formatted by <see cref="Format"/>, as <see cref="WriteRecord"/> would have.</summary>
        internal virtual void WriteFormatted(ReadOnlySpan<byte> formatted) => throw new NotSupportedException();

        internal abstract void Begin(CheckReportHeader header);

        internal abstract void WriteRecord(RecordReport record);

        /// <summary>Ends the report. <paramref name="diagnostics"/> are the problems not tied to one record: policy
        /// diagnostics, refused parameter overrides and record files that could not be read.</summary>
        internal abstract void End(CheckSummary summary, IReadOnlyList<ReportDiagnostic> diagnostics);

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
        }
    }
}
