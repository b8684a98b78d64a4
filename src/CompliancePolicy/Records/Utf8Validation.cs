using System;

namespace CompliancePolicy.Records
{
    /// <summary>Finds bytes that are not well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).</summary>
    internal static class Utf8Validation
    {
        /// <summary>The offset of the first byte that does not start a valid UTF-8 sequence, or -1 when all bytes are valid.</summary>
        public static int IndexOfInvalidByte(ReadOnlySpan<byte> bytes)
        {
#if NET
            if (System.Text.Unicode.Utf8.IsValid(bytes)) return -1;
#endif
            var i = 0;
            while (i < bytes.Length)
            {
                var lead = bytes[i];
                if (lead < 0x80)
                {
                    i++;
                    continue;
                }

                if (!TryGetSequenceRules(lead, out var length, out var secondMin, out var secondMax)) return i;
                if (i + length > bytes.Length) return i;
                var second = bytes[i + 1];
                if (second < secondMin || second > secondMax) return i;
                for (var k = 2; k < length; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80) return i;
                }
                i += length;
            }
            return -1;
        }

        // The second byte's range is narrower after E0, ED, F0 and F4: that is what excludes overlong forms and surrogates.
        private static bool TryGetSequenceRules(byte lead, out int length, out byte secondMin, out byte secondMax)
        {
            secondMin = 0x80;
            secondMax = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) length = 2;
            else if (lead >= 0xE0 && lead <= 0xEF) length = 3;
            else if (lead >= 0xF0 && lead <= 0xF4) length = 4;
            else
            {
                length = 0;
                return false;
            }

            if (lead == 0xE0) secondMin = 0xA0;
            else if (lead == 0xED) secondMax = 0x9F;
            else if (lead == 0xF0) secondMin = 0x90;
            else if (lead == 0xF4) secondMax = 0x8F;
            return true;
        }
    }
}
