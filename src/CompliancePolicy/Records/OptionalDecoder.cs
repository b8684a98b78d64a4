using System.Text.Json;

namespace CompliancePolicy.Records
{
    /// <summary><c>T?</c>: JSON null becomes the missing value (null); anything else must be a <c>T</c>.</summary>
    internal sealed class OptionalDecoder : ValueDecoder
    {
        private readonly ValueDecoder _inner;

        public OptionalDecoder(ValueDecoder inner) => _inner = inner;

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context) =>
            reader.TokenType == JsonTokenType.Null ? null : _inner.Decode(ref reader, context);
    }
}
