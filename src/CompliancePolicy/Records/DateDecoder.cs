using System;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>date from a JSON string "yyyy-MM-dd".</summary>
    internal sealed class DateDecoder : SpelledValueDecoder
    {
        public static readonly DateDecoder Instance = new DateDecoder();

        private DateDecoder() : base(TypeSymbol.Date)
        {
        }

        protected override bool TryParseText(string text, out object? value, out DiagnosticMessage? problem)
        {
            var valid = CalendarDate.TryParse(text, out var date);
            value = date;
            problem = valid ? null : DiagnosticMessages.InvalidDateValue(text);
            return valid;
        }

        /// <summary>Dates are plain ASCII: accepts exactly what <see cref="CalendarDate.TryParse"/> accepts.</summary>
        protected override bool TryParseAscii(ReadOnlySpan<byte> text, out object? value)
        {
            value = null;
            if (text.Length != 10 || text[4] != '-' || text[7] != '-') return false;
            if (!TryParseDigits(text.Slice(0, 4), out var year) || !TryParseDigits(text.Slice(5, 2), out var month) || !TryParseDigits(text.Slice(8, 2), out var day)) return false;
            value = SharedBoxes.Date(year, month, day);
            return value != null;
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
