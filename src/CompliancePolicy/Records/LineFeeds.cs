using System;

namespace CompliancePolicy.Records
{
    /// <summary>Counts line breaks in UTF-8 bytes; lines end at '\n' (a preceding '\r' belongs to the line), as System.Text.Json counts them.</summary>
    internal static class LineFeeds
    {
        public static int Count(ReadOnlySpan<byte> bytes)
        {
#if NET
            return System.MemoryExtensions.Count(bytes, (byte)'\n');
#else
            var count = 0;
            int next;
            while ((next = bytes.IndexOf((byte)'\n')) >= 0)
            {
                count++;
                bytes = bytes.Slice(next + 1);
            }
            return count;
#endif
        }
    }
}
