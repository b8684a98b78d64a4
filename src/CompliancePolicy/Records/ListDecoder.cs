using System.Text.Json;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Records
{
    /// <summary><c>list of T</c> from a JSON array; the value is an <c>object[]</c> of the decoded elements.</summary>
    internal sealed class ListDecoder : ValueDecoder
    {
        private readonly ValueDecoder _element;
        private readonly ListType _type;

        public ListDecoder(ValueDecoder element, ListType type)
        {
            _element = element;
            _type = type;
        }

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }

            var items = context.RentList();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.EnterElement(items.Count);
                items.Add(_element.Decode(ref reader, context));
                context.Leave();
            }
            return context.ReturnList(items);
        }
    }
}
