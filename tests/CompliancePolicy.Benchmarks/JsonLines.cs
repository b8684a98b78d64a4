using System;
using System.Buffers;
using System.IO;

namespace CompliancePolicy.Benchmarks
{
    /// <summary>
    /// The plain way to stream JSON Lines: a pooled buffer refilled from the file, each line handed out as a span
    /// of its bytes with no copy and no string. Memory follows the longest line, not the file.
    /// </summary>
    internal sealed class JsonLines : IDisposable
    {
        private readonly Stream _stream;
        private byte[] _buffer;
        private int _start;
        private int _end;
        private bool _final;

        public JsonLines(Stream stream, int bufferSize = 64 * 1024)
        {
            _stream = stream;
            _buffer = ArrayPool<byte>.Shared.Rent(bufferSize);
        }

        /// <summary>The next non-blank line without its line break; false at the end of the stream.</summary>
        public bool TryReadLine(out ReadOnlySpan<byte> line)
        {
            while (true)
            {
                var unread = new ReadOnlySpan<byte>(_buffer, _start, _end - _start);
                var lineFeed = unread.IndexOf((byte)'\n');
                if (lineFeed >= 0 || (_final && unread.Length > 0))
                {
                    var length = lineFeed >= 0 ? lineFeed : unread.Length;
                    line = unread.Slice(0, length).TrimEnd((byte)'\r');
                    _start += lineFeed >= 0 ? lineFeed + 1 : length;
                    if (line.IsEmpty) continue;
                    return true;
                }
                if (_final)
                {
                    line = default;
                    return false;
                }
                Refill();
            }
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
        }

        private void Refill()
        {
            if (_start > 0)
            {
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            if (_end == _buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = larger;
            }
            while (_end < _buffer.Length)
            {
                var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
                if (read == 0)
                {
                    _final = true;
                    return;
                }
                _end += read;
            }
        }
    }
}
