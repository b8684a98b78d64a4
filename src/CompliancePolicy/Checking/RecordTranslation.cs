using System.Collections.Generic;
using System.Linq;
using CompliancePolicy.Symbols;
using CompliancePolicy.Values;

namespace CompliancePolicy.Checking
{
    /// <summary>
    /// Carries a record read against one version of a schema over to another version of the same shape (the same fields,
    /// in the same order, of the same types, enumerations with the same members), so a diff reads each record once: two
    /// compilations make two sets of types, and a policy evaluates only records of its own.
    /// </summary>
    internal sealed class RecordTranslation
    {
        private readonly RecordType _to;

        private RecordTranslation(RecordType to) => _to = to;

        /// <summary>The translation from one schema to the other, or null when their shapes differ (then each is read on its own).</summary>
        public static RecordTranslation? Between(RecordType from, RecordType to) =>
            SameShape(from, to, new HashSet<(TypeSymbol, TypeSymbol)>()) ? new RecordTranslation(to) : null;

        public RecordValue Translate(RecordValue record) => (RecordValue)Value(record, _to)!;

        private static bool SameShape(TypeSymbol a, TypeSymbol b, HashSet<(TypeSymbol, TypeSymbol)> assumed)
        {
            switch (a)
            {
                case OptionalType optional: return b is OptionalType other && SameShape(optional.Inner, other.Inner, assumed);
                case ListType list: return b is ListType otherList && SameShape(list.Element, otherList.Element, assumed);
                case EnumType enumeration: return b is EnumType otherEnum && enumeration.Members.Select(m => m.Name).SequenceEqual(otherEnum.Members.Select(m => m.Name));
                case HistoryType history:
                    return b is HistoryType otherHistory && history.EventTypes.Length == otherHistory.EventTypes.Length
                        && history.EventTypes.Zip(otherHistory.EventTypes, (x, y) => SameShape(x, y, assumed)).All(same => same);
                case RecordType record:
                    if (!(b is RecordType otherRecord) || record.Name != otherRecord.Name || record.IsEvent != otherRecord.IsEvent) return false;
                    // Record types may refer to themselves: a pair being compared is taken as equal where it is met again.
                    if (!assumed.Add((a, b))) return true;
                    return record.Fields.Count == otherRecord.Fields.Count && record.Key?.Name == otherRecord.Key?.Name
                        && record.Fields.Zip(otherRecord.Fields, (x, y) => x.Name == y.Name && SameShape(x.Type, y.Type, assumed)).All(same => same);
                default:
                    return a == b;
            }
        }

        private static object? Value(object? value, TypeSymbol to)
        {
            switch (value)
            {
                case null: return null;
                case EnumValue member: return ((EnumType)to.NonOptional).Find(member.Name);
                case RecordValue record:
                    var type = to.NonOptional is HistoryType history ? history.Find(record.Type.Name)! : (RecordType)to.NonOptional;
                    var fields = new object?[record.Fields.Count];
                    for (var i = 0; i < fields.Length; i++) fields[i] = Value(record[i], type.Fields[i].Type);
                    return new RecordValue(type, fields);
                case object?[] list:
                    var element = to.NonOptional is ListType listType ? listType.Element : to.NonOptional;
                    var items = new object?[list.Length];
                    for (var i = 0; i < items.Length; i++) items[i] = Value(list[i], element);
                    return items;
                default:
                    return value;
            }
        }
    }
}
