using System;
using System.Globalization;
using CompliancePolicy.Diagnostics;
using CompliancePolicy.Text;
using CompliancePolicy.Values;
using Sprache;

namespace CompliancePolicy.Syntax.Parsing
{
    /// <summary>
    /// Literals: text, <c>true</c>/<c>false</c>, dates (<c>2026-11-22</c>, tried before numbers, so never a subtraction),
    /// numbers, percentages (<c>50%</c> is 0.50) and durations (<c>1 year 6 months</c>). A literal that is well formed
    /// but has no value (<c>2026-02-30</c>) is reported as CP0003 and parsed with a placeholder value, so the rest of the
    /// declaration is still checked.
    /// </summary>
    internal static class LiteralGrammar
    {
        private const string NumberExpectation = "number";

        public static readonly Parser<ExpressionSyntax> Text =
            TextLiterals.String.Select(text => (ExpressionSyntax)new LiteralExpressionSyntax(text.Span, LiteralKind.Text, text.Value));

        public static readonly Parser<ExpressionSyntax> Boolean =
            Lexical.Keyword("true").Select(span => (ExpressionSyntax)new LiteralExpressionSyntax(span, LiteralKind.Boolean, true))
                .XOr(Lexical.Keyword("false").Select(span => (ExpressionSyntax)new LiteralExpressionSyntax(span, LiteralKind.Boolean, false)));

        /// <summary>A date, number, percentage or duration: anything that starts with a digit.</summary>
        public static readonly Parser<ExpressionSyntax> Numeric = i =>
        {
            var input = (SourceInput)i;
            var start = input.Index;
            var dateEnd = DateEnd(input, start);
            if (dateEnd > start) return Result.Success(DateLiteral(input, start, dateEnd), input.AfterToken(dateEnd));
            var numberEnd = NumberEnd(input, start);
            if (numberEnd == start) return Lexical.Fail<ExpressionSyntax>(input, NumberExpectation);
            if (input.CharAt(numberEnd) == '%')
            {
                var percent = ParseDecimal(input, start, numberEnd) / 100m;
                var percentEnd = numberEnd + 1;
                return Result.Success<ExpressionSyntax>(
                    new LiteralExpressionSyntax(input.SpanOf(start, percentEnd), LiteralKind.Percent, percent),
                    input.AfterToken(percentEnd));
            }
            var afterNumber = input.AfterToken(numberEnd);
            if (IsUnitAt(afterNumber, afterNumber.Index)) return DurationLiteral(input, start);
            var isInteger = input.Text.IndexOf('.', start, numberEnd - start) < 0;
            var literal = new LiteralExpressionSyntax(
                input.SpanOf(start, numberEnd),
                isInteger ? LiteralKind.Integer : LiteralKind.Decimal,
                ParseDecimal(input, start, numberEnd));
            return Result.Success<ExpressionSyntax>(literal, afterNumber);
        };

        /// <summary>A band bound or tier threshold: a number with an optional <c>-</c> written against it.</summary>
        public static readonly Parser<NumberBoundSyntax> Bound = i =>
        {
            var input = (SourceInput)i;
            var start = input.Index;
            var digits = input.CharAt(start) == '-' ? start + 1 : start;
            var end = NumberEnd(input, digits);
            if (end == digits) return Lexical.Fail<NumberBoundSyntax>(input, NumberExpectation);
            var magnitude = ParseDecimal(input, digits, end);
            var bound = new NumberBoundSyntax(input.SpanOf(start, end), digits > start ? -magnitude : magnitude);
            return Result.Success(bound, input.AfterToken(end));
        };

        /// <summary>A transition's priority: a whole number that an int holds. Anything else is reported (CP0003) and
        /// read as 0, so that no later pass converts it (a priority of 2147483648 crashed the binder).</summary>
        public static readonly Parser<NumberBoundSyntax> Priority = i =>
        {
            var result = Bound(i);
            if (!result.WasSuccessful) return result;
            var bound = result.Value;
            if (bound.Value == decimal.Truncate(bound.Value) && bound.Value >= int.MinValue && bound.Value <= int.MaxValue) return result;
            var context = ((SourceInput)i).Context;
            context.ReportInvalidLiteral(bound.Span, DiagnosticMessages.PriorityNotWhole(context.Source.ToString(bound.Span)));
            return Result.Success(new NumberBoundSyntax(bound.Span, 0), result.Remainder);
        };

        /// <summary>The end of <c>digits[.digits]</c> at an index (the index itself if there is none, or if a letter
        /// follows, as in <c>3days</c>).</summary>
        private static int NumberEnd(SourceInput input, int index)
        {
            var end = DigitsEnd(input, index);
            if (end == index) return index;
            if (input.CharAt(end) == '.' && Lexical.IsDigit(input.CharAt(end + 1))) end = DigitsEnd(input, end + 1);
            return Lexical.IsIdentifierPart(input.CharAt(end)) ? index : end;
        }

        private static int DigitsEnd(SourceInput input, int index)
        {
            while (Lexical.IsDigit(input.CharAt(index))) index++;
            return index;
        }

        /// <summary>The end of <c>digits-digits-digits</c> at an index, or the index itself. Any such token is meant
        /// as a date; whether it is a valid yyyy-MM-dd date is checked afterwards.</summary>
        private static int DateEnd(SourceInput input, int index)
        {
            var end = index;
            for (var part = 0; part < 3; part++)
            {
                if (part > 0)
                {
                    if (input.CharAt(end) != '-') return index;
                    end++;
                }
                var digitsEnd = DigitsEnd(input, end);
                if (digitsEnd == end) return index;
                end = digitsEnd;
            }
            return Lexical.IsIdentifierPart(input.CharAt(end)) ? index : end;
        }

        private static ExpressionSyntax DateLiteral(SourceInput input, int start, int end)
        {
            var span = input.SpanOf(start, end);
            var text = input.Text.Substring(start, end - start);
            if (!CalendarDate.TryParse(text, out var date))
            {
                input.Context.ReportInvalidLiteral(span, DiagnosticMessages.InvalidDate(text));
            }
            return new LiteralExpressionSyntax(span, LiteralKind.Date, date);
        }

        /// <summary><c>N unit [N unit]...</c>; the caller has seen the first number and unit.</summary>
        private static IResult<ExpressionSyntax> DurationLiteral(SourceInput input, int start)
        {
            long months = 0, days = 0;
            var valid = true;
            var rest = input;
            var lastEnd = start;
            while (true)
            {
                var numberEnd = NumberEnd(rest, rest.Index);
                if (numberEnd == rest.Index) break;
                var unitStart = rest.SkipTrivia(numberEnd);
                if (!IsUnitAt(rest, unitStart)) break;
                var unitEnd = rest.WordEnd(unitStart);
                if (DurationPart(rest, rest.Index, numberEnd, unitStart, unitEnd) is (long partMonths, long partDays))
                {
                    months += partMonths;
                    days += partDays;
                }
                else
                {
                    valid = false;
                }
                lastEnd = unitEnd;
                rest = rest.AfterToken(unitEnd);
            }
            var span = input.SpanOf(start, lastEnd);
            var total = default(Duration);
            if (valid && Duration.IsWritable(months, days)) total = new Duration((int)months, (int)days);
            else if (valid) ReportTooLong(input, span, input.Text.Substring(start, lastEnd - start));
            return Result.Success<ExpressionSyntax>(new LiteralExpressionSyntax(span, LiteralKind.Duration, total), rest);
        }

        /// <summary>One <c>N unit</c> of a duration as months and days, or null (reported) when its count is not a whole
        /// number or makes the duration too long by itself.</summary>
        private static (long Months, long Days)? DurationPart(SourceInput input, int countStart, int countEnd, int unitStart, int unitEnd)
        {
            var countText = input.Text.Substring(countStart, countEnd - countStart);
            var unit = input.Text.Substring(unitStart, unitEnd - unitStart);
            var span = input.SpanOf(countStart, unitEnd);
            if (countText.IndexOf('.') >= 0)
            {
                input.Context.ReportInvalidLiteral(span, DiagnosticMessages.FractionalDuration(unit, countText));
                return null;
            }
            Duration.TryUnit(unit, out var monthsPerUnit, out var daysPerUnit);
            if (int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                && Duration.IsWritable((long)count * monthsPerUnit, (long)count * daysPerUnit))
            {
                return ((long)count * monthsPerUnit, (long)count * daysPerUnit);
            }
            ReportTooLong(input, span, countText + " " + unit);
            return null;
        }

        private static void ReportTooLong(SourceInput input, TextSpan span, string text) =>
            input.Context.ReportInvalidLiteral(span, DiagnosticMessages.DurationTooLong(text, Duration.Limit));

        private static bool IsUnitAt(SourceInput input, int index) =>
            input.WordAt(index) is string word && Duration.TryUnit(word, out _, out _);

        private static decimal ParseDecimal(SourceInput input, int start, int end)
        {
            var text = input.Text.Substring(start, end - start);
            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return value;
            input.Context.ReportInvalidLiteral(input.SpanOf(start, end), DiagnosticMessages.NumberTooLarge(text, Numbers.Limit));
            return 0m;
        }
    }
}
