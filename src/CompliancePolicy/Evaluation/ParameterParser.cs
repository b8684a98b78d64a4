using System.Globalization;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>
    /// Reads a parameter override given as text (e.g. on the command line) as a value of the parameter's type, with the
    /// same range checks as a literal in policy text: a number beyond the decimal range or a duration longer than the
    /// calendar is refused, never wrapped or left to fail at evaluation.
    /// </summary>
    internal static class ParameterParser
    {
        public static bool TryParse(TypeSymbol type, string text, out object? value, out string problem)
        {
            value = null;
            problem = string.Empty;
            text = text.Trim();
            if (type.IsOptional && (text == "missing" || text.Length == 0)) return true;
            var target = type.NonOptional;

            if (target == TypeSymbol.Text)
            {
                value = text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"' ? text.Substring(1, text.Length - 2) : text;
                return true;
            }
            if (target == TypeSymbol.Bool)
            {
                if (text == "true" || text == "false")
                {
                    value = text == "true";
                    return true;
                }
                problem = "expected true or false";
                return false;
            }
            if (target.IsNumeric) return TryNumber(target, text, out value, out problem);
            if (target == TypeSymbol.Date)
            {
                if (CalendarDate.TryParse(text, out var date))
                {
                    value = date;
                    return true;
                }
                problem = "expected a date written yyyy-MM-dd";
                return false;
            }
            if (target == TypeSymbol.Duration)
            {
                switch (Duration.Parse(text, out var duration))
                {
                    case DurationSyntax.Valid:
                        value = duration;
                        return true;
                    case DurationSyntax.TooLong:
                        problem = "it is too long: " + Duration.Limit;
                        return false;
                    default:
                        problem = "expected a duration such as '30 days', '3 months' or '1 year'";
                        return false;
                }
            }
            if (target is EnumType enumType)
            {
                var name = text.StartsWith(enumType.Name + ".", System.StringComparison.Ordinal) ? text.Substring(enumType.Name.Length + 1) : text;
                value = enumType.Find(name);
                if (value != null) return true;
                problem = "expected one of " + string.Join(", ", enumType.Members.Select(m => m.Name));
                return false;
            }
            problem = "parameters of this type cannot be set from text";
            return false;
        }

        private static bool TryNumber(TypeSymbol type, string text, out object? value, out string problem)
        {
            value = null;
            var percent = text.EndsWith("%", System.StringComparison.Ordinal);
            var digits = percent ? text.Substring(0, text.Length - 1) : text;
            if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
            {
                problem = IsNumeral(digits) ? "it is too large: " + Numbers.Limit
                    : type == TypeSymbol.Int ? "expected a whole number" : "expected a number such as 0.3 or 30%";
                return false;
            }
            if (percent) number /= 100m;
            if (type == TypeSymbol.Int && number != decimal.Truncate(number))
            {
                problem = "expected a whole number";
                return false;
            }
            value = number;
            problem = string.Empty;
            return true;
        }

        /// <summary>Digits with an optional sign and decimal point: a number, if only it were smaller.</summary>
        private static bool IsNumeral(string text)
        {
            var start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            var digits = 0;
            var points = 0;
            for (var i = start; i < text.Length; i++)
            {
                if (text[i] >= '0' && text[i] <= '9') digits++;
                else if (text[i] == '.' && points++ == 0) continue;
                else return false;
            }
            return digits > 0;
        }
    }
}
