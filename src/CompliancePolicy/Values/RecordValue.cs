using System.Collections.Generic;
using CompliancePolicy.Symbols;

namespace CompliancePolicy.Values
{
    /// <summary>
    /// A record validated against its type. Field values sit in the field's slot: bool, decimal (int and decimal),
    /// string, <see cref="CalendarDate"/>, <see cref="Duration"/>, <see cref="EnumValue"/>, <see cref="RecordValue"/>,
    /// or <c>object[]</c> for lists; null means an optional field is missing.
    /// </summary>
    public sealed class RecordValue
    {
        private readonly object?[] _fields;

        public RecordValue(RecordType type, object?[] fields)
        {
            Type = type;
            _fields = fields;
        }

        public RecordType Type { get; }

        public object? this[int index] => _fields[index];

        public object? this[string field] => Type.Find(field) is { } symbol ? _fields[symbol.Index] : null;

        public IReadOnlyList<object?> Fields => _fields;
    }
}
