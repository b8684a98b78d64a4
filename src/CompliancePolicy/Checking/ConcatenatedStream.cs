using System;
using System.Collections.Generic;
using System.IO;

namespace CompliancePolicy.Checking
{
    /// <summary>A read-only stream of some byte segments already in memory followed by the rest of another stream (which it does not close).</summary>
    internal sealed class ConcatenatedStream : Stream
    {
        private readonly Queue<ArraySegment<byte>> _segments;
        private readonly Stream _rest;
        private int _position;

        public ConcatenatedStream(IEnumerable<ArraySegment<byte>> segments, Stream rest)
        {
            _segments = new Queue<ArraySegment<byte>>(segments);
            _rest = rest;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            while (_segments.Count > 0)
            {
                var segment = _segments.Peek();
                var left = segment.Count - _position;
                if (left == 0)
                {
                    _segments.Dequeue();
                    _position = 0;
                    continue;
                }
                var copied = Math.Min(left, count);
                Buffer.BlockCopy(segment.Array!, segment.Offset + _position, buffer, offset, copied);
                _position += copied;
                return copied;
            }
            return _rest.Read(buffer, offset, count);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
