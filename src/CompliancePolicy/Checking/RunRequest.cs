using System;
using System.Collections.Generic;
using System.IO;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// What <c>check</c>, <c>due</c> and <c>diff</c> are each asked besides their own inputs: the records, the run's
    /// options, and where the report goes: a file written atomically, or the host's own stream, which the run neither
    /// closes nor replaces. Each verb's request holds one and adds what differs.
    /// </summary>
    internal sealed class RunRequest<TWriter> where TWriter : IDisposable
    {
        private readonly Func<Stream, TWriter> _createWriter;
        private readonly Stream _standardOutput;

        public RunRequest(IReadOnlyList<string> recordPaths, RunOptions options, Func<Stream, TWriter> createWriter, string? outputPath, Stream? standardOutput)
        {
            RecordPaths = recordPaths;
            Options = options;
            _createWriter = createWriter;
            OutputPath = outputPath;
            _standardOutput = standardOutput ?? (outputPath is null ? throw new ArgumentException("Give an output path or a stream.", nameof(standardOutput)) : Stream.Null);
        }

        /// <summary>Record files, or folders searched recursively for *.json and *.jsonl.</summary>
        public IReadOnlyList<string> RecordPaths { get; }

        public RunOptions Options { get; }

        /// <summary>The report file, or null when the report goes to the host's stream.</summary>
        public string? OutputPath { get; }

        /// <summary>Writes the report with <paramref name="write"/> and commits the file; when the file cannot be created,
        /// the problem, and nothing is written.</summary>
        public RunResult<TSummary> Write<TSummary>(Func<TWriter, TSummary> write)
            where TSummary : class, IRunSummary
        {
            if (AtomicFile.TryCreate(OutputPath, out var file) is { } unwritable) return new RunResult<TSummary>(unwritable);
            using (file)
            {
                var stream = file?.Stream ?? _standardOutput;
                TSummary summary;
                using (var writer = _createWriter(stream)) summary = write(writer);
                stream.Flush();
                file?.Commit();
                return new RunResult<TSummary>(summary, summary.ExitCode);
            }
        }
    }
}
