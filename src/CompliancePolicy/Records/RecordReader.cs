using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>Reads schema-validated records lazily, in constant memory, from UTF-8 JSON: one object, an array of objects or JSON Lines.</summary>
    public static class RecordReader
    {
        internal const int DefaultBufferSize = 64 * 1024;

        /// <summary>Reads records from a stream, which stays open. Bad data and I/O failures become diagnostics; only cancellation throws.</summary>
        public static IEnumerable<RecordReadResult> Read(Stream utf8Json, string path, RecordType schema, CancellationToken cancellationToken = default) =>
            Read(utf8Json, path, schema, DefaultBufferSize, cancellationToken);

        /// <summary>Reads records from a file; a file that cannot be opened yields one result with CP2007.</summary>
        public static IEnumerable<RecordReadResult> ReadFile(string path, RecordType schema, CancellationToken cancellationToken = default)
        {
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (schema is null) throw new ArgumentNullException(nameof(schema));
            return ReadOpenedFile(path, schema, ValueDecoder.ForSchema(schema), cancellationToken);
        }

        /// <summary>Reads records from JSON text; <paramref name="path"/> names it in diagnostics.</summary>
        public static IEnumerable<RecordReadResult> ReadString(string json, string path, RecordType schema, CancellationToken cancellationToken = default)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (schema is null) throw new ArgumentNullException(nameof(schema));
            return ReadBytes(Encoding.UTF8.GetBytes(json), path, schema, ValueDecoder.ForSchema(schema), cancellationToken);
        }

        /// <summary>As <see cref="Read(Stream, string, RecordType, CancellationToken)"/> with a chosen initial buffer size, so tests can force refills.</summary>
        internal static IEnumerable<RecordReadResult> Read(Stream utf8Json, string path, RecordType schema, int bufferSize, CancellationToken cancellationToken)
        {
            if (utf8Json is null) throw new ArgumentNullException(nameof(utf8Json));
            if (path is null) throw new ArgumentNullException(nameof(path));
            if (schema is null) throw new ArgumentNullException(nameof(schema));
            return ReadRecords(utf8Json, path, schema, ValueDecoder.ForSchema(schema), bufferSize, cancellationToken);
        }

        private static IEnumerable<RecordReadResult> ReadRecords(
            Stream stream, string path, RecordType schema, RecordDecoder decoder, int bufferSize, CancellationToken cancellationToken)
        {
            using var reader = new RecordStreamReader(stream, path, schema, decoder, bufferSize);
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = reader.ReadNext();
                if (result is null) yield break;
                yield return result;
            }
        }

        // A fresh stream per enumeration, so the text can be read more than once.
        private static IEnumerable<RecordReadResult> ReadBytes(byte[] utf8, string path, RecordType schema, RecordDecoder decoder, CancellationToken cancellationToken)
        {
            foreach (var result in ReadRecords(new MemoryStream(utf8, writable: false), path, schema, decoder, DefaultBufferSize, cancellationToken)) yield return result;
        }

        private static IEnumerable<RecordReadResult> ReadOpenedFile(string path, RecordType schema, RecordDecoder decoder, CancellationToken cancellationToken)
        {
            var stream = TryOpen(path, out var failure);
            if (stream is null)
            {
                yield return Unopenable(path, failure);
                yield break;
            }

            using (stream)
            {
                foreach (var result in ReadRecords(stream, path, schema, decoder, DefaultBufferSize, cancellationToken)) yield return result;
            }
        }

        private static Stream? TryOpen(string path, out string failure)
        {
            failure = string.Empty;
            try
            {
                // The reader buffers by itself; a FileStream buffer of 1 turns the stream's own buffering off.
                return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            // Opening fails in many ways (missing file, access denied, bad path, device errors); each is reported, not thrown.
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                failure = e.Message;
                return null;
            }
        }

        private static RecordReadResult Unopenable(string path, string failure)
        {
            var diagnostic = DiagnosticMessages.RecordsNotOpened(path, failure).AtStartOf(path);
            return new RecordReadResult(0, path, 1, null, null, new[] { diagnostic });
        }
    }
}
