using System;
using System.Buffers;
using System.IO;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// The not-yet-consumed bytes of a stream in a pooled, refillable buffer, with the line and column of the first one.
    /// The buffer only grows when a single record does not fit, so memory follows the largest record, not the file.
    /// </summary>
    internal sealed class ByteWindow : IDisposable
    {
        private const int MaxBufferSize = 0x7FFFFFC7; // the largest byte[] the runtime allows

        private readonly Stream _stream;
        private byte[] _buffer;
        private int _start;
        private int _end;
        private long _bufferOffset;
        private long _lineStart;

        public ByteWindow(Stream stream, int initialSize)
        {
            _stream = stream;
            _buffer = ArrayPool<byte>.Shared.Rent(initialSize);
        }

        /// <summary>A window over the rest of a file whose first byte is the start of line <paramref name="line"/> at file offset <paramref name="offset"/>.</summary>
        public ByteWindow(Stream stream, int initialSize, long offset, int line)
            : this(stream, initialSize)
        {
            _bufferOffset = offset;
            _lineStart = offset;
            Line = line;
        }

        public ReadOnlySpan<byte> Unread => new ReadOnlySpan<byte>(_buffer, _start, _end - _start);

        /// <summary>True once the stream is exhausted: <see cref="Unread"/> holds everything that is left.</summary>
        public bool IsFinal { get; private set; }

        public int Line { get; private set; } = 1;

        public RecordOrigin Origin
        {
            get
            {
                var offset = _bufferOffset + _start;
                return new RecordOrigin(offset, Line, (int)(offset - _lineStart) + 1);
            }
        }

        public void Advance(int count)
        {
            var consumed = new ReadOnlySpan<byte>(_buffer, _start, count);
            var lastLineFeed = consumed.LastIndexOf((byte)'\n');
            if (lastLineFeed >= 0)
            {
                Line += LineFeeds.Count(consumed);
                _lineStart = _bufferOffset + _start + lastLineFeed + 1;
            }
            _start += count;
        }

        /// <summary>Appends more of the stream to <see cref="Unread"/>; false when nothing was added because the stream is exhausted.</summary>
        public bool ReadMore()
        {
            if (IsFinal) return false;
            Compact();
            if (_end == _buffer.Length) Grow();
            var before = _end;
            // Filling the whole buffer keeps re-measuring an incomplete record rare even on streams that return a few bytes per read.
            while (_end < _buffer.Length)
            {
                var read = ReadFromStream(_end, _buffer.Length - _end);
                if (read == 0)
                {
                    IsFinal = true;
                    break;
                }
                _end += read;
            }
            return _end > before;
        }

        /// <summary>Consumes JSON whitespace; false when the input ends first.</summary>
        public bool SkipWhitespace()
        {
            while (true)
            {
                var unread = Unread;
                var count = 0;
                while (count < unread.Length && IsWhitespace(unread[count])) count++;
                Advance(count);
                if (count < unread.Length) return true;
                if (!ReadMore()) return false;
            }
        }

        public void SkipByteOrderMark()
        {
            while (Unread.Length < 3 && ReadMore())
            {
            }
            if (!Unread.StartsWith("\uFEFF"u8)) return;
            Advance(3);
            _lineStart = _bufferOffset + _start; // editors do not count the mark as a column
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
            _start = _end = 0;
        }

        private static bool IsWhitespace(byte value) => value == ' ' || value == '\n' || value == '\r' || value == '\t';

        private void Compact()
        {
            if (_start == 0) return;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _bufferOffset += _start;
            _end -= _start;
            _start = 0;
        }

        private void Grow()
        {
            if (_buffer.Length >= MaxBufferSize) throw new UnreadableInputException("a single record is larger than 2 GB");
            var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(_buffer.Length * 2L, MaxBufferSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        private int ReadFromStream(int offset, int count)
        {
            try
            {
                return _stream.Read(_buffer, offset, count);
            }
            // Streams fail in many ways (IOException, InvalidDataException from decompression, ObjectDisposedException...);
            // each one makes the rest of the file unreadable, and the reader must report rather than throw.
            catch (Exception e) when (!(e is OperationCanceledException))
            {
                throw new UnreadableInputException(e.Message, e);
            }
        }
    }
}
