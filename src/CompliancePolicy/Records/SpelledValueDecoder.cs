using System;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Records
{
    /// <summary>
    /// A value the record writes as a JSON string in the language's spelling (a date, a duration): read from the bytes
    /// when they are plain ASCII (no string allocated), else from the text, with one diagnostic for a wrong spelling.
    /// </summary>
    internal abstract class SpelledValueDecoder : ValueDecoder
    {
        private readonly TypeSymbol _type;

        protected SpelledValueDecoder(TypeSymbol type) => _type = type;

        public sealed override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, _type);
                return null;
            }
            if (!reader.ValueIsEscaped && TryParseAscii(reader.ValueSpan, out var value)) return value;
            if (!context.TryGetText(ref reader, out var text)) return null;
            if (TryParseText(text, out value, out var problem)) return value;
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader), problem!);
            return null;
        }

        /// <summary>The fast path over the bytes; false means "not handled here" (the text is then parsed), not "invalid".</summary>
        protected abstract bool TryParseAscii(ReadOnlySpan<byte> text, out object? value);

        /// <summary>The value the text spells, or the problem to report.</summary>
        protected abstract bool TryParseText(string text, out object? value, out DiagnosticMessage? problem);
    }
}
