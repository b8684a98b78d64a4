using System;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>int and decimal from a JSON number, read as an exact decimal (never through double).</summary>
    internal sealed class NumberDecoder : ValueDecoder
    {
        public static readonly NumberDecoder Int = new NumberDecoder(TypeSymbol.Int);
        public static readonly NumberDecoder Decimal = new NumberDecoder(TypeSymbol.Decimal);

        private readonly PrimitiveType _type;

        private NumberDecoder(PrimitiveType type) => _type = type;

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.Number)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }

            // Most numbers are plain: read straight from the digits. An int written with a fraction
            // ("1.0"), exponents, signs and long numbers take the general way.
            if (!reader.HasValueSequence && TryReadPlain(reader.ValueSpan, out var unscaled, out var scale) && (scale == 0 || _type != TypeSymbol.Int))
                return new decimal((int)unscaled, (int)(unscaled >> 32), 0, isNegative: false, (byte)scale);

            if (!reader.TryGetDecimal(out var value))
            {
                Report(ref reader, context, DiagnosticMessages.NumberOutOfRange(DecodeContext.RawText(ref reader), _type.Describe()));
                return null;
            }

            if (_type == TypeSymbol.Int)
            {
                var whole = decimal.Truncate(value);
                if (whole != value)
                {
                    Report(ref reader, context, DiagnosticMessages.WrongValueKind(_type.Describe(), "a fractional number " + DisplayText.Shorten(DecodeContext.RawText(ref reader))));
                    return null;
                }
                value = whole; // 1.0 and 1e2 are whole numbers; Truncate also drops the trailing zeros from their scale
            }
            return value;
        }

        /// <summary>
        /// Digits with an optional fraction ("250", "99.46"), at most 18 of them: the value is <paramref name="unscaled"/>
        /// / 10^<paramref name="scale"/>, exactly as System.Text.Json reads it (trailing zeros kept in the scale).
        /// </summary>
        internal static bool TryReadPlain(ReadOnlySpan<byte> number, out long unscaled, out int scale)
        {
            unscaled = 0;
            scale = 0;
            if (number.IsEmpty || number.Length > 19) return false;
            var point = -1;
            for (var i = 0; i < number.Length; i++)
            {
                var c = number[i];
                if (c >= '0' && c <= '9') unscaled = unscaled * 10 + (c - '0');
                else if (c == '.' && point < 0 && i > 0) point = i;
                else return false;
            }
            if (point == number.Length - 1 || (point < 0 && number.Length > 18)) return false;
            if (point >= 0) scale = number.Length - point - 1;
            return true;
        }

        private static void Report(ref Utf8JsonReader reader, DecodeContext context, DiagnosticMessage message) =>
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader), message);
    }
}
