using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// A <c>history</c> from a JSON array of event objects; each object's <c>type</c> names its event type, wherever the
    /// property stands in the object, and selects the decoder for the rest. An unknown type is a record error.
    /// </summary>
    internal sealed class HistoryDecoder : ValueDecoder
    {
        private readonly HistoryType _type;
        private readonly Dictionary<string, RecordDecoder> _decoders;
        private readonly (byte[] Name, RecordDecoder Decoder)[] _byUtf8Name;

        public HistoryDecoder(HistoryType type, Dictionary<string, RecordDecoder> decoders)
        {
            _type = type;
            _decoders = decoders;
            _byUtf8Name = decoders.Select(d => (Encoding.UTF8.GetBytes(d.Key), d.Value)).ToArray();
        }

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }

            var items = context.RentList();
            var index = 0;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                context.EnterElement(index++);
                var decoder = DecoderFor(reader, context);
                if (decoder is null) reader.Skip();
                else items.Add(decoder.Decode(ref reader, context));
                context.Leave();
            }
            return context.ReturnList(items);
        }

        /// <summary>Looks ahead on a copy of the reader (a struct) for the object's <c>type</c>, leaving the real reader in place.</summary>
        private RecordDecoder? DecoderFor(Utf8JsonReader reader, DecodeContext context)
        {
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.ReportWrongKind(ref reader, _type.EventTypes.FirstOrDefault() ?? (TypeSymbol)_type);
                return null;
            }

            var depth = reader.CurrentDepth;
            while (reader.Read() && reader.CurrentDepth > depth)
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != depth + 1) continue;
                if (!reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    reader.Skip();
                    continue;
                }
                reader.Read();
                context.EnterField("type");
                var decoder = Resolve(ref reader, context);
                context.Leave();
                return decoder;
            }

            context.Report(start, (int)reader.BytesConsumed, DiagnosticMessages.MissingRequiredField("type", "event"));
            return null;
        }

        private RecordDecoder? Resolve(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, TypeSymbol.Text);
                return null;
            }
            // Most names are written without escapes: matched as bytes, with no string made per event.
            if (!reader.ValueIsEscaped)
            {
                foreach (var (utf8, known) in _byUtf8Name)
                {
                    if (reader.ValueSpan.SequenceEqual(utf8)) return known;
                }
            }
            if (!context.TryGetText(ref reader, out var name)) return null;
            if (_decoders.TryGetValue(name, out var decoder)) return decoder;

            var names = _type.EventTypes.Select(e => e.Name).ToArray();
            var suggestion = context.WillList(DiagnosticRules.InvalidValue) ? Suggestions.For(name, names) : Suggestions.None(name);
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader), DiagnosticMessages.UnknownEventTypeValue(suggestion, names));
            return null;
        }
    }
}
