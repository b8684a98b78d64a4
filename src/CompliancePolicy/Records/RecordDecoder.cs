using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>A record from a JSON object: each property goes to the slot of the field it names.</summary>
    internal sealed class RecordDecoder : ValueDecoder
    {
        private readonly RecordType _type;
        // The schema's fields in arrays: the symbols' own list is read through an interface, once per property.
        private readonly FieldSymbol[] _fields;
        private readonly byte[][] _utf8Names;
        private ValueDecoder[] _fieldDecoders = Array.Empty<ValueDecoder>();

        public RecordDecoder(RecordType type)
        {
            _type = type;
            _fields = type.Fields.ToArray();
            _utf8Names = _fields.Select(f => Encoding.UTF8.GetBytes(f.Name)).ToArray();
        }

        public void SetFieldDecoders(ValueDecoder[] fieldDecoders) => _fieldDecoders = fieldDecoders;

        public void SetFieldDecoder(int index, ValueDecoder decoder) => _fieldDecoders[index] = decoder;

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }
            return new RecordValue(_type, DecodeFields(ref reader, context));
        }

        /// <summary>Decodes the object the reader is on into field slots; the slots of fields with problems stay null.</summary>
        public object?[] DecodeFields(ref Utf8JsonReader reader, DecodeContext context)
        {
            var objectStart = (int)reader.TokenStartIndex;
            var fieldCount = _utf8Names.Length;
            var values = new object?[fieldCount];
            // Flags from the context, not stackalloc: a method with stackalloc is compiled once, without the runtime's
            // profile-guided second compilation, which makes the calls to the field decoders direct.
            var seen = context.RentFlags(fieldCount);
            var expected = 0;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameStart = (int)reader.TokenStartIndex;
                var nameEnd = DecodeContext.TokenEnd(ref reader);
                if (!TryFindField(ref reader, context, expected, out var index, out var unknownName))
                {
                    if (unknownName != null) ReportUnknownField(context, unknownName, nameStart, nameEnd);
                    reader.Read();
                    reader.Skip();
                    continue;
                }

                context.EnterField(_fields[index].Name);
                if (seen[index])
                {
                    context.Report(nameStart, nameEnd, DiagnosticMessages.FieldRepeated(_fields[index].Name, _type.Name));
                }
                seen[index] = true;
                reader.Read();
                values[index] = _fieldDecoders[index].Decode(ref reader, context);
                context.Leave();
                expected = index + 1 == fieldCount ? 0 : index + 1;
            }

            var objectEnd = (int)reader.BytesConsumed;
            for (var i = 0; i < fieldCount; i++)
            {
                var field = _fields[i];
                if (seen[i] || field.IsOptional) continue;
                context.EnterField(field.Name);
                context.Report(objectStart, objectEnd, DiagnosticMessages.MissingRequiredField(field.Name, _type.Name));
                context.Leave();
            }
            context.ReturnFlags(fieldCount);
            return values;
        }

        /// <summary>
        /// Matches the property name against the fields, starting with the one after the last match because records
        /// usually list their fields in schema order. When there is no match, <paramref name="unknownName"/> is the
        /// name, or null if the name itself was unreadable (already reported).
        /// </summary>
        private bool TryFindField(ref Utf8JsonReader reader, DecodeContext context, int expected, out int index, out string? unknownName)
        {
            unknownName = null;
            if (!reader.ValueIsEscaped)
            {
                var name = reader.ValueSpan;
                for (var i = 0; i < _utf8Names.Length; i++)
                {
                    index = expected + i < _utf8Names.Length ? expected + i : expected + i - _utf8Names.Length;
                    if (name.SequenceEqual(_utf8Names[index])) return true;
                }
            }

            index = -1;
            if (!context.TryGetText(ref reader, out var text)) return false;
            if (_type.Find(text) is { } field)
            {
                index = field.Index;
                return true;
            }
            unknownName = text;
            return false;
        }

        private void ReportUnknownField(DecodeContext context, string name, int start, int end)
        {
            // Only a warning the record lists needs its "did you mean", which measures the name against every field.
            var suggestion = context.WillList(DiagnosticRules.UnknownRecordField) ? Suggestions.For(name, _fields.Select(f => f.Name)) : Suggestions.None(name);
            context.EnterField(name);
            context.Report(start, end, DiagnosticMessages.UnknownRecordField(suggestion, _type.Name));
            context.Leave();
        }
    }
}
