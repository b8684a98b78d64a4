using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using CompliancePolicy.Records;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Reading one record file for several schemas at once, as check and diff do: the file opened so its bytes are
    /// fingerprinted as they are read, and the readings of each schema taken in step, record by record.
    /// </summary>
    internal static class RecordFileReading
    {
        /// <summary>The file, hashed as it is read; null when it cannot be opened (the record reader opens it again and
        /// reports why, CP2007).</summary>
        public static HashingStream? TryOpen(string path)
        {
            try
            {
                // The reader buffers by itself; a FileStream buffer of 1 turns the stream's own buffering off.
                return new HashingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        /// <summary>Adds the file's fingerprint once it has been read through.</summary>
        public static void Fingerprint(HashingStream stream, string path, List<InputFile> files)
        {
            try
            {
                files.Add(stream.Finish(path, InputKind.Records));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                // Reading failed part-way: the reader has already reported the file as unreadable (CP2007); it has no fingerprint.
            }
        }

        /// <summary>The readings of one file under several schemas, one record at a time: the i-th result of each.</summary>
        public static IEnumerable<RecordReadResult[]> InStep(IReadOnlyList<IEnumerable<RecordReadResult>> readings, CancellationToken cancellationToken)
        {
            var readers = new List<IEnumerator<RecordReadResult>>();
            try
            {
                foreach (var reading in readings) readers.Add(reading.GetEnumerator());
                var enumerators = readers.ToArray();
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var results = new RecordReadResult[enumerators.Length];
                    if (!NextInStep(enumerators, results)) yield break;
                    yield return results;
                }
            }
            finally
            {
                foreach (var reader in readers) reader.Dispose();
            }
        }

        /// <summary>The next record of every reading into <paramref name="results"/>; false at the end. The readers split
        /// the file identically (splitting does not depend on the schema), so they stay in step.</summary>
        public static bool NextInStep(IEnumerator<RecordReadResult>[] readers, RecordReadResult[] results)
        {
            var more = true;
            for (var i = 0; i < readers.Length; i++)
            {
                if (readers[i].MoveNext()) results[i] = readers[i].Current;
                else more = false;
            }
            return more;
        }
    }
}
