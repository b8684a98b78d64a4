using System.Text.Json;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Records
{
    /// <summary>text from a JSON string.</summary>
    internal sealed class TextDecoder : ValueDecoder
    {
        public static readonly TextDecoder Instance = new TextDecoder();

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, TypeSymbol.Text);
                return null;
            }
            return context.TryGetText(ref reader, out var text) ? text : null;
        }
    }
}
