using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Syntax;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Evaluates record files against the policies of a run and streams each record's report to a writer, in file order,
    /// whatever the number of threads it uses (<see cref="RunOptions.Jobs"/>).
    /// </summary>
    /// <remarks>
    /// Matching rule: every record is read against the schema of every policy, and evaluated against each policy whose
    /// schema it fits (it reads with no errors). A record that fits some policies but not another is reported as
    /// not applicable to that one, with the first reason. A record that fits no policy is an unreadable record and is
    /// reported with its problems against the closest schemas (those with the fewest errors). With one policy, or policies sharing one schema,
    /// this is simply "every record against every policy". Records are read and evaluated by a pipeline
    /// (<see cref="RecordPipeline{T}"/>) whose memory stays constant whatever the file's size; the first reading also
    /// fingerprints the file (SHA-256) for the report. Counting, tallying and writing happen on the caller's thread, in
    /// file order, so the report of a run is the same byte for byte with one job or many.
    /// The run takes its configuration from <see cref="RunOptions"/> and its policies with their parameter values; the
    /// report header it writes describes the run and is never read back.
    /// </remarks>
    internal sealed class CheckRun : ICountedRun
    {
        private readonly RunOptions _options;
        private readonly IReadOnlyList<RunPolicy> _policies;
        private readonly PolicyInfo[] _infos;
        private readonly ReportWriter _writer;
        private readonly IRunListener _listener;
        private readonly Severity _reportAt;
        private readonly List<ReportDiagnostic> _diagnostics = new List<ReportDiagnostic>();
        private readonly List<InputFile> _recordFiles = new List<InputFile>();
        private readonly ClauseTally _tally;
        private int _files;
        private int _records;
        private int _compliant;
        private int _nonCompliant;
        private int _errors;
        private int _unreadable;
        private int _internalErrors;
        private bool _inputErrors;
        private bool _completed;
        private RunInterruption? _interruption;
        private int _lastLine;
        private long _bytesDone;
        private HashingStream? _reading;

        /// <summary>Starts the run and the report. <paramref name="diagnostics"/> are known problems such as policy
        /// warnings or errors, or refused parameter overrides; <paramref name="policyFiles"/> the policy files read, for the
        /// audit trail. The <paramref name="listener"/> hears the problems the run finds itself (a record file that cannot
        /// be read, nothing checked) as they are found.</summary>
        public CheckRun(RunOptions options, IReadOnlyList<RunPolicy> policies, ReportWriter writer,
            IEnumerable<Diagnostic>? diagnostics = null, IReadOnlyList<InputFile>? policyFiles = null, IRunListener? listener = null)
        {
            _listener = listener ?? SilentRunListener.Instance;
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _policies = policies ?? throw new ArgumentNullException(nameof(policies));
            _writer = writer ?? throw new ArgumentNullException(nameof(writer));
            _infos = policies.Select(p => new PolicyInfo(p.Policy, p.Parameters)).ToArray();
            _tally = new ClauseTally(_infos);
            // With fail-on 'never' every failure is still reported; only the verdict of the run ignores them.
            _reportAt = options.FailOn ?? Severity.Advisory;
            foreach (var diagnostic in diagnostics ?? Enumerable.Empty<Diagnostic>()) AddDiagnostic(new ReportDiagnostic(diagnostic));
            writer.Begin(new CheckReportHeader(options.ToolName, options.ToolVersion, options.AsOf, options.FailOn, options.ParameterOverrides,
                _infos, policyFiles ?? new InputFile[0]));
        }

        /// <summary>Records checked so far; safe to read from another thread (for progress displays).</summary>
        public int RecordsChecked => Volatile.Read(ref _records);

        /// <summary>Bytes of record files read so far; safe to read from another thread (for progress displays).</summary>
        public long BytesRead => Volatile.Read(ref _bytesDone) + (Volatile.Read(ref _reading)?.BytesRead ?? 0);

        /// <summary>True once cancellation stopped the run: nothing more is read, and the report says it is incomplete.</summary>
        public bool IsInterrupted => _interruption != null;

        /// <summary>The size of the pieces a JSON Lines file is cut into for the workers; by default, larger when the
        /// writer formats records on the workers, as a piece then waits for its turn as bytes (tests make it small).</summary>
        internal int? ChunkSize { get; set; }

        /// <summary>The problems of the run so far that are not tied to one record.</summary>
        public IReadOnlyList<ReportDiagnostic> Diagnostics => _diagnostics;

        /// <summary>The file being read, for progress displays.</summary>
        public string? CurrentFile { get; private set; }

        /// <summary>Reports a problem that stops the run from being trusted, such as a record file that was not found.</summary>
        public void AddDiagnostic(ReportDiagnostic diagnostic)
        {
            _diagnostics.Add(diagnostic);
            if (diagnostic.Diagnostic.IsError) _inputErrors = true;
        }

        /// <summary>Reads a JSON / JSON Lines file of records and reports each record as it is evaluated, on
        /// <see cref="RunOptions.Jobs"/> threads, in file order; returns the number of records found (0 for an empty file or
        /// one that cannot be read). When <paramref name="cancellationToken"/> is cancelled, reading stops, the records read
        /// by then are still reported, and the run is interrupted (<see cref="IsInterrupted"/>).</summary>
        public int CheckFile(string path, CancellationToken cancellationToken = default)
        {
            var fingerprinted = RecordFileReading.TryOpen(path);
            if (fingerprinted is null) return Check(path, policy => RecordReader.ReadFile(path, policy.Schema), cancellationToken);
            using (fingerprinted)
            {
                Volatile.Write(ref _reading, fingerprinted);
                var count = Check(RecordSource.OfFile(path, fingerprinted), cancellationToken);
                // Only once the file is checked: a cancelled or failed run does not read the rest of a large file first.
                if (!IsInterrupted) RecordFileReading.Fingerprint(fingerprinted, path, _recordFiles);
                Interlocked.Add(ref _bytesDone, fingerprinted.BytesRead);
                Volatile.Write(ref _reading, null);
                return count;
            }
        }

        /// <summary>The record files read so far, with their fingerprints.</summary>
        public IReadOnlyList<InputFile> RecordFiles => _recordFiles;

        /// <summary>As <see cref="CheckFile"/>, with the reader of each policy's records supplied (e.g. from memory).</summary>
        public int Check(string path, Func<Policy, IEnumerable<RecordReadResult>> read, CancellationToken cancellationToken = default) =>
            Check(RecordSource.OfReadings(path, read), cancellationToken);

        internal int Check(RecordSource source, CancellationToken cancellationToken = default)
        {
            if (_completed) throw new InvalidOperationException("The run is complete.");
            if (IsInterrupted) return 0;
            CurrentFile = source.Path;
            _files++;
            _lastLine = 0;
            if (_policies.Count == 0) return 0;
            var before = _records;
            var pipeline = new RecordPipeline<CheckedRecord>(_policies.Select(p => p.Policy).ToArray(), _options.Jobs,
                ChunkSize ?? (_writer.FormatsRecordsAnywhere ? FileChunks.CompactResultsTargetSize : FileChunks.DefaultTargetSize), CheckRecord);
            if (!pipeline.Run(source, Apply, cancellationToken))
                _interruption = new RunInterruption(source.Path, _lastLine == 0 ? (int?)null : _lastLine);
            return _records - before;
        }

        /// <summary>Ends the report and gives the run's counts and verdict. A run that checked no record is an input error
        /// (CP3003) unless <see cref="RunOptions.AllowEmpty"/>: a gate that checked nothing must not say compliant.</summary>
        public CheckSummary Complete()
        {
            if (_completed) throw new InvalidOperationException("The run is complete.");
            _completed = true;
            if (_records == 0 && !_inputErrors && !_options.AllowEmpty && !IsInterrupted) Found(NothingChecked());
            var failed = _options.FailOn != null && (_nonCompliant > 0 || _errors > _unreadable);
            var summary = new CheckSummary(_files, _records, _compliant, _nonCompliant, _errors, _unreadable, _inputErrors, failed, _recordFiles.ToArray(),
                _tally.Rows(), _interruption, _internalErrors);
            _writer.End(summary, _diagnostics);
            return summary;
        }

        private void Found(Diagnostic diagnostic)
        {
            AddDiagnostic(new ReportDiagnostic(diagnostic));
            _listener.Diagnostic(diagnostic);
        }

        private Diagnostic NothingChecked()
        {
            var why = _files == 0 ? "no record file was found"
                : _recordFiles.Count == 1 ? $"'{_recordFiles[0].Path}' holds no records"
                : $"the {_files} record files hold no records";
            return DiagnosticMessages.NothingChecked(why).At(null);
        }

        /// <summary>One record's report, made on any thread: it reads only what the run was given.</summary>
        private CheckedRecord CheckRecord(RecordReadResult[] results, PieceBytes bytes)
        {
            var first = results[0];
            if (Array.TrueForAll(results, r => !r.IsValid))
            {
                // A file that cannot be opened or decoded is not a record: it is a problem of the run.
                if (first.Diagnostics.Any(d => d.Rule == DiagnosticRules.RecordFileUnreadable)) return CheckedRecord.FileProblem(first.Diagnostics);
                var unreadable = UnreadableReport(results);
                return FormatsHere(first.HasKey) ? CheckedRecord.Formatted(unreadable, Format(unreadable, bytes), null, true, false)
                    : CheckedRecord.Unreadable(unreadable, first.HasKey);
            }

            // Loops rather than LINQ: this runs once per record on the workers.
            var fitting = -1;
            var reports = new PolicyRecordReport[results.Length];
            // Most records have no warning: the list and the set are made for those that do.
            List<ReportDiagnostic>? warnings = null;
            HashSet<string>? warned = null;
            var internalError = false;
            var outcome = ReportOutcome.Compliant;
            for (var i = 0; i < results.Length; i++)
            {
                var policy = _infos[i];
                if (!results[i].IsValid)
                {
                    reports[i] = new PolicyRecordReport(policy, ReportOutcome.NotApplicable, MismatchReason(policy.Policy, results[i]),
                        Array.Empty<ClauseReport>(), Array.Empty<DecisionResult>());
                    continue;
                }
                if (fitting < 0) fitting = i;
                foreach (var warning in results[i].Diagnostics)
                {
                    if ((warned ??= new HashSet<string>(StringComparer.Ordinal)).Add(warning.ToString())) (warnings ??= new List<ReportDiagnostic>()).Add(new ReportDiagnostic(warning));
                }
                var evaluated = Evaluate(_policies[i], policy, results[i], ref internalError);
                reports[i] = evaluated;
                if (evaluated.Outcome == ReportOutcome.NonCompliant) outcome = ReportOutcome.NonCompliant;
                else if (evaluated.Outcome == ReportOutcome.Error && outcome == ReportOutcome.Compliant) outcome = ReportOutcome.Error;
            }

            var chosen = results[fitting];
            var report = new RecordReport(chosen.Id, chosen.Path, chosen.Line, chosen.Index, outcome, reports,
                warnings ?? (IReadOnlyList<ReportDiagnostic>)Array.Empty<ReportDiagnostic>());
            return FormatsHere(chosen.HasKey) ? CheckedRecord.Formatted(report, Format(report, bytes), _tally.Marks(report), false, internalError)
                : CheckedRecord.Evaluated(report, chosen.HasKey, internalError);
        }

        /// <summary>Formats the record into its piece's bytes; gives how many it wrote.</summary>
        private int Format(RecordReport report, PieceBytes bytes)
        {
            var before = bytes.Writer.Count;
            _writer.Format(report, bytes.Writer);
            return bytes.Writer.Count - before;
        }

        /// <summary>
        /// The record's part of the report, formatted on the worker's thread when the writer allows it, so that the run's
        /// thread only appends bytes; null otherwise. A record whose ID is its position is formatted in turn instead, as
        /// its position in the file is known only then.
        /// </summary>
        private bool FormatsHere(bool hasKey) => hasKey && _writer.FormatsRecordsAnywhere;

        /// <summary>A record's report taken in file order, on the run's thread: counted, tallied and written.</summary>
        private void Apply(CheckedRecord record, int indexOffset, PieceBytes bytes)
        {
            if (record.IsFormatted)
            {
                if (record.IsUnreadable) _inputErrors = true;
                else _tally.Add(record.TallyMarks!);
                Count(record, record.Outcome, record.Line);
                _writer.WriteFormatted(bytes.Take(record.FormattedLength));
                return;
            }
            if (record.Report is null)
            {
                foreach (var diagnostic in record.FileDiagnostics!) Found(diagnostic);
                return;
            }
            var report = indexOffset == 0 ? record.Report : record.Report.Moved(indexOffset, record.HasKey);
            if (record.IsUnreadable) _inputErrors = true;
            else _tally.Add(report);
            Count(record, report.Outcome, report.Line);
            _writer.WriteRecord(report);
        }

        /// <summary>
        /// A record that fits no policy. With several schemas it is reported against the closest ones (fewest errors), so
        /// a record meant for one policy is not buried under every other schema's complaints.
        /// </summary>
        private RecordReport UnreadableReport(RecordReadResult[] results)
        {
            var first = results[0];
            var diagnostics = new List<ReportDiagnostic>();
            var errors = results.Select(r => r.Diagnostics.Count(d => d.IsError)).ToArray();
            var fewest = errors.Min();
            var sameForAll = results.All(r => SameDiagnostics(r, first));
            for (var i = 0; i < results.Length; i++)
            {
                if (errors[i] != fewest || (sameForAll && i > 0)) continue;
                var policy = sameForAll || results.Length == 1 ? null : _infos[i].Name;
                diagnostics.AddRange(results[i].Diagnostics.Where(d => d.IsError || results.Length == 1).Select(d => new ReportDiagnostic(d, policy)));
            }
            return new RecordReport(first.Id, first.Path, first.Line, first.Index, ReportOutcome.Error, Array.Empty<PolicyRecordReport>(), diagnostics);
        }

        private PolicyRecordReport Evaluate(RunPolicy run, PolicyInfo policy, RecordReadResult read, ref bool internalError)
        {
            var evaluation = run.Policy.Evaluate(read.Record!, _options.AsOf, run.Parameters);
            internalError |= evaluation.HasInternalErrors;
            var all = _writer.Detail == ReportDetail.All;
            // A passing record in a report of failures has no clause to show: no list is made for it.
            List<ClauseReport>? clauses = null;
            for (var i = 0; i < evaluation.Outcomes.Length; i++)
            {
                var failed = evaluation.Outcomes[i] == ClauseOutcome.Fail || evaluation.Outcomes[i] == ClauseOutcome.Error;
                if (!failed && !all) continue;
                var c = evaluation.ClauseAt(i);
                (clauses ??= new List<ClauseReport>(all ? evaluation.Outcomes.Length : 2)).Add(new ClauseReport(c.Clause.Id, c.Clause.Title, c.Outcome, c.Clause.Severity, c.Message, c.Clause.Citations,
                    failed ? c.Evidence : Array.Empty<Evidence>(), c.Clause.Location, c.ErrorKind,
                    failed && _writer.WantsExplanations ? evaluation.Explain(c.Clause.Id) : null, c.Remediation));
            }
            var outcome = evaluation.OutcomeAt(_reportAt) switch
            {
                RecordOutcome.NonCompliant => ReportOutcome.NonCompliant,
                RecordOutcome.Error => ReportOutcome.Error,
                _ => ReportOutcome.Compliant,
            };
            return new PolicyRecordReport(policy, outcome, null, clauses ?? (IReadOnlyList<ClauseReport>)Array.Empty<ClauseReport>(),
                evaluation.Decisions, evaluation.Lifecycles);
        }

        private void Count(CheckedRecord record, ReportOutcome outcome, int line)
        {
            var unreadable = record.IsUnreadable;
            if (record.HasInternalError) _internalErrors++;
            _lastLine = line;
            switch (outcome)
            {
                case ReportOutcome.Compliant: _compliant++; break;
                case ReportOutcome.NonCompliant: _nonCompliant++; break;
                default: _errors++; break;
            }
            if (unreadable) _unreadable++;
            Interlocked.Increment(ref _records);
        }

        /// <summary>Why a record is not applicable to a policy: "the record does not fit schema 'Audit': Required field ... at $.audit_id".</summary>
        internal static string MismatchReason(Policy policy, RecordReadResult read)
        {
            var problem = read.Diagnostics.FirstOrDefault(d => d.IsError);
            var detail = problem is null ? string.Empty : ": " + problem.Message + (problem.Location?.JsonPath is { } path ? " at " + path : string.Empty);
            return $"the record does not fit schema '{policy.Schema.Name}'{detail}";
        }

        private static bool SameDiagnostics(RecordReadResult a, RecordReadResult b) =>
            a.Diagnostics.Select(d => d.ToString()).SequenceEqual(b.Diagnostics.Select(d => d.ToString()));

        /// <summary>What the work on one record gives the run: its report, or its report formatted into its piece's bytes with
        /// what it adds to the tally (then the report itself is not kept), or the problems of a file that cannot be read.
        /// A value, not an object: the results of a piece wait for their turn in one array.</summary>
        private readonly struct CheckedRecord
        {
            private CheckedRecord(RecordReport? report, bool hasKey, bool isUnreadable, IReadOnlyList<Diagnostic>? fileDiagnostics,
                bool hasInternalError, int formattedLength = -1, int[]? tallyMarks = null, RecordReport? formatted = null)
            {
                Report = report;
                HasInternalError = hasInternalError;
                HasKey = hasKey;
                IsUnreadable = isUnreadable;
                FileDiagnostics = fileDiagnostics;
                FormattedLength = formattedLength;
                TallyMarks = tallyMarks;
                var shown = report ?? formatted;
                Outcome = shown?.Outcome ?? ReportOutcome.Error;
                Line = shown?.Line ?? 0;
            }

            /// <summary>The report, unless it was formatted already.</summary>
            public RecordReport? Report { get; }

            /// <summary>How many of its piece's bytes the worker formatted the record into
            /// (<see cref="ReportWriter.FormatsRecordsAnywhere"/>); -1 when it did not.</summary>
            public int FormattedLength { get; }

            public bool IsFormatted => FormattedLength >= 0;

            /// <summary>When formatted, what an evaluated record adds to the tally (<see cref="ClauseTally.Marks"/>).</summary>
            public int[]? TallyMarks { get; }

            public ReportOutcome Outcome { get; }
            public int Line { get; }

            /// <summary>The record's ID is its key, not its position (which moves when a piece of the file is placed in it).</summary>
            public bool HasKey { get; }

            public bool IsUnreadable { get; }

            /// <summary>The problems of a file that cannot be read; null for a record.</summary>
            public IReadOnlyList<Diagnostic>? FileDiagnostics { get; }

            /// <summary>The engine failed on the record (a bug, exit code 3), counted on the run's thread.</summary>
            public bool HasInternalError { get; }

            public static CheckedRecord Evaluated(RecordReport report, bool hasKey, bool hasInternalError) =>
                new CheckedRecord(report, hasKey, false, null, hasInternalError);

            public static CheckedRecord Unreadable(RecordReport report, bool hasKey) => new CheckedRecord(report, hasKey, true, null, false);

            public static CheckedRecord Formatted(RecordReport report, int formattedLength, int[]? tallyMarks, bool isUnreadable, bool hasInternalError) =>
                new CheckedRecord(null, true, isUnreadable, null, hasInternalError, formattedLength, tallyMarks, report);

            public static CheckedRecord FileProblem(IReadOnlyList<Diagnostic> diagnostics) => new CheckedRecord(null, false, false, diagnostics, false);
        }
    }
}
