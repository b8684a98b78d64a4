using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// <c>compliance check</c> as one call: find the inputs, refuse an output that is one of them (before anything is
    /// read), load the policies, check every record file and write the report, atomically when it goes to a file.
    /// </summary>
    public static class PolicyCheck
    {
        public static RunResult<CheckSummary> Run(CheckRequest request, IRunListener listener, RunProgress? progress = null, CancellationToken cancellationToken = default)
        {
            if (request is null) throw new ArgumentNullException(nameof(request));
            var start = RunStart.Begin(request.PolicyPaths, request.Run, listener);
            if (start.Problem != null) return new RunResult<CheckSummary>(start.Problem);
            var diagnostics = start.Loaded.Diagnostics.ToList();
            var recordFiles = start.RecordFiles(listener, diagnostics);
            return request.Run.Write(writer =>
            {
                var run = new CheckRun(request.Run.Options, start.Loaded.Policies, writer, diagnostics, start.Loaded.Files.Select(f => f.Input).ToArray(), listener);
                progress?.Attach(run, TotalBytes(recordFiles));
                foreach (var path in recordFiles)
                {
                    var before = run.Diagnostics.Count;
                    var found = run.CheckFile(path, cancellationToken);
                    if (run.IsInterrupted) break;
                    if (found == 0 && run.Diagnostics.Count == before) listener.Warning($"{path}: holds no records");
                }
                return run.Complete();
            });
        }

        /// <summary>The size of the record files, for an estimate of the time left; null when one is not a regular file (a pipe, a device).</summary>
        internal static long? TotalBytes(IEnumerable<string> files)
        {
            long total = 0;
            foreach (var path in files)
            {
                try
                {
                    var info = new FileInfo(path);
                    if (!info.Exists || FilePaths.IsDevice(info.FullName)) return null;
                    total += info.Length;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return null;
                }
            }
            return total;
        }
    }

    /// <summary>What <c>compliance check</c> is asked: the policy and record paths, the run's options, and where the report goes.</summary>
    public sealed class CheckRequest
    {
        /// <param name="policyPaths">Policy files, or folders searched recursively for *.policy.</param>
        /// <param name="recordPaths">Record files, or folders searched recursively for *.json and *.jsonl.</param>
        /// <param name="options">The run's options.</param>
        /// <param name="createWriter">Creates the report writer over the output stream.</param>
        /// <param name="outputPath">The report file (written atomically), or null to write to <paramref name="standardOutput"/>.</param>
        /// <param name="standardOutput">The host's own stream for a report without a file; the run neither closes nor replaces it.</param>
        public CheckRequest(IReadOnlyList<string> policyPaths, IReadOnlyList<string> recordPaths, RunOptions options,
            Func<Stream, ReportWriter> createWriter, string? outputPath = null, Stream? standardOutput = null)
        {
            PolicyPaths = policyPaths;
            Run = new RunRequest<ReportWriter>(recordPaths, options, createWriter, outputPath, standardOutput);
        }

        public IReadOnlyList<string> PolicyPaths { get; }
        internal RunRequest<ReportWriter> Run { get; }
    }

    /// <summary>A run whose progress can be read from another thread.</summary>
    internal interface ICountedRun
    {
        int RecordsChecked { get; }
        long BytesRead { get; }
        string? CurrentFile { get; }
    }

    /// <summary>How far a running check (or <c>due</c>) has got, for a progress display on another thread.</summary>
    public sealed class RunProgress
    {
        private ICountedRun? _run;
        private long _totalBytes = -1;

        public int RecordsChecked => Volatile.Read(ref _run)?.RecordsChecked ?? 0;

        /// <summary>Bytes of the record files read so far.</summary>
        public long BytesRead => Volatile.Read(ref _run)?.BytesRead ?? 0;

        /// <summary>The size of all the record files, or null when it cannot be known (a pipe, a device).</summary>
        public long? TotalBytes
        {
            get
            {
                var total = Interlocked.Read(ref _totalBytes);
                return total < 0 ? null : total;
            }
        }

        public string? CurrentFile => Volatile.Read(ref _run)?.CurrentFile;

        internal void Attach(ICountedRun run, long? totalBytes)
        {
            Interlocked.Exchange(ref _totalBytes, totalBytes ?? -1);
            Volatile.Write(ref _run, run);
        }
    }
}
