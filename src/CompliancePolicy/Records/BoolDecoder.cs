using System.Text.Json;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Records
{
    /// <summary>bool from JSON true or false.</summary>
    internal sealed class BoolDecoder : ValueDecoder
    {
        public static readonly BoolDecoder Instance = new BoolDecoder();

        // Shared boxes: a record holds its slots as objects, and booleans need not allocate one each.
        private static readonly object BoxedTrue = true;
        private static readonly object BoxedFalse = false;

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.True: return BoxedTrue;
                case JsonTokenType.False: return BoxedFalse;
                default:
                    context.ReportWrongKind(ref reader, TypeSymbol.Bool);
                    return null;
            }
        }
    }
}
