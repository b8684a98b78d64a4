using System;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Text;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>duration from a JSON string in the language's spelling, such as "3 months" or "1 year 2 days".</summary>
    internal sealed class DurationDecoder : SpelledValueDecoder
    {
        public static readonly DurationDecoder Instance = new DurationDecoder();

        private DurationDecoder() : base(TypeSymbol.Duration)
        {
        }

        protected override bool TryParseText(string text, out object? value, out DiagnosticMessage? problem)
        {
            var syntax = Duration.Parse(text, out var duration);
            value = duration;
            problem = syntax == DurationSyntax.Valid ? null
                : syntax == DurationSyntax.TooLong ? DiagnosticMessages.DurationValueTooLong(text, Duration.Limit) : DiagnosticMessages.InvalidDurationValue(text);
            return problem is null;
        }

        protected override bool TryParseAscii(ReadOnlySpan<byte> text, out object? value)
        {
            var valid = TryParseAscii(text, out Duration duration);
            value = duration;
            return valid;
        }

        /// <summary>
        /// A fast path for plain ASCII: one or more "N unit" pairs separated by single spaces, N at most 6 digits (no
        /// sign), so nothing can overflow. False means "not handled here", not "invalid": the caller then parses the text
        /// with <see cref="Duration.Parse"/>, so what is accepted, and how, does not change (a duration longer than
        /// <see cref="Duration.Limit"/> is left to it too).
        /// </summary>
        private static bool TryParseAscii(ReadOnlySpan<byte> text, out Duration duration)
        {
            duration = default;
            var months = 0;
            var days = 0;
            var position = 0;
            do
            {
                if (position > 0)
                {
                    if (text[position] != ' ') return false;
                    position++;
                }
                var count = 0;
                var digits = 0;
                while (position < text.Length && text[position] >= '0' && text[position] <= '9' && digits < 7)
                {
                    count = count * 10 + (text[position] - '0');
                    position++;
                    digits++;
                }
                if (digits == 0 || digits > 6 || position >= text.Length || text[position] != ' ') return false;
                position++;
                var unitStart = position;
                while (position < text.Length && text[position] >= 'a' && text[position] <= 'z') position++;
                switch (UnitOf(text.Slice(unitStart, position - unitStart)))
                {
                    case 'd': days += count; break;
                    case 'w': days += count * 7; break;
                    case 'm': months += count; break;
                    case 'y': months += count * 12; break;
                    default: return false;
                }
            }
            while (position < text.Length);
            if (!Duration.IsWritable(months, days)) return false;
            duration = new Duration(months, days);
            return true;
        }

        private static char UnitOf(ReadOnlySpan<byte> unit)
        {
            if (unit.SequenceEqual("day"u8) || unit.SequenceEqual("days"u8)) return 'd';
            if (unit.SequenceEqual("week"u8) || unit.SequenceEqual("weeks"u8)) return 'w';
            if (unit.SequenceEqual("month"u8) || unit.SequenceEqual("months"u8)) return 'm';
            if (unit.SequenceEqual("year"u8) || unit.SequenceEqual("years"u8)) return 'y';
            return '\0';
        }
    }
}
