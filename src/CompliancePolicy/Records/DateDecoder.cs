using System;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>date from a JSON string "yyyy-MM-dd".</summary>
    internal sealed class DateDecoder : ValueDecoder
    {
        public static readonly DateDecoder Instance = new DateDecoder();

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, TypeSymbol.Date);
                return null;
            }

            // Dates are plain ASCII; parsing the bytes directly avoids a string per date.
            if (!reader.ValueIsEscaped && TryParse(reader.ValueSpan, out var date)) return date;
            if (!context.TryGetText(ref reader, out var text)) return null;
            if (CalendarDate.TryParse(text, out date)) return date;
            context.Report((int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader),
                DiagnosticMessages.InvalidDateValue(text));
            return null;
        }

        /// <summary>Accepts exactly what <see cref="CalendarDate.TryParse"/> accepts.</summary>
        private static bool TryParse(ReadOnlySpan<byte> text, out CalendarDate date)
        {
            date = default;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            if (!TryParseDigits(text.Slice(0, 4), out var year) || !TryParseDigits(text.Slice(5, 2), out var month) || !TryParseDigits(text.Slice(8, 2), out var day)) return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
            date = new CalendarDate(year, month, day);
            return true;
        }

        private static bool TryParseDigits(ReadOnlySpan<byte> digits, out int value)
        {
            value = 0;
            foreach (var digit in digits)
            {
                if (digit < '0' || digit > '9') return false;
                value = value * 10 + (digit - '0');
            }
            return true;
        }
    }
}
