using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Evaluation;
using CompliancePolicy.Evaluation.Lifecycles;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// <c>compliance due</c> as one call: over every record of a register, what the lifecycles say will happen from the
    /// as-of date to the end of a window if nothing else happens (<see cref="Policy.Project"/>): certificates that expire,
    /// surveillances that fall due, suspensions that become revocations, overdue deadlines, in date order. Records are
    /// read and projected on <see cref="RunOptions.Jobs"/> threads; the items wait in a <see cref="DueSpool"/> (flat
    /// memory) and are written in date order, then file order, once every record is read.
    /// </summary>
    internal static class PolicyDue
    {
        public static RunResult<DueSummary> Run(DueRequest request, IRunListener listener, RunProgress? progress = null, CancellationToken cancellationToken = default)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            var options = request.Run.Options;
            if (!options.AsOf.TryAdd(request.Within, out _))
            {
                return new RunResult<DueSummary>(new RunProblem(ProblemSubject.Window,
                    $"the window of {request.Within} from {options.AsOf} runs past the calendar's last day, 9999-12-31: give a shorter one"));
            }
            var start = RunStart.Begin(request.PolicyPaths, request.Run, listener);
            if (start.Problem != null) return new RunResult<DueSummary>(start.Problem);
            var loaded = start.Loaded;
            if (loaded.CanRun && !loaded.Policies.Any(p => p.Policy.Lifecycles.Length > 0))
            {
                var names = string.Join(", ", loaded.Policies.Select(p => $"'{p.Policy.Name}'"));
                return new RunResult<DueSummary>(new RunProblem(ProblemSubject.Policies,
                    $"{names} declare{(loaded.Policies.Count == 1 ? "s" : string.Empty)} no lifecycle; 'due' lists what lifecycles say will happen (see docs/language.md, \"Events and lifecycles\")"));
            }
            var problems = new List<Diagnostic>();
            var recordFiles = start.RecordFiles(listener, problems);
            var diagnostics = loaded.Diagnostics.Concat(problems).Select(d => new ReportDiagnostic(d)).ToList();

            using var spool = new DueSpool();
            var run = new DueRun(request, loaded.Policies, spool, diagnostics, listener);
            if (loaded.CanRun) progress?.Attach(run, PolicyCheck.TotalBytes(recordFiles));
            foreach (var path in recordFiles)
            {
                run.ReadFile(path, cancellationToken);
                if (run.Interruption != null) break;
            }
            var summary = run.Summary(!loaded.CanRun || start.Inputs.RecordProblems.Count > 0);

            return request.Run.Write(writer =>
            {
                writer.Begin(new DueReportHeader(options.ToolName, options.ToolVersion, options.AsOf, request.Until, request.Within.ToString(),
                    options.ParameterOverrides, loaded.Policies.Select(p => new PolicyInfo(p.Policy, p.Parameters)).ToArray(), loaded.Files.Select(f => f.Input).ToArray()));
                foreach (var item in spool.InDateOrder()) writer.WriteItem(item);
                writer.End(summary, diagnostics);
                return summary;
            });
        }
    }

    /// <summary>What <c>compliance due</c> is asked: policies, records, the run's options, the window, and where the report goes.</summary>
    internal sealed class DueRequest
    {
        /// <param name="policyPaths">Policy files, or folders searched recursively for *.policy.</param>
        /// <param name="recordPaths">Record files, or folders searched recursively for *.json and *.jsonl.</param>
        /// <param name="options">The run's options; its as-of date starts the window.</param>
        /// <param name="within">How far the window reaches after the as-of date (its last day included).</param>
        /// <param name="createWriter">Creates the report writer over the output stream.</param>
        /// <param name="outputPath">The report file (written atomically), or null to write to <paramref name="standardOutput"/>.</param>
        /// <param name="standardOutput">The host's own stream for a report without a file.</param>
        public DueRequest(IReadOnlyList<string> policyPaths, IReadOnlyList<string> recordPaths, RunOptions options, Duration within,
            Func<Stream, DueReportWriter> createWriter, string? outputPath = null, Stream? standardOutput = null)
        {
            PolicyPaths = policyPaths;
            Within = within;
            Run = new RunRequest<DueReportWriter>(recordPaths, options, createWriter, outputPath, standardOutput);
        }

        public IReadOnlyList<string> PolicyPaths { get; }
        public Duration Within { get; }

        /// <summary>The last day of the window: the as-of date plus <see cref="Within"/>.</summary>
        public CalendarDate Until => Run.Options.AsOf.Add(Within);

        internal RunRequest<DueReportWriter> Run { get; }
    }

    /// <summary>The reading and projecting of one <c>due</c> run's record files, and its counts.</summary>
    internal sealed class DueRun : ICountedRun
    {
        private readonly DueRequest _request;
        private readonly IReadOnlyList<RunPolicy> _policies;
        private readonly DueSpool _spool;
        private readonly List<ReportDiagnostic> _diagnostics;
        private readonly IRunListener _listener;
        private readonly List<InputFile> _recordFiles = new List<InputFile>();
        private int _records;
        private long _bytesDone;
        private HashingStream? _reading;
        private int _files;
        private int _projected;
        private int _transitions;
        private int _deadlines;
        private int _overdue;
        private int _errors;
        private int _unreadable;
        private int _lastLine;
        private bool _fileErrors;

        public DueRun(DueRequest request, IReadOnlyList<RunPolicy> policies, DueSpool spool, List<ReportDiagnostic> diagnostics, IRunListener listener)
        {
            _request = request;
            _policies = policies;
            _spool = spool;
            _diagnostics = diagnostics;
            _listener = listener;
        }

        public int RecordsChecked => Volatile.Read(ref _records);
        public long BytesRead => Volatile.Read(ref _bytesDone) + (Volatile.Read(ref _reading)?.BytesRead ?? 0);
        public string? CurrentFile { get; private set; }

        public RunInterruption? Interruption { get; private set; }

        public void ReadFile(string path, CancellationToken cancellationToken)
        {
            _files++;
            _lastLine = 0;
            CurrentFile = path;
            var pipeline = new RecordPipeline<DueRecord>(_policies.Select(p => p.Policy).ToArray(), _request.Run.Options.Jobs, FileChunks.CompactResultsTargetSize,
                (results, _) => Project(results));
            var stream = RecordFileReading.TryOpen(path);
            if (stream is null)
            {
                // The reader opens it again and reports why it cannot (CP2007).
                pipeline.Run(RecordSource.OfReadings(path, p => RecordReader.ReadFile(path, p.Schema)), (record, offset, _) => Take(record, offset), cancellationToken);
                return;
            }
            using (stream)
            {
                Volatile.Write(ref _reading, stream);
                if (!pipeline.Run(RecordSource.OfFile(path, stream), (record, offset, _) => Take(record, offset), cancellationToken)) Interruption = new RunInterruption(path, _lastLine == 0 ? (int?)null : _lastLine);
                if (Interruption is null) RecordFileReading.Fingerprint(stream, path, _recordFiles);
                Interlocked.Add(ref _bytesDone, stream.BytesRead);
                Volatile.Write(ref _reading, null);
            }
        }

        public DueSummary Summary(bool inputErrors) =>
            new DueSummary(_files, _records, _projected, _spool.Count, _transitions, _deadlines, _overdue, _errors, _unreadable,
                inputErrors || _fileErrors, _recordFiles.ToArray(), Interruption);

        /// <summary>One record's items, made on any thread.</summary>
        private DueRecord Project(RecordReadResult[] results)
        {
            var first = results[0];
            if (results.All(r => !r.IsValid))
            {
                // A file that cannot be opened or decoded is not a record: it is a problem of the run.
                if (first.Diagnostics.Any(d => d.Rule == DiagnosticRules.RecordFileUnreadable)) return new DueRecord(Array.Empty<DueItem>(), false, first.Diagnostics);
                var message = string.Join("; ", first.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
                return new DueRecord(new[] { Problem(first, DueKind.Unreadable, string.Empty, string.Empty, message) }, first.HasKey, null);
            }
            var items = new List<DueItem>();
            var asOf = _request.Run.Options.AsOf;
            for (var i = 0; i < results.Length; i++)
            {
                var policy = _policies[i];
                if (!results[i].IsValid || policy.Policy.Lifecycles.Length == 0) continue;
                foreach (var outcome in policy.Policy.Project(results[i].Record!, asOf, _request.Until, policy.Parameters))
                {
                    if (outcome.Projection is not { } projection)
                    {
                        items.Add(Problem(results[i], DueKind.Error, policy.Policy.Name, outcome.Lifecycle.Name, $"lifecycle '{outcome.Lifecycle.Name}' could not be replayed: {outcome.Error}"));
                        continue;
                    }
                    foreach (var step in projection.Steps) items.Add(Item(results[i], policy.Policy.Name, projection, step));
                }
            }
            return new DueRecord(items.ToArray(), results.First(r => r.IsValid).HasKey, null);
        }

        private static DueItem Item(RecordReadResult record, string policy, LifecycleProjection projection, ProjectedStep step)
        {
            var deadline = step.Deadline;
            return new DueItem(step.Date, step.IsTransition ? DueKind.Transition : DueKind.Deadline, record.Id, record.Path, record.Line, policy,
                projection.Lifecycle.Name, projection.Now.State.Name, projection.Now.Since, deadline.Id, deadline.Title, step.State.Name, step.Enters?.Name, deadline.Due,
                deadline.MeasuredFrom, deadline.Citations, deadline.IsOverdue, null);
        }

        private DueItem Problem(RecordReadResult record, DueKind kind, string policy, string lifecycle, string message) =>
            new DueItem(_request.Run.Options.AsOf, kind, record.Id, record.Path, record.Line, policy, lifecycle, null, null, null, null, null, null, null, null,
                Array.Empty<string>(), false, message);

        /// <summary>A record's items, taken in file order on the run's thread.</summary>
        private void Take(DueRecord record, int indexOffset)
        {
            if (record.FileDiagnostics != null)
            {
                foreach (var diagnostic in record.FileDiagnostics)
                {
                    _listener.Diagnostic(diagnostic);
                    _diagnostics.Add(new ReportDiagnostic(diagnostic));
                }
                _fileErrors = true;
                return;
            }
            Interlocked.Increment(ref _records);
            var projected = record.Items.Length == 0;
            foreach (var item in record.Items)
            {
                _spool.Add(indexOffset == 0 || record.HasKey ? item : Moved(item, indexOffset));
                _lastLine = item.Line;
                switch (item.Kind)
                {
                    case DueKind.Transition: _transitions++; projected = true; break;
                    case DueKind.Deadline: _deadlines++; projected = true; if (item.Overdue) _overdue++; break;
                    case DueKind.Error: _errors++; break;
                    default: _unreadable++; break;
                }
            }
            if (projected) _projected++;
        }

        /// <summary>An item of a record numbered by its position in a piece of the file (<c>#n</c>), numbered in the whole file.</summary>
        private static DueItem Moved(DueItem item, int indexOffset)
        {
            var position = int.Parse(item.RecordId.Substring(1), System.Globalization.CultureInfo.InvariantCulture) + indexOffset;
            return new DueItem(item.Date, item.Kind, "#" + position.ToString(System.Globalization.CultureInfo.InvariantCulture), item.File, item.Line, item.Policy,
                item.Lifecycle, item.State, item.Since, item.Id, item.Title, item.From, item.Enters, item.LastDay, item.MeasuredFrom, item.Citations, item.Overdue, item.Message);
        }

        /// <summary>What the work on one record gives: its items, whether its ID is its key, or the problems of a file that cannot be read.</summary>
        private sealed class DueRecord
        {
            public DueRecord(DueItem[] items, bool hasKey, IReadOnlyList<Diagnostic>? fileDiagnostics)
            {
                Items = items;
                HasKey = hasKey;
                FileDiagnostics = fileDiagnostics;
            }

            public DueItem[] Items { get; }
            public bool HasKey { get; }
            public IReadOnlyList<Diagnostic>? FileDiagnostics { get; }
        }
    }
}
