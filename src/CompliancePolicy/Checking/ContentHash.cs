using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using CompliancePolicy.Reporting;

namespace CompliancePolicy.Checking
{
    /// <summary>SHA-256 fingerprints of input files, for the audit trail every report carries.</summary>
    internal static class ContentHash
    {
        public static InputFile Of(string path, InputKind kind, byte[] bytes)
        {
            using var sha = SHA256.Create();
            return new InputFile(path, kind, Hex(sha.ComputeHash(bytes)), bytes.LongLength);
        }

        /// <summary>The fingerprint of a whole file, read in a streaming pass; null when it cannot be read.</summary>
        public static InputFile? OfFile(string path, InputKind kind)
        {
            try
            {
                using var stream = new HashingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.SequentialScan));
                return stream.Finish(path, kind);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        public static string Hex(byte[] hash)
        {
            var text = new StringBuilder(hash.Length * 2);
            foreach (var b in hash) text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return text.ToString();
        }
    }

    /// <summary>
    /// A read-only stream that hashes every byte read through it, so a record file is fingerprinted in the same pass that
    /// evaluates it: the hash is of exactly the bytes the run decided on, and large files are not read twice.
    /// </summary>
    internal sealed class HashingStream : Stream
    {
        private readonly Stream _inner;
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long _length;

        public HashingStream(Stream inner) => _inner = inner;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _length; set => throw new NotSupportedException(); }

        /// <summary>The bytes read so far; safe to read from another thread.</summary>
        public long BytesRead => Interlocked.Read(ref _length);

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = _inner.Read(buffer, offset, count);
            _hash.AppendData(buffer, offset, read);
            Interlocked.Add(ref _length, read);
            return read;
        }

        /// <summary>Reads what the consumer left unread (a reader may stop early), then gives the whole file's fingerprint.</summary>
        public InputFile Finish(string path, InputKind kind)
        {
            var rest = new byte[81920];
            while (Read(rest, 0, rest.Length) > 0)
            {
            }
            return new InputFile(path, kind, ContentHash.Hex(_hash.GetHashAndReset()), _length);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _inner.Dispose();
                _hash.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
