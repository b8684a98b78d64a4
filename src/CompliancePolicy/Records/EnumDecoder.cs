using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;

namespace CompliancePolicy.Records
{
    /// <summary>An enumeration member from a JSON string naming it exactly.</summary>
    internal sealed class EnumDecoder : ValueDecoder
    {
        private readonly EnumType _type;
        private readonly byte[][] _utf8Names;

        public EnumDecoder(EnumType type)
        {
            _type = type;
            _utf8Names = type.Members.Select(m => Encoding.UTF8.GetBytes(m.Name)).ToArray();
        }

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }

            if (!reader.ValueIsEscaped)
            {
                var name = reader.ValueSpan;
                for (var i = 0; i < _utf8Names.Length; i++)
                {
                    if (name.SequenceEqual(_utf8Names[i])) return _type.Members[i];
                }
            }

            if (!context.TryGetText(ref reader, out var text)) return null;
            if (_type.Find(text) is { } member) return member;
            var names = _type.Members.Select(m => m.Name).ToArray();
            var suggestion = context.WillList(DiagnosticRules.InvalidEnumValue) ? Suggestions.For(text, names) : Suggestions.None(text);
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader), DiagnosticMessages.InvalidEnumValue(suggestion, _type.Name, names));
            return null;
        }
    }
}
