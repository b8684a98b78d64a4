using System;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// The bytes the records of one piece of a file were formatted into on a worker (<see cref="RecordPipeline{T}"/>),
    /// read back in the same order on the run's thread. One pooled buffer per piece instead of one array per record: a
    /// result waiting for its turn then holds no object the garbage collector must copy.
    /// </summary>
    internal sealed class PieceBytes : IDisposable
    {
        /// <summary>Enough for the lines of a few records; the buffer grows from the shared pool as it needs.</summary>
        private const int InitialSize = 4 * 1024;

        private readonly ByteBuffer _buffer = new ByteBuffer(InitialSize);
        private int _read;

        /// <summary>Where the worker writes each record's bytes, one record after the other.</summary>
        public ByteBuffer Writer => _buffer;

        /// <summary>The next <paramref name="count"/> bytes not read yet: one record's part.</summary>
        public ReadOnlySpan<byte> Take(int count)
        {
            var taken = _buffer.Written.Slice(_read, count);
            _read += count;
            return taken;
        }

        /// <summary>Empties the buffer for the next piece (the inline run reuses one).</summary>
        public void Clear()
        {
            _buffer.Clear();
            _read = 0;
        }

        public void Dispose() => _buffer.Dispose();
    }
}
