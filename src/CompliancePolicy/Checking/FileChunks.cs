using System;
using System.Buffers;
using System.IO;
using CompliancePolicy.Records;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Cuts a JSON Lines file into pieces of whole records, so several threads can read one file. A piece ends at a line
    /// break that valid JSON allows only between two top-level objects: a line ending with '}' followed by a line that
    /// starts with '{' (two values inside one record need a comma between them, and a string cannot hold a line break).
    /// Whether a piece reads exactly as the whole file would is decided after reading it (<see cref="RecordPipeline{T}"/>).
    /// </summary>
    internal sealed class FileChunks : IDisposable
    {
        /// <summary>
        /// About a dozen records of a register. Larger pieces cost the garbage collector: a check allocates about 15 KB
        /// per record, and the reports of a piece stay alive until the piece is written, so with 256 KB pieces each gen0
        /// collection promoted several MB (91 gen2 collections and 6.9 s of pauses for 300,000 records, against 1 and
        /// 1.2 s with 8 KB; docs/performance.md). Handing a piece between threads costs little next to its records.
        /// </summary>
        public const int DefaultTargetSize = 8 * 1024;

        /// <summary>
        /// About 90 records, for a run whose records wait for their turn as small results: lines a worker formatted (JSON
        /// Lines), or the items of <c>due</c>. Larger pieces then cost the collector little and save hand-offs between
        /// threads (8x fewer than <see cref="DefaultTargetSize"/>): a million records in JSON Lines with two jobs took
        /// 21.3 s of CPU against 23.3 s with 8 KB pieces (docs/performance.md).
        /// </summary>
        public const int CompactResultsTargetSize = 64 * 1024;

        /// <summary>A piece this long or longer without a place to cut is not cut: the file is then read in one stream.</summary>
        private const int MaxChunkSize = 64 * 1024 * 1024;

        private readonly Stream _stream;
        private readonly int _targetSize;
        private byte[] _buffer;
        private int _length;
        private long _offset;
        private int _line = 1;
        private bool _endOfStream;
        private bool _started;
        private Exception? _failure;

        public FileChunks(Stream stream, int targetSize)
        {
            _stream = stream;
            _targetSize = targetSize;
            _buffer = ArrayPool<byte>.Shared.Rent(targetSize + 4096);
        }

        /// <summary>Bytes read from the stream so far.</summary>
        public long BytesRead { get; private set; }

        /// <summary>Where the next piece starts: its file offset and line.</summary>
        public long Offset => _offset;

        public int Line => _line;

        /// <summary>
        /// The next piece, or null at the end of the file. Sets <paramref name="readInOneStream"/> instead when the rest
        /// cannot be cut (the file is not a sequence of objects, or no place to cut was found within
        /// <see cref="MaxChunkSize"/>); <see cref="Rest"/> then gives the bytes from <see cref="Offset"/> on. I/O errors
        /// stop the cutting too: the rest is then read in one stream, whose reader meets the same failure and reports it
        /// where it happens.
        /// </summary>
        public FileChunk? Next(out bool readInOneStream)
        {
            readInOneStream = false;
            if (!_started)
            {
                _started = true;
                while (FirstSignificantByte() is null && Fill(_buffer.Length)) EnsureSpace();
                // Arrays of records and anything that is not an object are read in one stream, as the reader decides.
                if (FirstSignificantByte() is { } first && first != (byte)'{')
                {
                    readInOneStream = true;
                    return null;
                }
            }
            while (true)
            {
                Fill(_targetSize);
                if (_failure != null)
                {
                    readInOneStream = true;
                    return null;
                }
                if (_length == 0 && _endOfStream) return null;
                if (_endOfStream) return Cut(_length);
                var cut = LastCut();
                if (cut > 0) return Cut(cut);
                if (_buffer.Length >= MaxChunkSize)
                {
                    readInOneStream = true;
                    return null;
                }
                Grow();
                Fill(_buffer.Length);
            }
        }

        /// <summary>The bytes not yet handed out, then the rest of the stream.</summary>
        public Stream Rest() => new ConcatenatedStream(new[] { new ArraySegment<byte>(_buffer, 0, _length) }, _failure is null ? _stream : new FailedStream(_failure));

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = Array.Empty<byte>();
            _length = 0;
        }

        /// <summary>The first byte that is not a byte-order mark or JSON whitespace, or null when none has been read yet.</summary>
        private byte? FirstSignificantByte()
        {
            var start = _length >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF ? 3 : 0;
            for (var i = start; i < _length; i++)
            {
                var b = _buffer[i];
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') return b;
            }
            return null;
        }

        /// <summary>The length of the longest prefix that ends at a place to cut, or 0 when there is none.</summary>
        private int LastCut()
        {
            var bytes = new ReadOnlySpan<byte>(_buffer, 0, _length);
            // The byte after the line break must be known, so the last byte is never a cut.
            var end = _length - 1;
            while (end > 0)
            {
                var lineFeed = bytes.Slice(0, end).LastIndexOf((byte)'\n');
                if (lineFeed < 0) return 0;
                if (bytes[lineFeed + 1] == '{' && EndsWithClosingBrace(bytes.Slice(0, lineFeed))) return lineFeed + 1;
                end = lineFeed;
            }
            return 0;
        }

        private static bool EndsWithClosingBrace(ReadOnlySpan<byte> line)
        {
            var i = line.Length - 1;
            while (i >= 0 && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) i--;
            return i >= 0 && line[i] == '}';
        }

        private FileChunk Cut(int length)
        {
            var chunk = new FileChunk(_buffer, length, _offset, _line, isFirst: _offset == 0);
            var rest = ArrayPool<byte>.Shared.Rent(Math.Max(_targetSize + 4096, _length - length));
            Buffer.BlockCopy(_buffer, length, rest, 0, _length - length);
            _line += LineFeeds.Count(new ReadOnlySpan<byte>(_buffer, 0, length));
            _buffer = rest;
            _length -= length;
            _offset += length;
            return chunk;
        }

        /// <summary>Reads until the buffer holds <paramref name="wanted"/> bytes or the stream ends; false when nothing was added.</summary>
        private bool Fill(int wanted)
        {
            var before = _length;
            wanted = Math.Min(wanted, _buffer.Length);
            while (_length < wanted && !_endOfStream && _failure is null)
            {
                int read;
                try
                {
                    read = _stream.Read(_buffer, _length, _buffer.Length - _length);
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    _failure = e;
                    break;
                }
                if (read == 0) _endOfStream = true;
                _length += read;
                BytesRead += read;
            }
            return _length > before;
        }

        private void EnsureSpace()
        {
            if (_length == _buffer.Length) Grow();
        }

        private void Grow()
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Min(_buffer.Length * 2, MaxChunkSize));
            Buffer.BlockCopy(_buffer, 0, larger, 0, _length);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }

    /// <summary>A stream whose reads fail as the file did when it was cut, so the reader reports the failure itself.</summary>
    internal sealed class FailedStream : Stream
    {
        private readonly Exception _failure;

        public FailedStream(Exception failure) => _failure = failure;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => throw new IOException(_failure.Message, _failure);

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A piece of a record file that starts at the start of a record and ends after a whole one.</summary>
    internal sealed class FileChunk
    {
        public FileChunk(byte[] bytes, int length, long offset, int line, bool isFirst)
        {
            Bytes = bytes;
            Length = length;
            Offset = offset;
            Line = line;
            IsFirst = isFirst;
        }

        /// <summary>A pooled buffer: return it once the piece is read and not needed again.</summary>
        public byte[] Bytes { get; }

        public int Length { get; }

        /// <summary>The file offset of the first byte.</summary>
        public long Offset { get; }

        /// <summary>The line of the first byte.</summary>
        public int Line { get; }

        /// <summary>The start of the file (it may begin with a byte-order mark and is read as a whole file is).</summary>
        public bool IsFirst { get; }

        public ArraySegment<byte> Segment => new ArraySegment<byte>(Bytes, 0, Length);

        public Stream Open() => new MemoryStream(Bytes, 0, Length, writable: false);

        /// <summary>The piece's records read against one schema, in step with the other schemas' readings.</summary>
        public System.Collections.Generic.IEnumerable<RecordReadResult> Read(string path, Symbols.RecordType schema) =>
            IsFirst ? RecordReader.Read(Open(), path, schema) : RecordReader.ReadFrom(Open(), path, schema, Offset, Line, 0);
    }
}
