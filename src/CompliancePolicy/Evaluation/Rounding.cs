using System;
using CompliancePolicy.Binding;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Decimal rounding in the modes the language names (netstandard2.0 lacks most MidpointRounding modes).</summary>
    internal static class Rounding
    {
        public static decimal Round(decimal value, int places, RoundingMode mode)
        {
            if (places < 0 || places > 28) throw new EvaluationException(EvaluationErrorKind.InvalidArgument, $"round: {places} decimal places is outside 0 to 28");
            switch (mode)
            {
                case RoundingMode.HalfUp: return Math.Round(value, places, MidpointRounding.AwayFromZero);
                case RoundingMode.HalfEven: return Math.Round(value, places, MidpointRounding.ToEven);
                case RoundingMode.AwayFromZero: return value >= 0 ? Scaled(value, places, Math.Ceiling) : Scaled(value, places, Math.Floor);
                case RoundingMode.TowardZero: return value >= 0 ? Scaled(value, places, Math.Floor) : Scaled(value, places, Math.Ceiling);
                case RoundingMode.Ceiling: return Scaled(value, places, Math.Ceiling);
                default: return Scaled(value, places, Math.Floor);
            }
        }

        private static decimal Scaled(decimal value, int places, Func<decimal, decimal> direction)
        {
            var factor = Pow10(places);
            return direction(value * factor) / factor;
        }

        private static decimal Pow10(int places)
        {
            var result = 1m;
            for (var i = 0; i < places; i++) result *= 10m;
            return result;
        }
    }
}
