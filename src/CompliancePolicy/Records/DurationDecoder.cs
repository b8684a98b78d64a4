using System;
using System.Text.Json;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Records
{
    /// <summary>duration from a JSON string in the language's spelling, such as "3 months" or "1 year 2 days".</summary>
    internal sealed class DurationDecoder : ValueDecoder
    {
        public static readonly DurationDecoder Instance = new DurationDecoder();

        public override object? Decode(ref Utf8JsonReader reader, DecodeContext context)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                context.ReportWrongKind(ref reader, TypeSymbol.Duration);
                return null;
            }

            if (!context.TryGetText(ref reader, out var text)) return null;
            if (TryParse(text, out var duration)) return duration;
            context.Report(DiagnosticRules.InvalidValue, (int)reader.TokenStartIndex, DecodeContext.TokenEnd(ref reader),
                $"'{DecodeContext.Shorten(text)}' is not a valid duration; expected a number and a unit, such as '3 months' or '1 year 2 days'");
            return null;
        }

        private static bool TryParse(string text, out Duration duration)
        {
            try
            {
                return Duration.TryParse(text, out duration);
            }
            catch (OverflowException)
            {
                // Duration.TryParse converts weeks and years with checked arithmetic: "999999999 years" overflows.
                duration = default;
                return false;
            }
        }
    }
}
