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
            return SharedBoxes.Number(value);
        }

        private static void Report(ref Utf8JsonReader reader, DecodeContext context, DiagnosticMessage message) =>
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader), message);
    }
}
