using System.Globalization;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Evaluation
{
    /// <summary>Writes values the way the language spells them, for messages and evidence.</summary>
    internal static class ValueFormatter
    {
        public static string Format(object? value)
        {
            switch (value)
            {
                case null: return "missing";
                case bool b: return b ? "true" : "false";
                case decimal d: return d.ToString(CultureInfo.InvariantCulture);
                case string s: return s;
                case CalendarDate date: return date.ToString();
                case Duration duration: return duration.ToString();
                case EnumValue member: return member.Name;
                case object[] list: return "[" + string.Join(", ", list.Select(Quoted)) + "]";
                case RecordValue record:
                    return record.Type.Name + " { " + string.Join(", ", record.Type.Fields.Select(f => f.Name + ": " + Quoted(record[f.Index]))) + " }";
                default: return value.ToString() ?? string.Empty;
            }
        }

        private static string Quoted(object? value) => value is string s ? "\"" + s + "\"" : Format(value);
    }
}
