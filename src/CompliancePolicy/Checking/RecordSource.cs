using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CompliancePolicy.Records;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Where a run's records come from: a record file (read through <see cref="Stream"/>, which fingerprints it) or
    /// readings supplied per policy. Every policy reads the records against its own schema; the readings split the
    /// input identically, so they stay in step.
    /// </summary>
    internal sealed class RecordSource
    {
        private readonly Func<Policy, IEnumerable<RecordReadResult>>? _supplied;

        private RecordSource(string path, Stream? stream, Func<Policy, IEnumerable<RecordReadResult>>? supplied)
        {
            Path = path;
            Stream = stream;
            _supplied = supplied;
        }

        public string Path { get; }

        /// <summary>The file's bytes, read once by the first policy's reading (the others open the file again); null for supplied readings.</summary>
        public Stream? Stream { get; }

        public static RecordSource OfFile(string path, Stream stream) => new RecordSource(path, stream, null);

        public static RecordSource OfReadings(string path, Func<Policy, IEnumerable<RecordReadResult>> read) => new RecordSource(path, null, read);

        /// <summary>Every policy's reading of the whole input.</summary>
        public IReadOnlyList<IEnumerable<RecordReadResult>> ReadAll(IReadOnlyList<Policy> policies) =>
            _supplied != null
                ? policies.Select(_supplied).ToArray()
                : policies.Select((p, i) => i == 0 ? RecordReader.Read(Stream!, Path, p.Schema) : RecordReader.ReadFile(Path, p.Schema)).ToArray();

        /// <summary>Every policy's reading from a position on: the first reads <paramref name="rest"/>, which starts there.</summary>
        public IReadOnlyList<IEnumerable<RecordReadResult>> ReadFrom(IReadOnlyList<Policy> policies, Stream rest, RecordPosition start) =>
            policies.Select((p, i) => start.Offset == 0
                    ? (i == 0 ? RecordReader.Read(rest, Path, p.Schema) : RecordReader.ReadFile(Path, p.Schema))
                    : i == 0 ? RecordReader.ReadFrom(rest, Path, p.Schema, start.Offset, start.Line, start.Index) : ReadFileFrom(p, start))
                .ToArray();

        private IEnumerable<RecordReadResult> ReadFileFrom(Policy policy, RecordPosition start)
        {
            // Opened on the first read, as ReadFile does; the file was read up to here already, so it can be opened again.
            using var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            file.Seek(start.Offset, SeekOrigin.Begin);
            foreach (var result in RecordReader.ReadFrom(file, Path, policy.Schema, start.Offset, start.Line, start.Index)) yield return result;
        }
    }

    /// <summary>Where a record starts in its file: byte offset, line, and its 0-based position among the file's records.</summary>
    internal readonly struct RecordPosition
    {
        public RecordPosition(long offset, int line, int index)
        {
            Offset = offset;
            Line = line;
            Index = index;
        }

        public long Offset { get; }
        public int Line { get; }
        public int Index { get; }
    }
}
