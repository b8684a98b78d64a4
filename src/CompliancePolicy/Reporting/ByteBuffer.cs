using System;
using System.Buffers;
using System.IO;

namespace CompliancePolicy.Reporting
{
    /// <summary>
    /// A growable buffer of bytes from the shared pool that a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into, so
    /// a report's lines are gathered in memory and reach the file in large writes: flushing the writer to a file after
    /// every line cost a system call per record, 14% of a JSON Lines check (docs/performance.md, "Register scale").
    /// </summary>
    internal sealed class ByteBuffer : IBufferWriter<byte>, IDisposable
    {
        private byte[] _bytes;
        private int _count;

        public ByteBuffer(int capacity) => _bytes = ArrayPool<byte>.Shared.Rent(capacity);

        public int Count => _count;

        public ReadOnlySpan<byte> Written => new ReadOnlySpan<byte>(_bytes, 0, _count);

        public void Advance(int count)
        {
            if ((uint)count > (uint)(_bytes.Length - _count)) throw new ArgumentOutOfRangeException(nameof(count));
            _count += count;
        }

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            Reserve(sizeHint);
            return new Memory<byte>(_bytes, _count, _bytes.Length - _count);
        }

        public Span<byte> GetSpan(int sizeHint = 0)
        {
            // Room for the hint is the common case, and a JSON Lines line asks for it a few dozen times: no call for it.
            if (_bytes.Length - _count < Math.Max(sizeHint, 1)) Reserve(sizeHint);
            return new Span<byte>(_bytes, _count, _bytes.Length - _count);
        }

        public void Write(ReadOnlySpan<byte> bytes)
        {
            bytes.CopyTo(GetSpan(bytes.Length));
            _count += bytes.Length;
        }

        public void Write(byte value)
        {
            if (_count == _bytes.Length) Reserve(1);
            _bytes[_count++] = value;
        }

        /// <summary>Writes what the buffer holds to <paramref name="output"/> and empties it.</summary>
        public void WriteTo(Stream output)
        {
            output.Write(_bytes, 0, _count);
            _count = 0;
        }

        public void Clear() => _count = 0;

        public void Dispose()
        {
            var bytes = _bytes;
            _bytes = Array.Empty<byte>();
            _count = 0;
            if (bytes.Length > 0) ArrayPool<byte>.Shared.Return(bytes);
        }

        private void Reserve(int sizeHint)
        {
            var needed = _count + Math.Max(sizeHint, 256);
            if (needed <= _bytes.Length) return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, _bytes.Length * 2));
            Buffer.BlockCopy(_bytes, 0, larger, 0, _count);
            if (_bytes.Length > 0) ArrayPool<byte>.Shared.Return(_bytes);
            _bytes = larger;
        }
    }
}
