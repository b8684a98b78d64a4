using System;
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

    /// <summary>
    /// text that is most often one known string (an event's <c>type</c>, the name of its event type): written as that
    /// string's UTF-8 bytes, it is that string, shared, instead of a new copy per record; anything else is read as
    /// <see cref="TextDecoder"/> reads it.
    /// </summary>
    internal sealed class KnownTextDecoder : ValueDecoder
    {
        private readonly string _text;
        private readonly byte[] _utf8;

        public KnownTextDecoder(string text)
        {
            _text = text;
            _utf8 = System.Text.Encoding.UTF8.GetBytes(text);
        }

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && reader.ValueSpan.SequenceEqual(_utf8)) return _text;
            return TextDecoder.Instance.Decode(ref reader, context);
        }
    }
}
